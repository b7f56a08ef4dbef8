/**
 * Chicago notes-bibliography citations of a FRUS document, 18th edition by default and 17th on
 * request: full note, short note and bibliography entry, for the document as published in FRUS
 * (CMOS 14.111: correspondents, genre, place and date, then the collection) and for the archival
 * original or a copy (CMOS 14.127: from the most specific element to the most general).
 * Rendered directly from the document model — no CSL engine — as plain text, HTML or Markdown.
 *
 * @module
 */
import type { FrusDocument } from '../document/model.js';
import type { Location } from '../model/provenance.js';
import { describeDocumentLocation } from './archival.js';
import { dateParts } from './date.js';
import { archivalLocations, genreOf, seriesTitle } from './csl.js';

/** The edition of the Chicago Manual of Style. */
export type ChicagoEdition = 17 | 18;
/** Which object is cited: the document as printed in FRUS, or an archival copy of it. */
export type CitationForm = 'published' | 'archival';
/** Markup of the output. */
export type TextFormat = 'text' | 'html' | 'markdown';

/** Options of the Chicago formatters. */
export interface ChicagoOptions {
  /**
   * Edition of the Manual. The 18th leaves out the place of publication (CMOS18 14.30).
   *
   * @defaultValue 18
   */
  edition?: ChicagoEdition;
  /**
   * Cite the document as published in FRUS, or the archival original (or a copy, see `copy`).
   * An archival citation of a document whose note gives no archival location falls back to
   * the published form.
   *
   * @defaultValue 'published'
   */
  form?: CitationForm;
  /**
   * With `form: 'archival'`: which archival location — 0 is the original, 1 the first copy, ….
   *
   * @defaultValue 0
   */
  copy?: number;
  /**
   * Output markup: italics as `<i>` in HTML, `*` in Markdown, none in plain text.
   *
   * @defaultValue 'text'
   */
  format?: TextFormat;
  /**
   * Add the record group, series and repository of Department of State files (now at the
   * National Archives) that FRUS does not print.
   *
   * @defaultValue true
   */
  inferArchive?: boolean;
}

/** A piece of a citation: plain or italic text. */
type Piece = string | { italic: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `1961-01-21T18:34:00-05:00` → `January 21, 1961`; `1961-01` → `January 1961`. */
export function chicagoDate(iso: string | null): string | null {
  const date = dateParts(iso);
  if (!date) return null;
  const month = date.month ? MONTHS[Number(date.month) - 1] : undefined;
  if (!month) return date.year;
  return date.day ? `${month} ${Number(date.day)}, ${date.year}` : `${month} ${date.year}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `A`, `A and B`, `A, B, and C`. */
function listNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (ch) => `\\${ch}`);
}

/** Serialises pieces in the requested markup. */
function render(pieces: readonly Piece[], format: TextFormat): string {
  return pieces
    .map((piece) => {
      if (typeof piece === 'string') return format === 'html' ? escapeHtml(piece) : format === 'markdown' ? escapeMarkdown(piece) : piece;
      if (format === 'html') return `<i>${escapeHtml(piece.italic)}</i>`;
      if (format === 'markdown') return `*${escapeMarkdown(piece.italic)}*`;
      return piece.italic;
    })
    .join('');
}

/** Joins groups of pieces with a separator, skipping empty groups. */
function join(groups: readonly (readonly Piece[] | null | undefined)[], separator: string): Piece[] {
  const out: Piece[] = [];
  for (const group of groups) {
    if (!group || group.length === 0) continue;
    if (out.length > 0) out.push(separator);
    out.push(...group);
  }
  return out;
}

function text(value: string | null | undefined): Piece[] | null {
  return value ? [value] : null;
}

/** Ends a citation with a full stop, unless it already ends with one. */
function closeSentence(pieces: Piece[]): Piece[] {
  const last = pieces[pieces.length - 1];
  const lastText = typeof last === 'string' ? last : last?.italic ?? '';
  return /[.?!]$/.test(lastText) ? pieces : [...pieces, '.'];
}

/**
 * "Sender to Recipient" or "Sender" (CMOS 14.111); when the heading names no sender, the
 * heading itself describes the item ("Memorandum of Conversation", "Editorial Note").
 */
function who(document: FrusDocument): { pieces: Piece[]; genreUsed: boolean } {
  const { sender, recipient } = document;
  if (sender && recipient) return { pieces: [`${sender} to ${recipient}`], genreUsed: false };
  if (sender) return { pieces: [sender], genreUsed: false };
  // A bare source note has no heading: the citation starts with what the note says, if anything.
  const genre = genreOf(document);
  const description = document.heading || (genre ? capitalise(genre) : '');
  return { pieces: description ? [description] : [], genreUsed: true };
}

/** The archival location a citation of `options` cites, if the note gives one. */
function citedLocation(document: FrusDocument, options: ChicagoOptions): Location | null {
  if (options.form !== 'archival') return null;
  return archivalLocations(document)[options.copy ?? 0]?.location ?? null;
}

function describe(document: FrusDocument, location: Location, options: ChicagoOptions) {
  return describeDocumentLocation(document, location, { inferArchive: options.inferArchive ?? true });
}

/** Volume designation: `vol. 6`, `vol. 19, pt. 1`. */
function volumeLabel(document: FrusDocument, capital: boolean): string | null {
  const { volumeNumber, part } = document.volume;
  if (!volumeNumber) return null;
  return `${capital ? 'Vol.' : 'vol.'} ${volumeNumber}${part ? `, pt. ${part}` : ''}`;
}

/** Imprint: `Washington, DC: Government Printing Office, 1996` (17th) or without the place (18th). */
function imprint(document: FrusDocument, edition: ChicagoEdition): string | null {
  const { place, publisher, year } = document.volume;
  const name = [edition === 17 && place && publisher ? `${place}: ${publisher}` : publisher, year].filter(Boolean).join(', ');
  return name || null;
}

function documentLocator(document: FrusDocument): string | null {
  return document.number ? `doc. ${document.number}` : null;
}

/**
 * For items from other digital archives (Wilson Center): where the original is, its custody
 * chain and its translator, as the site records them — `Archive …, Moscow; copy obtained by …;
 * translated by …`.
 */
function otherArchiveDetails(document: FrusDocument): Piece[] | null {
  const { archive, custody, translator } = document.extra;
  const parts = [archive, custody, translator ? `translated by ${translator}` : undefined].filter((p): p is string => Boolean(p));
  return parts.length ? [parts.join('; ')] : null;
}

function publishedNote(document: FrusDocument, edition: ChicagoEdition): Piece[] {
  const { volume } = document;
  const author = who(document);
  const inFrus = volume.id !== null || volume.subseries !== null;
  const container: Piece[] = inFrus ? ['in ', { italic: seriesTitle(volume) }] : join([otherArchiveDetails(document), [volume.seriesTitle]], ', ');
  const editors = volume.editors.length ? `ed. ${listNames(volume.editors)}` : null;
  const press = imprint(document, edition);
  const volumeTitle: Piece[] | null = volume.title ? [{ italic: volume.title }] : null;
  const lastOfVolume = join([volumeTitle, text(editors)], ', ');
  const withImprint = press && inFrus ? [...lastOfVolume, ...(lastOfVolume.length ? [' '] : []), `(${press})`] : lastOfVolume;
  return closeSentence(
    join(
      [
        author.pieces,
        author.genreUsed ? null : text(genreOf(document)),
        text(document.place),
        text(chicagoDate(document.date)),
        container,
        text(inFrus ? volumeLabel(document, false) : null),
        withImprint,
        text(documentLocator(document)),
        text(document.url),
      ],
      ', ',
    ),
  );
}

function publishedShortNote(document: FrusDocument): Piece[] {
  return closeSentence(join([who(document).pieces, text(chicagoDate(document.date)), text(documentLocator(document))], ', '));
}

function publishedBibliography(document: FrusDocument, edition: ChicagoEdition): Piece[] {
  const { volume, sender, recipient } = document;
  const genre = genreOf(document);
  const date = chicagoDate(document.date);
  const head: Piece[][] = [];
  if (sender) {
    head.push([sender]);
    // `Letter to Chairman Khrushchev`; a heading with no genre (`Page to the Secretary of State`) gives `To Secretary of State`.
    const described = genre ? `${capitalise(genre)}${recipient ? ` to ${recipient}` : ''}` : recipient ? `To ${recipient}` : null;
    head.push(join([text(described), text(date)], ', '));
  } else {
    head.push(join([who(document).pieces, text(date)], ', '));
  }
  const inFrus = volume.id !== null || volume.subseries !== null;
  const editors = volume.editors.length ? `edited by ${listNames(volume.editors)}` : null;
  const volumePart = join([text(volumeLabel(document, true)), volume.title ? [{ italic: volume.title }] : null, text(editors), text(documentLocator(document))], ', ');
  const sentences: (Piece[] | null)[] = [
    ...head,
    inFrus ? ['In ', { italic: seriesTitle(volume) }] : join([otherArchiveDetails(document), [volume.seriesTitle]], '. '),
    volumePart.length ? [...volumePart] : null,
    text(inFrus ? imprint(document, edition) : null),
    text(document.url),
  ];
  return closeSentence(join(sentences.filter((s) => s && s.length), '. '));
}

function archivalNote(document: FrusDocument, location: Location, options: ChicagoOptions): Piece[] {
  const described = describe(document, location, options);
  const author = who(document);
  return closeSentence(
    join(
      [
        author.pieces,
        author.genreUsed ? null : text(genreOf(document)),
        text(chicagoDate(document.date)),
        text(described.location),
        text(described.collection),
        text(described.archive),
        text(described.place),
      ],
      ', ',
    ),
  );
}

function archivalShortNote(document: FrusDocument, location: Location, options: ChicagoOptions): Piece[] {
  const described = describe(document, location, options);
  return closeSentence(join([who(document).pieces, text(chicagoDate(document.date)), text(described.location)], ', '));
}

/** The collection-level entry of CMOS 14.128: `National Security Files. John F. Kennedy Presidential Library, Boston.` */
function archivalBibliography(document: FrusDocument, location: Location, options: ChicagoOptions): Piece[] {
  const described = describe(document, location, options);
  const ofState = described.collection?.endsWith('RG 59') ?? false;
  const collection = ofState
    ? 'General Records of the Department of State, Record Group 59'
    : [described.collectionName, location.recordGroup?.replace(/^RG\s*/, 'Record Group ')].filter(Boolean).join(', ');
  return closeSentence(join([text(collection || null), join([text(described.archive), text(described.place)], ', ')], '. '));
}

/**
 * The full Chicago note for a document, e.g. "Department of State to Embassy in the Soviet
 * Union, telegram, Washington, January 21, 1961, in *Foreign Relations of the United States,
 * 1961–1963*, vol. 6, *Kennedy-Khrushchev Exchanges*, ed. Charles S. Sampson (Government
 * Printing Office, 1996), doc. 4, https://history.state.gov/…/d4."
 */
export function chicagoNote(document: FrusDocument, options: ChicagoOptions = {}): string {
  const location = citedLocation(document, options);
  const pieces = location ? archivalNote(document, location, options) : publishedNote(document, options.edition ?? 18);
  return render(pieces, options.format ?? 'text');
}

/** The short Chicago note: "Department of State to Embassy in the Soviet Union, January 21, 1961, doc. 4." */
export function chicagoShortNote(document: FrusDocument, options: ChicagoOptions = {}): string {
  const location = citedLocation(document, options);
  const pieces = location ? archivalShortNote(document, location, options) : publishedShortNote(document);
  return render(pieces, options.format ?? 'text');
}

/**
 * The Chicago bibliography entry: the document in its FRUS volume, or, for the archival form,
 * the collection it is held in (CMOS 14.128).
 */
export function chicagoBibliography(document: FrusDocument, options: ChicagoOptions = {}): string {
  const location = citedLocation(document, options);
  const pieces = location ? archivalBibliography(document, location, options) : publishedBibliography(document, options.edition ?? 18);
  return render(pieces, options.format ?? 'text');
}
