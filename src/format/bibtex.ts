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
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { FrusDocument } from '../document/model.js';
import type { Location } from '../model/provenance.js';
import { chicagoDate } from './chicago.js';
import { archivalLocations, cslDate, genreOf, seriesTitle, toCsl, type CslDate, type CslItem } from './csl.js';

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

/** What citation-js's `format('bibtex' | 'biblatex', {format: 'object'})` returns per entry. */
interface CitationJsEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** The part of plugin-bibtex's global configuration this module touches (and restores). */
interface BibtexPluginConfig {
  format: { asciiOnly: boolean };
}

const TEX_REPLACEMENTS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '\u2013': '--',
  '\u2014': '---',
};
/** The LaTeX specials, dashes, runs of whitespace and control characters (one character class or one run each: linear). */
const TEX_SPECIAL = /[\\{}&%$#_~^<>\u2013\u2014]|\s+|[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Escapes plain text for a BibTeX/BibLaTeX field value: the LaTeX specials `# $ % & ~ _ ^ \ { }`
 * (braces as `\textbraceleft{}`/`\textbraceright{}`, so BibTeX's brace counting is not
 * disturbed), `<` and `>`, en and em dashes as `--` and `---`; whitespace runs become one space
 * and control characters are dropped. Other Unicode is kept as is (biber and inputenc read UTF-8).
 *
 * @example
 * ```ts
 * escapeLatex('50% & \\input{x}'); // '50\\% \\& \\textbackslash{}input\\textbraceleft{}x\\textbraceright{}'
 * ```
 */
export function escapeLatex(text: string): string {
  return text.replace(TEX_SPECIAL, (match) => {
    const replacement = TEX_REPLACEMENTS[match];
    if (replacement !== undefined) return replacement;
    return /^\s+$/.test(match) ? ' ' : '';
  });
}

/** Whether a field value has balanced braces (BibTeX counts every brace, escaped or not). */
function balanced(value: string): boolean {
  let depth = 0;
  for (const ch of value) {
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** URL-safe: percent-encodes what a URL cannot contain and what would break a braced field. */
function safeUrl(url: string): string {
  return url
    .trim()
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25') // a stray "%" (not an escape) is itself escaped
    .replace(/[\s{}\\"<>^`|]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text handed to citation-js: its rich-text reader takes `<i>`, `<b>`, `<sc>`, `<sup>`, `<sub>`
 * and `<span …>` for markup and leaves an unclosed one as an unbalanced `\textit{`. A
 * zero-width space after `<` (which citation-js drops) makes every `<` plain text.
 */
function plainForCitationJs(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/</g, '<\u200b');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1961-01-21T18:34:00-05:00` → `1961-01-21` (or `1961-01`, `1961`); null when not a date. */
function isoDate(iso: string | null): string | null {
  const match = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso) : null;
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

/** A corporate or other literal name: `{{Department of State}}` once written (inner braces here). */
function literalName(name: string): string {
  return `{${escapeLatex(name.trim())}}`;
}

const NAME_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

/** A personal name as written (`Charles S. Sampson`) → `Sampson, Charles S.` (last word is the family name). */
function personName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const suffix = words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!) ? words.pop() : undefined;
  const family = words.pop() ?? '';
  // A part holding a comma or "=" would be read as another name part (`Family, Suffix, Given`)
  // or as BibLaTeX's `key=value` name format: such a part is braced, so it stays one part.
  const parts = [family, ...(suffix ? [suffix] : []), ...(words.length ? [words.join(' ')] : [])].map((part) => {
    const escaped = escapeLatex(part);
    return /[,=]/.test(part) ? `{${escaped}}` : escaped;
  });
  const written = parts.join(', ');
  // BibTeX splits name lists on " and " at brace level 0; keep such a name whole.
  return /\sand\s/i.test(written) ? `{${written}}` : written;
}

/** A list of personal names joined with ` and `. */
function personNames(names: readonly string[]): string {
  return names.filter((n) => n.trim()).map(personName).join(' and ');
}

/** Folds to ASCII letters and digits: `Département d'État` → [`Departement`, `d`, `Etat`]. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** The key of a document printed in FRUS: `frus1961-63v06` + `4` → `frus1961_63v06_d4`. */
function frusKey(volumeId: string, number: string): string {
  return asciiWords(`${volumeId} d${number}`).join('_');
}

/** The key of a document without a FRUS id: sender (or heading) and date, `DepartmentOfState_19610121`. */
function derivedKey(document: FrusDocument): string {
  const words = asciiWords(document.sender || document.heading || genreOf(document) || '').slice(0, 4);
  let name = words.map(capitalise).join('').slice(0, 48) || 'Document';
  if (/^\d/.test(name)) name = `Doc${name}`;
  const date = isoDate(document.date);
  return `${name}_${date ? date.replace(/-/g, '') : 'nd'}`;
}

/** `a`, `b`, …, `z`, `aa`, `ab`, …: the n-th (0-based) disambiguation suffix. */
function letterSuffix(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(97 + ((i - 1) % 26)) + out;
  return out;
}

/**
 * Citation keys of the documents, in order: `frus1961_63v06_d4` for a FRUS document, sender and
 * date otherwise; keys that would repeat get the suffixes a, b, c, … in input order — right
 * after the date (`DepartmentOfState_19610121a`), else after an underscore (`frus1961_63v06_d4_a`
 * for a document given twice, so as not to read as document 4a).
 */
function documentKeys(documents: readonly FrusDocument[]): string[] {
  const bases = documents.map((d) => (d.volume.id && d.number ? { base: frusKey(d.volume.id, d.number), derived: false } : { base: derivedKey(d), derived: true }));
  const counts = new Map<string, number>();
  for (const { base } of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  return bases.map(({ base, derived }) => {
    if ((counts.get(base) ?? 0) < 2) return base;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}${derived && /\d$/.test(base) ? '' : '_'}${letterSuffix(n)}`;
  });
}

/** Makes every key of the output unique (a last guard; the keys above rarely collide). */
function uniqueKeys(entries: BibEntry[]): void {
  const used = new Set<string>();
  for (const entry of entries) {
    let key = entry.key;
    for (let n = 2; used.has(key); n++) key = `${entry.key}_${n}`;
    used.add(key);
    entry.key = key;
  }
}

/** The title of a document in a bibliography: `Telegram to Embassy in the Soviet Union`, or the heading. */
function descriptiveTitle(document: FrusDocument): string {
  const { sender, recipient, heading } = document;
  const genre = genreOf(document);
  if (sender && recipient) return genre ? `${capitalise(genre)} to ${recipient}` : `To ${recipient}`;
  return heading.trim() || (genre ? capitalise(genre) : 'Untitled document');
}

/** CMOS 14.111 / biblatex-chicago title: `Department of State to Embassy in the Soviet Union`, or the heading. */
function correspondentsTitle(document: FrusDocument): string {
  const { sender, recipient } = document;
  if (sender && recipient) return `${sender} to ${recipient}`;
  return descriptiveTitle(document);
}

/** The genre as `titleaddon` after a "Sender to Recipient" title (biblatex-chicago), TeX; null otherwise. */
function correspondentsGenre(document: FrusDocument): string | null {
  const genre = genreOf(document);
  return document.sender && document.recipient && genre ? escapeLatex(genre) : null;
}

/** The title with the date of the document, for plain BibTeX, which has no field for it. */
function datedTitle(document: FrusDocument): string {
  const date = chicagoDate(document.date);
  return date ? `${descriptiveTitle(document)}, ${date}` : descriptiveTitle(document);
}

/** Whether the document's volume belongs to the FRUS series (as in the Chicago formatter). */
function inFrus(document: FrusDocument): boolean {
  return document.volume.id !== null || document.volume.subseries !== null;
}

/** A location for a note: as FRUS wrote it, or, for `ibid.`, as resolved. */
function locationAsWritten(location: Location, archival: CslItem | undefined): string {
  if (!location.ibid && location.text.trim()) return location.text.trim();
  return archivalString(archival) ?? location.text.trim();
}

/** The sentences of the published entry about the source text: `Source: …`, `Another copy: …`. */
function sourceSentences(document: FrusDocument, archival: readonly CslItem[]): string[] {
  const record = document.provenance;
  if (!record) return [];
  const out: string[] = [];
  const locations = archivalLocations(document);
  const primary = locations.find((l) => l.role === 'original');
  if (primary) out.push(`Source: ${locationAsWritten(primary.location, archival[0])}`);
  else if (record.primaryPublication) out.push(`Source: ${record.primaryPublication.text.trim()}`);
  const copies = locations
    .map((l, i) => ({ ...l, item: archival[i] }))
    .filter((l) => l.role === 'copy')
    .map((l) => locationAsWritten(l.location, l.item));
  if (copies.length === 1) out.push(`Another copy: ${copies[0]}`);
  else if (copies.length > 1) out.push(`Other copies: ${copies.join('; ')}`);
  return out;
}

/** The archival location as a citation prints it: `711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD`. */
function archivalString(item: CslItem | undefined): string | null {
  if (!item) return null;
  const parts = [item.archive_location, item.archive_collection, item.archive, item['archive-place']].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}

/** `Printed in Foreign Relations of the United States, 1961–1963, vol. 6, doc. 4` (TeX). */
function printedIn(document: FrusDocument): string | null {
  if (!inFrus(document)) return null;
  const { volumeNumber, part } = document.volume;
  const parts = [escapeLatex(seriesTitle(document.volume))];
  if (volumeNumber) parts.push(`vol.~${escapeLatex(volumeNumber)}${part ? `, pt.~${escapeLatex(part)}` : ''}`);
  if (document.number) parts.push(`doc.~${escapeLatex(document.number)}`);
  return `Printed in ${parts.join(', ')}`;
}

/** `doc.~4`, or null. */
function docLocator(document: FrusDocument): string | null {
  return document.number ? `doc.~${escapeLatex(document.number)}` : null;
}

/** What one output entry is made from. */
interface Plan {
  document: FrusDocument;
  key: string;
  role: 'published' | 'original' | 'copy';
  /** The archival CSL item (archival roles). */
  archival?: CslItem;
  /** All archival CSL items of the document (for the published entry's source sentences). */
  allArchival: CslItem[];
  /** The CSL item handed to citation-js. */
  projection: Record<string, unknown>;
}

/** Booktitle and series/maintitle of the published form: the volume title inside the series. */
function containerTitles(document: FrusDocument): { booktitle: string; series: string | null } {
  const series = seriesTitle(document.volume);
  return document.volume.title ? { booktitle: document.volume.title, series } : { booktitle: series, series: null };
}

function compact(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** The CSL item citation-js formats for the published entry (`chapter`: title, booktitle, series, imprint). */
function publishedProjection(document: FrusDocument, key: string, dialect: BibtexDialect, flavour: BiblatexFlavour): Record<string, unknown> {
  const { volume } = document;
  if (!inFrus(document)) return archivalProjection(document, key, dialect, flavour, document.url);
  const { booktitle, series } = containerTitles(document);
  const title = dialect === 'bibtex' ? datedTitle(document) : flavour === 'biblatex-chicago' ? correspondentsTitle(document) : descriptiveTitle(document);
  const issued: CslDate | undefined = cslDate(volume.year);
  return compact({
    id: key,
    'citation-key': key,
    type: 'chapter',
    title: plainForCitationJs(title),
    'container-title': plainForCitationJs(booktitle),
    'collection-title': series ? plainForCitationJs(series) : undefined,
    volume: volume.volumeNumber ? plainForCitationJs(volume.volumeNumber) : undefined,
    publisher: volume.publisher ? plainForCitationJs(volume.publisher) : undefined,
    'publisher-place': volume.place ? plainForCitationJs(volume.place) : undefined,
    issued,
    URL: document.url ? safeUrl(document.url) : undefined,
  });
}

/** The CSL item citation-js formats for an archival entry (`document`: title, date and, for a collection item, URL). */
function archivalProjection(document: FrusDocument, key: string, dialect: BibtexDialect, flavour: BiblatexFlavour, url: string | null = null): Record<string, unknown> {
  const title = dialect === 'bibtex' ? datedTitle(document) : flavour === 'biblatex-chicago' ? correspondentsTitle(document) : descriptiveTitle(document);
  return compact({
    id: key,
    'citation-key': key,
    type: 'document',
    title: plainForCitationJs(title),
    issued: cslDate(document.date),
    URL: url ? safeUrl(url) : undefined,
  });
}

/** Runs `fn` with plugin-bibtex's escaping switched on (`asciiOnly`), restoring the global setting afterwards. */
function withEscaping<T>(fn: () => T): T {
  const config = plugins.config.get('@bibtex') as BibtexPluginConfig | undefined;
  if (!config?.format) return fn();
  const saved = config.format.asciiOnly;
  try {
    config.format.asciiOnly = true;
    return fn();
  } finally {
    config.format.asciiOnly = saved;
  }
}

/** Formats the projections with citation-js, one object entry per projection, in order. */
function throughCitationJs(projections: Record<string, unknown>[], dialect: BibtexDialect): CitationJsEntry[] {
  if (projections.length === 0) return [];
  return withEscaping(() => new Cite(projections).format(dialect, { format: 'object' }) as CitationJsEntry[]);
}

/** Collects fields in order, skipping empty ones. */
class Fields {
  readonly list: BibField[] = [];
  add(name: string, value: string | null | undefined, bare = false): this {
    if (value !== null && value !== undefined && value !== '') this.list.push(bare ? { name, value, bare } : { name, value });
    return this;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** citation-js writes `month = {jan 21}`; BibTeX wants the bare month macro `jan`. */
function monthMacro(value: string | undefined): string | null {
  const month = value?.trim().slice(0, 3).toLowerCase();
  if (month && MONTHS.includes(month)) return month;
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 12 ? MONTHS[number - 1]! : null;
}

/**
 * The published form of a document outside the FRUS series (or whose volume is unknown): a
 * `@misc` naming the collection in `howpublished`, since there is no volume to put it in.
 */
function collectionEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect): BibEntry {
  const { document } = plan;
  const p = cjs.properties;
  const { volume } = document;
  const collection = escapeLatex([volume.seriesTitle, volume.title].filter(Boolean).join(', '));
  const source = sourceSentences(document, plan.allArchival).map(escapeLatex).join('. ');
  const fields = new Fields().add('author', document.sender ? literalName(document.sender) : null).add('title', p.title);
  if (dialect === 'bibtex') {
    fields.add('howpublished', collection).add('year', p.year).add('month', monthMacro(p.month), true).add('note', source).add('url', p.url);
  } else {
    fields.add('date', p.date).add('howpublished', collection).add('addendum', source).add('url', p.url);
  }
  return { type: 'misc', key: plan.key, fields: fields.list };
}

/**
 * The published form of a document whose heading names no sender (a memorandum of conversation,
 * an editorial note): `@misc` with the volume in `howpublished`, because `@incollection` and
 * `@inbook` require an author in biber's data model and FRUS names none.
 */
function unsignedEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect, source: string[]): BibEntry {
  const { document } = plan;
  const p = cjs.properties;
  const { volume } = document;
  const where = escapeLatex(
    [
      volume.subseries ? `${volume.seriesTitle}, ${volume.subseries}` : volume.seriesTitle,
      volume.volumeNumber ? `vol. ${volume.volumeNumber}${volume.part ? `, pt. ${volume.part}` : ''}` : null,
      volume.title,
      document.number ? `doc. ${document.number}` : null,
    ]
      .filter(Boolean)
      .join(', '),
  ).replace(/(vol|pt|doc)\. /g, '$1.~');
  const editor = personNames(volume.editors) || null;
  const fields = new Fields().add('title', p.title);
  if (dialect === 'bibtex') {
    fields.add('editor', editor).add('howpublished', where).add('publisher', p.publisher).add('address', p.address).add('year', p.year).add('note', source.join('. ')).add('url', p.url);
  } else {
    fields
      .add('titleaddon', escapeLatex([document.place, chicagoDate(document.date)].filter(Boolean).join(', ')))
      .add('origdate', isoDate(document.date))
      .add('editor', editor)
      .add('howpublished', where)
      .add('location', p.location)
      .add('organization', p.publisher)
      .add('date', p.date)
      .add('addendum', source.join('. '))
      .add('url', p.url);
  }
  return { type: 'misc', key: plan.key, fields: fields.list };
}

function publishedEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect, flavour: BiblatexFlavour): BibEntry {
  const { document } = plan;
  if (!inFrus(document)) return collectionEntry(plan, cjs, dialect);
  const p = cjs.properties;
  const author = document.sender ? literalName(document.sender) : null;
  const editor = personNames(document.volume.editors) || null;
  const source = sourceSentences(document, plan.allArchival).map(escapeLatex);
  if (!author && flavour !== 'biblatex-chicago') return unsignedEntry(plan, cjs, dialect, source);
  const fields = new Fields();
  if (dialect === 'bibtex') {
    const volumeNote = [document.volume.part ? `Pt.~${escapeLatex(document.volume.part)}` : null, document.number ? `Doc.~${escapeLatex(document.number)}` : null]
      .filter(Boolean)
      .join(', ');
    fields
      .add('author', author)
      .add('title', p.title)
      .add('booktitle', p.booktitle)
      .add('series', p.series)
      .add('volume', p.volume)
      .add('editor', editor)
      .add('publisher', p.publisher)
      .add('address', p.address)
      .add('year', p.year)
      .add('note', [volumeNote, ...source].filter(Boolean).join('. '))
      .add('url', p.url);
    return { type: 'incollection', key: plan.key, fields: fields.list };
  }
  const chicago = flavour === 'biblatex-chicago';
  const origdate = isoDate(document.date);
  fields.add('author', author).add('title', p.title);
  if (chicago) {
    fields
      .add('titleaddon', correspondentsGenre(document))
      .add('origdate', origdate)
      .add('origlocation', document.place ? escapeLatex(document.place) : null);
  } else {
    fields.add('titleaddon', escapeLatex([document.place, chicagoDate(document.date)].filter(Boolean).join(', '))).add('origdate', origdate);
  }
  fields
    .add('maintitle', p.series)
    .add('volume', p.volume)
    .add('part', document.volume.part ? escapeLatex(document.volume.part) : null)
    .add('booktitle', p.booktitle)
    .add('editor', editor)
    .add('location', p.location)
    .add('publisher', p.publisher)
    .add('date', p.date)
    .add('pages', docLocator(document));
  // Standard styles print `pages` with "p."; `bookpagination = {none}` prints "doc. 4" as is.
  if (!chicago && document.number) fields.add('bookpagination', 'none');
  fields.add('addendum', source.join('. ')).add('url', p.url);
  // `@incollection` requires an editor in biber's data model; a volume without known editors is `@inbook`.
  return { type: chicago ? 'letter' : editor ? 'incollection' : 'inbook', key: plan.key, fields: fields.list };
}

function archivalEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect, flavour: BiblatexFlavour): BibEntry {
  const { document, archival } = plan;
  const p = cjs.properties;
  const author = document.sender ? literalName(document.sender) : null;
  const fallback = archivalLocations(document).find((l) => l.location.text)?.location.text ?? null;
  const whole = archivalString(archival) ?? fallback;
  const printed = printedIn(document);
  const fields = new Fields().add('author', author).add('title', p.title);
  if (dialect === 'bibtex') {
    fields
      .add('year', p.year)
      .add('month', monthMacro(p.month), true)
      .add('note', [whole ? escapeLatex(whole) : null, printed].filter(Boolean).join('. '));
    return { type: 'misc', key: plan.key, fields: fields.list };
  }
  const esc = (value: string | null | undefined) => (value ? escapeLatex(value) : null);
  if (flavour === 'biblatex-chicago') {
    // biblatex-chicago: the collection in `note` (most specific), then organization, location.
    const note = [archival?.archive_location, archival?.archive_collection].filter(Boolean).join(', ') || (archival?.archive ? null : fallback);
    fields
      .add('titleaddon', correspondentsGenre(document))
      .add('entrysubtype', escapeLatex(genreOf(document) ?? 'letter'))
      .add('origdate', isoDate(document.date))
      .add('note', esc(note))
      .add('organization', esc(archival?.archive))
      .add('location', esc(archival?.['archive-place']))
      .add('addendum', printed);
    return { type: 'misc', key: plan.key, fields: fields.list };
  }
  const located = Boolean(archival?.archive_location || archival?.archive_collection || archival?.archive);
  fields
    .add('date', p.date)
    .add('howpublished', esc(archival?.archive_location))
    .add('note', esc(archival?.archive_collection ?? (located ? null : fallback)))
    .add('organization', esc(archival?.archive))
    .add('location', esc(archival?.['archive-place']))
    .add('addendum', printed);
  return { type: 'misc', key: plan.key, fields: fields.list };
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
