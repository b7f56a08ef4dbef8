/**
 * BibTeX and BibLaTeX entries for FRUS documents: the document as published in FRUS and each
 * archival location its source note gives (the original and every copy).
 *
 * The entries go through citation-js's plugin-bibtex (which escapes titles, publishers and
 * places and formats dates) and are then post-processed, because citation-js drops what matters
 * most here — the archive fields, the recipient, the document number — and writes entry types,
 * months and keys that do not fit (see CITATION-FORMATS.md §3d). Entry types follow biber's
 * standard data model: the published form is `@incollection`, the archival form `@misc`; the
 * biblatex-chicago flavour (`@letter`, `@misc` with `entrysubtype`) is an option.
 *
 * Every value this module adds itself is escaped with {@link escapeLatex}, so no input can inject
 * a command or unbalance the braces of an entry; every value is checked for balanced braces
 * before it is written.
 *
 * @module
 */
import type { FrusDocument } from '../document/model.js';
import { archivalProjection, publishedProjection, throughCitationJs } from './bibtex/citation-js.js';
import { inFrus } from './bibtex/describe.js';
import { archivalEntry, publishedEntry, type Plan } from './bibtex/entries.js';
import { balanced } from './bibtex/escape.js';
import { documentKeys, uniqueKeys } from './bibtex/keys.js';
import { archivalLocations, toCsl } from './csl.js';

export { escapeLatex } from './bibtex/escape.js';

/** The output dialect: plain BibTeX (bibtex8, natbib styles) or BibLaTeX (biber). */
export type BibtexDialect = 'bibtex' | 'biblatex';
/** Which entries to write: the published document, its archival copies, or both. */
export type BibtexForm = 'published' | 'archival' | 'both';
/** The BibLaTeX data model the entries are written for. */
export type BiblatexFlavour = 'standard' | 'biblatex-chicago';

/** Options of {@link toBibtex}. */
export interface BibtexOptions {
  /**
   * Plain BibTeX or BibLaTeX.
   *
   * @defaultValue 'biblatex'
   */
  dialect?: BibtexDialect;
  /**
   * `published`: one entry per document, as printed in FRUS. `archival`: one entry per archival
   * location of its source note (a document whose note gives none falls back to the published
   * entry, as in the Chicago formatter). `both`: the published entry, then the archival ones.
   *
   * @defaultValue 'both'
   */
  form?: BibtexForm;
  /**
   * BibLaTeX only. `standard` validates against biber's standard data model
   * (`@incollection`, `@misc`); `biblatex-chicago` writes the types of that package
   * (`@letter` for the published form, `@misc` with `entrysubtype` for the archival form).
   *
   * @defaultValue 'standard'
   */
  flavour?: BiblatexFlavour;
  /**
   * Add the record group, series and repository of Department of State files (now at the
   * National Archives) that FRUS does not print, as the CSL and Chicago output do.
   *
   * @defaultValue true
   */
  inferArchive?: boolean;
}

/** One field of an entry. `value` is TeX, already escaped; `bare` values (month macros) are written without braces. */
export interface BibField {
  name: string;
  value: string;
  bare?: boolean;
}

/** One BibTeX/BibLaTeX entry. */
export interface BibEntry {
  /** Entry type without `@`: `incollection`, `misc`, `letter`. */
  type: string;
  /** Citation key: letters, digits and underscores only. */
  key: string;
  /** The fields, in output order. */
  fields: BibField[];
}

/**
 * The entries for `documents`, before they are written out: useful to inspect or adjust fields.
 * See {@link toBibtex} for what each entry holds.
 */
export function toBibtexEntries(documents: FrusDocument | readonly FrusDocument[], options: BibtexOptions = {}): BibEntry[] {
  const list: readonly FrusDocument[] = Array.isArray(documents) ? documents : [documents as FrusDocument];
  const dialect = options.dialect ?? 'biblatex';
  const flavour = options.flavour ?? 'standard';
  const form = options.form ?? 'both';
  if (dialect === 'bibtex' && flavour !== 'standard') throw new RangeError(`The ${flavour} flavour needs dialect 'biblatex'`);
  const keys = documentKeys(list);
  const plans: Plan[] = [];
  list.forEach((document, i) => {
    const key = keys[i]!;
    const allArchival = toCsl(document, options.inferArchive === undefined ? {} : { inferArchive: options.inferArchive }).slice(1);
    const locations = archivalLocations(document);
    // A document whose volume is unknown (no FRUS id, no subseries) has no published form to
    // cite unless it is all there is or the caller asks for it.
    const published = form === 'published' || locations.length === 0 || (form === 'both' && inFrus(document));
    if (published) plans.push({ document, key, role: 'published', allArchival, projection: publishedProjection(document, key, dialect, flavour) });
    if (form === 'published') return;
    let copy = 0;
    locations.forEach(({ role }, j) => {
      const entryKey = role === 'original' ? `${key}_original` : `${key}_copy${++copy}`;
      plans.push({ document, key: entryKey, role, archival: allArchival[j], allArchival, projection: archivalProjection(document, entryKey, dialect, flavour) });
    });
  });
  const formatted = throughCitationJs(
    plans.map((p) => p.projection),
    dialect,
  );
  const entries = plans.map((plan, i) => {
    const cjs = formatted[i] ?? { type: 'misc', label: plan.key, properties: {} };
    return plan.role === 'published' ? publishedEntry(plan, cjs, dialect, flavour) : archivalEntry(plan, cjs, dialect, flavour);
  });
  uniqueKeys(entries);
  for (const entry of entries) {
    for (const field of entry.fields) {
      if (!balanced(field.value)) throw new Error(`Unbalanced braces in field ${field.name} of ${entry.key} (a bug in frus-cite; please report it)`);
    }
  }
  return entries;
}

/** Writes entries as a `.bib` file: one `@type{key, …}` block per entry, fields indented, a blank line between entries. */
export function formatBibEntries(entries: readonly BibEntry[]): string {
  return entries
    .map((entry) => {
      const fields = entry.fields.map((f) => `  ${f.name} = ${f.bare ? f.value : `{${f.value}}`},`);
      return `@${entry.type}{${entry.key},\n${fields.join('\n')}\n}\n`;
    })
    .join('\n');
}

/**
 * BibTeX or BibLaTeX entries for one or more FRUS documents.
 *
 * - **BibLaTeX, standard** (the default): the published document is `@incollection` with
 *   `author` (the sender, as a corporate name), `title` (`Telegram to Embassy in the Soviet
 *   Union`), `titleaddon` (place and date), `origdate`, `maintitle` (the series),
 *   `volume`, `booktitle` (the volume title), `editor`, `location`, `publisher`, `date`,
 *   `pages = {doc.~4}` with `bookpagination = {none}`, `addendum` (the source note's archival
 *   location, as written) and `url`; each archival location is `@misc` with `howpublished`
 *   (file designation), `note` (series and record group), `organization` (repository),
 *   `location` (its place), `date` and `addendum` (where FRUS printed it). These validate
 *   against biber's standard data model.
 * - **BibLaTeX, biblatex-chicago**: `@letter` for the published document (title "Sender to
 *   Recipient", genre in `titleaddon`, `origdate`, `origlocation`), `@misc` with
 *   `entrysubtype` for the archival ones.
 * - **BibTeX**: `@incollection` (date in the title, volume title in `booktitle`, series in
 *   `series`, document number and source in `note`) and `@misc` with the archival location in
 *   `note`; `month` is a bare macro (`jan`).
 *
 * Keys: `frus1961_63v06_d4`, `frus1961_63v06_d4_original`, `…_copy1`; documents without a FRUS
 * id get sender and date (`DepartmentOfState_19610121`), with a, b, c, … when they repeat.
 *
 * @example
 * ```ts
 * toBibtex(doc, { dialect: 'bibtex', form: 'published' });
 * // @incollection{frus1961_63v06_d4,
 * //   author = {{Department of State}},
 * //   title = {Telegram to {Embassy} in the {Soviet} {Union}, {January} 21, 1961}, …
 * ```
 */
export function toBibtex(documents: FrusDocument | readonly FrusDocument[], options: BibtexOptions = {}): string {
  return formatBibEntries(toBibtexEntries(documents, options));
}
