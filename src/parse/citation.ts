/**
 * Stage 3a′: the citation, the note's first unit: a printed work (`Department of State
 * Bulletin, May 7, 1973, pp. 545–557`) or the primary archival location, with the document's
 * form after a colon (`…/4129: Telegram`), a marking run on to it, and the other places a
 * source line may name (`…; ibid., S/S Files: Lot 66 D 147`).
 *
 * @module
 */
import type { Location, ProvenanceRecord } from '../model/provenance.js';
import { findDocumentForm, matchDocumentFormPrefix } from '../vocab/document-forms.js';
import { PUBLICATIONS } from '../vocab/publications.js';
import { matchRepositoryPrefix, REPOSITORIES } from '../vocab/repositories.js';
import { indexAliasPair } from '../vocab/table.js';
import { hasWordAt, isDigitCode, isSpaceCode, lastIndexOfForward } from './chars.js';
import { opensWithSourceText, readLocations, splitLocationList } from './copies.js';
import { isOralHistory, readLocation } from './location.js';
import { readMarking, type Marking } from './marking.js';
import { matchPrintedCue, readPublicationCitation } from './printed.js';
import { dropPrefix, spanOf, trimSpan, type Span } from './span.js';

const PAGE_REFERENCE = /,\s*pp?\.\s*[A-Za-z]?\d/;
/**
 * Words a citation may open with before the place of the source text: the copy it is printed
 * from (`Printed from the copy in the Roosevelt Papers`, `Copy obtained from the Franklin D.
 * Roosevelt Library`) or the file it is kept under (`Filed separately under file No. 763.72/1770½`).
 * The wartime conference volumes name the copy they print as the source text (`The source text is
 * the copy in the Hopkins Papers`, `The source text is in the Roosevelt Papers`).
 * A copy named without a place (`Printed from an unsigned carbon copy`) opens no citation.
 */
const SOURCE_CUE = /^(?:The\s+source\s+text\s+is\s+(?:(?:the|an?)\s+(?:[a-z]+\s+){0,3}?(?:copy|original|paraphrase)\s+)?(?:in|among)|Printed\s+from\s+(?:an?|the)\s+(?:[a-z]+\s+){0,3}?(?:cop(?:y|ies)|original|paraphrase)\s+(?:in|among|from|obtained\s+from)|Cop(?:y|ies)\s+(?:obtained|received)\s+from|Filed\s+(?:separately\s+)?under(?=\s+(?:file\s+Nos?\.\s*)?\d))\s+(?:the\s+)?/i;

/** `content` without a SOURCE_CUE it opens with; only a text opening with C, F, P or T is matched. */
export function dropSourceCue(content: Span): Span {
  const first = content.text.charCodeAt(0) | 32; // ASCII letters in lower case
  return first === 99 /* c */ || first === 102 /* f */ || first === 112 /* p */ || (first === 116 /* t */ && opensWithSourceText(content.text))
    ? dropPrefix(content, SOURCE_CUE)
    : content;
}

/**
 * The document form a citation ends with after a colon (`…/4129: Telegram`), as
 * `/:\s*([A-Z][A-Za-z -]{2,30})$/` finds it: a capital, then 2 to 30 ASCII letters, spaces or
 * hyphens to the end. Only the last colon can lead one (a later colon would be inside the
 * name), so the text is not scanned by a pattern: most citations have no colon, or a name
 * after it that is longer or not so made (`Lot 62 D 1, East-West Exchanges`). `firstColon` is
 * the offset of the text's first colon, or -1 (the caller looked for it).
 */
function formTail(text: string, firstColon: number): FormTail | null {
  const colon = lastIndexOfForward(text, ':', firstColon);
  if (colon < 0) return null;
  let start = colon + 1;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  const last = text.charCodeAt(text.length - 1);
  const bracket = last === 93 /* ] */ || last === 41 /* ) */ ? textNoteStart(text, start, last === 93 ? 91 /* [ */ : 40 /* ( */) : -1;
  let end = text.length;
  if (bracket > 0) {
    end = bracket;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  }
  const length = end - start;
  if (length < 3 || length > 31 || !isFormCapital(text.charCodeAt(start))) return null;
  for (let k = start + 1; k < end; k++) if (!isFormNameCode(text.charCodeAt(k))) return null;
  return bracket > 0 ? { colon, name: text.slice(start, end), textNote: bracket } : { colon, name: text.slice(start, end) };
}

/** The parts a telegram was sent in, after its form (`Telegram in two sections`). */
const IN_PARTS = /^in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:sections|parts)$/i;
/** A paraphrase of a form, itself the form of the printed text (`Paraphrase of telegram`). */
const PARAPHRASE_OF = /^Paraphrase\s+of\s+(?:an?\s+)?/i;

/**
 * The form a name after a citation's colon states, or null: a form of the table (`Telegram`), a
 * paraphrase of one (`Paraphrase of telegram`, the form as written), or a form followed by the
 * parts it was sent in (`Telegram in two sections`: form `Telegram`, and the length of the
 * words after it, which are kept as a remark).
 */
function readFormName(name: string): { form: string; restLength: number } | null {
  if (findDocumentForm(name)) return { form: name, restLength: 0 };
  // Only a name opening with the words looked for is searched.
  if (name.charCodeAt(0) === 80 /* P */) {
    const paraphrase = PARAPHRASE_OF.exec(name);
    return paraphrase && findDocumentForm(name.slice(paraphrase[0].length)) ? { form: name, restLength: 0 } : null;
  }
  const prefix = name.indexOf(' in ') > 0 ? matchDocumentFormPrefix(name) : undefined;
  if (!prefix || prefix.length >= name.length) return null;
  const rest = name.slice(prefix.length).trimStart();
  return IN_PARTS.test(rest) ? { form: name.slice(0, prefix.length), restLength: rest.length } : null;
}

/** The form after a citation's colon, and where a note on its text in brackets after it starts (`Telegram [Paraphrase]`). */
interface FormTail {
  colon: number;
  name: string;
  /** The offset of the bracket of `[Paraphrase]`, `[Extract.]` or `(paraphrase)` after the form, if any. */
  textNote?: number;
}

/** The longest note on a form's text in brackets (`[Paraphrase]`), in code units. */
const MAX_TEXT_NOTE_LENGTH = 24;

/**
 * Where the note on a form's text that closes `text` starts (`Telegram [Paraphrase]`, `Telegram
 * (paraphrase)`): its `open` bracket after a blank, past `start`, holding only letters, blanks
 * and full stops; else -1.
 */
function textNoteStart(text: string, start: number, open: number): number {
  const from = Math.max(start, text.length - MAX_TEXT_NOTE_LENGTH);
  let at = text.length - 2;
  while (at >= from && isTextNoteCode(text.charCodeAt(at))) at--;
  return at > start && at < text.length - 2 && text.charCodeAt(at) === open && isSpaceCode(text.charCodeAt(at - 1)) ? at : -1;
}

/** Whether the code unit can stand in a note on a form's text: an ASCII letter, a space or a full stop. */
function isTextNoteCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32 || code === 46;
}

/**
 * Whether the word that ends at `end` is a file's number: a decimal file, with a point before
 * its slash (`861.00/3321`), or a case of the Numerical File, with one slash (`3767/5`). A
 * bracket after it is a note on the text (`[Extract]`), while one after a folder's number or a
 * date in figures is part of the folder's title (`NSC 00062 10/13/82 [Strategic Arms]`).
 */
function endsFileNumber(text: string, end: number): boolean {
  let slashes = 0;
  for (let at = end - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 32 || code === 44 /* , */) break;
    if (code === 47 /* / */) slashes++;
    else if (code === 46 /* . */ && slashes > 0) return true;
  }
  return slashes === 1;
}

/** Whether the code unit is an ASCII capital, which opens a form name. */
function isFormCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether the code unit can follow in a form name: an ASCII letter, a space or a hyphen. */
function isFormNameCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 32 || code === 45;
  // A Latin-1 letter (`Aide-Mémoire`) or an en dash (`Aide–Mémoire`), as the table's forms are written.
  return (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || code === 0x2013;
}

/**
 * Words that open a pointer to pages of FRUS itself (`See vol. VII, pp. 685–686`, `Ante, p. 123`,
 * `Post, p. 456`, `Vol. ii, p. 34`): such pages are a reference, not the printed source text.
 */
const CROSS_REFERENCE_OPENING = /^(?:See|Cf\.|Ante|Post|Supra|Infra|Vol\.)(?![\p{L}\d])/iu;

/** `, see ` in a pointer to correspondence printed elsewhere, with any blanks. */
const SEE_AFTER_COMMA = /,\s+see\s/;

/**
 * Whether `text` opens with a CROSS_REFERENCE_OPENING word, or is a pointer to correspondence
 * printed elsewhere (`For previous correspondence, see Foreign Relations, 1902, pp. 45 et seq.`,
 * `For correspondence regarding …, see vol. i, pp. 507 ff.`); only a text opening with A, C, F,
 * I, P, S or V is matched.
 */
function opensCrossReference(text: string): boolean {
  const first = text.charCodeAt(0) | 32; // ASCII letters in lower case
  if (first === 102 /* f */) return text.startsWith('For ') && SEE_AFTER_COMMA.test(text);
  return (first === 97 || first === 99 || first === 105 || first === 112 || first === 115 || first === 118) && CROSS_REFERENCE_OPENING.test(text);
}

/** Whether `text` cites pages (`…, p. 12`, `…, pp. 3–5`); the pattern runs only on a text with a `p.` in it. */
function citesPages(text: string): boolean {
  return text.includes('p.') && PAGE_REFERENCE.test(text);
}

/**
 * The publications and the repositories a citation can open with, in one index: the citation
 * is looked up in both (as `matchPublicationPrefix` and `matchRepositoryPrefix` would), and most
 * open with `Department of State`, which starts an alias in each.
 */
const CITATION_OPENINGS = indexAliasPair(PUBLICATIONS, REPOSITORIES);

/** The publication and the repository a text opens with, each the longest of its table. */
export type CitationOpenings = ReturnType<typeof CITATION_OPENINGS.prefixes>;

/** The publication and the repository `text` opens with (either may be missing). */
export function citationOpenings(text: string): CitationOpenings {
  return CITATION_OPENINGS.prefixes(text);
}

/**
 * Whether the openings name a repository, and no longer publication: an archival citation (a
 * publication may open a copy sentence, `The New York Times, …, p. 1. Another copy is in …`).
 */
export function opensWithRepository(openings: CitationOpenings): boolean {
  const { first: publication, second: repository } = openings;
  return repository !== undefined && (publication === undefined || publication.length <= repository.length);
}

/** What reading the citation left for the rest of the note. */
export interface CitationRead {
  /** The location cited last (the primary, or the last of its other places), for `ibid.`; null for a printed work. */
  lastLocation: Location | null;
  /** A note on the text in brackets after the form (`[Paraphrase]` in `…/1624: Telegram [Paraphrase]`), for the remarks. */
  textNote?: Span;
  /** The marking run on to the citation (`…/1–2361 Secret`, `…, Folder 9, Secret; Priority`), for the caller to read into the record as a marking sentence's. */
  marking?: Marking | null;
}

/**
 * Reads the citation unit into `record` (`content` is the unit without its final stop): a
 * printed work or the primary archival location, with the form, a marking run on to it and the
 * other places it names. Null when it locates nothing.
 */
export function readCitation(record: ProvenanceRecord, content: Span, openings?: CitationOpenings): CitationRead | null {
  const uncued = dropSourceCue(content);
  // The openings looked up by the caller hold for the text without a cue only if there was none.
  const found = openings !== undefined && uncued === content ? openings : citationOpenings(uncued.text);
  const { first: publication, second: repository } = found;
  content = uncued;
  const opensWork = publication !== undefined && !opensWithRepository(found);
  // A work named without a repository may follow a printed-in cue (`Printed in …`): looked for once, here.
  const cue = opensWork || repository ? undefined : matchPrintedCue(content);
  if (opensWork || (!repository && (cue || (citesPages(content.text) && !opensCrossReference(content.text) && !isOralHistory(content.text))))) {
    const printed = readPublicationCitation(content, cue);
    if (printed) {
      record.primaryPublication = printed.source;
      for (const other of printed.alsoPrintedIn) record.printed.push(other);
      return { lastLocation: null };
    }
  }
  // The colon a form would follow and the first semicolon are looked for once: neither the
  // test for a list of places nor the location's path need search again.
  const colon = content.text.indexOf(':');
  const semicolon = content.text.indexOf(';');
  const known = { text: content.text, match: repository && { repository: repository.entry, length: repository.length }, colons: colon >= 0, semicolons: semicolon >= 0 };
  const form = formTail(content.text, colon);
  let textNote: Span | undefined;
  let semicolons = semicolon >= 0;
  const formName = form ? readFormName(form.name) : null;
  if (form && formName) {
    record.form = formName.form;
    // `…/1624: Telegram [Paraphrase]`: what the printed text is, kept as a remark.
    if (form.textNote !== undefined) textNote = spanOf(content, form.textNote, content.text.length);
    // `…/14321: Telegram in two sections`: how it was sent, kept as a remark too (the name then ends the text).
    else if (formName.restLength > 0) textNote = spanOf(content, content.text.length - formName.restLength, content.text.length);
    content = trimSpan(spanOf(content, 0, form.colon));
    semicolons = semicolon >= 0 && semicolon < form.colon;
  } else if (content.text.charCodeAt(content.text.length - 1) === 93 /* ] */ || content.text.charCodeAt(content.text.length - 1) === 41 /* ) */) {
    // `861.00/3321 [Extract]`, `894.00/987 (Extract)`: the note on the text after a file's number, with no form before it.
    const bracket = textNoteStart(content.text, 0, content.text.charCodeAt(content.text.length - 1) === 93 ? 91 /* [ */ : 40 /* ( */);
    if (bracket > 1 && isDigitCode(content.text.charCodeAt(bracket - 2)) && endsFileNumber(content.text, bracket - 1)) {
      textNote = spanOf(content, bracket, content.text.length);
      content = trimSpan(spanOf(content, 0, bracket));
    }
  }
  // `…, 611.61/2–2261; ibid., S/S Files: Lot 66 D 147`: the source text is in more than one place.
  const places = mayListPlaces(content.text, semicolons, repository ? repository.length : 0) ? splitLocationList(content) : null;
  const read = readLocation(places && places.length > 1 ? places[0]! : content, null, record.diagnostics, known);
  if (!read) return null;
  record.primary = read.location;
  // `…, Secret; repeated to Tokyo`: read as a marking sentence is, by the caller.
  const marking = read.trailingMarking ? readMarking(read.trailingMarking, record.diagnostics) : null;
  if (!places || places.length < 2) return { lastLocation: read.location, textNote, marking };
  // The other places hold copies of the source text, read like the list of a copy sentence.
  const others = readLocations(places.slice(1), read.location, record.diagnostics);
  for (const other of others) record.copies.push(other);
  return { lastLocation: others[others.length - 1] ?? read.location, textNote, marking };
}

/**
 * Whether a citation may name more than one place: a second place follows a semicolon, or is
 * `ibid.` after "and" (`…/2–2261, and ibid., Presidential Correspondence`) or a repository
 * after "and" (`…/2–2261 and Kennedy Library, National Security Files`). Most citations have
 * none of these, and are not cut. `semicolons` says whether `text` has a semicolon (the caller
 * looked for one); `from` is where the repository the citation opens with ends (0 for none).
 */
function mayListPlaces(text: string, semicolons: boolean, from: number): boolean {
  return semicolons || text.indexOf('bid', 1) >= 0 || repositoryAfterAnd(text, from);
}

/**
 * Whether a repository of the table follows " and " (and perhaps "the ") in `text` after
 * `from`: looked up where the word is, since cutting the list costs more, and many names hold
 * an "and" (`Bureau of Near Eastern and South Asian Affairs`; the "and" of the opening
 * repository, `National Archives and Records Administration`, is not looked at).
 */
function repositoryAfterAnd(text: string, from: number): boolean {
  for (let at = text.indexOf(' and ', from); at >= 0; at = text.indexOf(' and ', at + 5)) {
    const after = hasWordAt(text, at + 5, 'the ') ? at + 9 : at + 5;
    if (matchRepositoryPrefix(text.slice(after)) !== undefined) return true;
  }
  return false;
}
