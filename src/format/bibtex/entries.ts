/**
 * The entry builders: each turns what citation-js wrote for a document into the entry this
 * library writes — the published form (`@incollection`, `@inbook`, `@letter`, or `@misc` for a
 * document without sender or outside FRUS) and each archival location (`@misc`).
 *
 * @module
 */
import type { FrusDocument } from '../../document/model.js';
import type { BibEntry, BibField, BiblatexFlavour, BibtexDialect } from '../bibtex.js';
import { chicagoDate } from '../chicago.js';
import { archivalLocations, genreOf, type CslItem } from '../csl.js';
import type { CitationJsEntry } from './citation-js.js';
import { archivalString, correspondentsGenre, docLocator, inFrus, isoDate, printedIn, sourceSentences } from './describe.js';
import { escapeLatex, literalName, personNames } from './escape.js';

/** What one output entry is made from. */
export interface Plan {
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

/**
 * The published form of a document: `@incollection` (`@inbook` without editors, `@letter` for
 * biblatex-chicago); documents outside FRUS or without a sender go to the builders above.
 */
export function publishedEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect, flavour: BiblatexFlavour): BibEntry {
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

/** One archival location of a document (`@misc`): file, collection, repository and its place, and where FRUS printed it. */
export function archivalEntry(plan: Plan, cjs: CitationJsEntry, dialect: BibtexDialect, flavour: BiblatexFlavour): BibEntry {
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
