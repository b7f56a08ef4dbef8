/**
 * Stage 3e: where other copies, versions or language texts of this document are (`Another
 * copy … is in X, and Y`, `The Russian-language text is ibid.`). One location, one copy.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Location } from '../model/provenance.js';
import { findDocumentForm } from '../vocab/document-forms.js';
import { matchRepositoryPrefix } from '../vocab/repositories.js';
import { readLocation } from './location.js';
import { hasWordAt, isSpaceCode, startsWithOneOf } from './chars.js';
import { spanOf, trimSpan, type Span } from './span.js';

/** Words naming a copy or version of the document in the subject of a copy sentence. */
const COPY_SUBJECT = /\b(?:cop(?:y|ies)|texts?|translations?|versions?|originals?|duplicates?|drafts?|transcripts?|complete set)\b/i;
/** Subjects that speak of other documents, not of this one. */
const OTHER_DOCUMENT_SUBJECT = /\b(?:other memoranda|memoranda of the conversation|full text of|records? of)\b/i;
const COPY_VERB = /\b(?:is|are|was|were)\s+(?:also\s+)?(?:(?:located\s+|filed\s+|found\s+)?(?:in|at|among)\s+|(?=ibid\b))/i;
// `(?<![\s,])` lets a match start only where a run of blanks starts, which keeps the search linear.
// A second copy may have its own clause (`…, and another is in Department of State, …`, `…, and a third copy is in …`, `…; also in …`).
// The verb may be left out (`…, and a third in the Department of State, …`).
const LIST_JOINER =
  /(?:,|(?<![\s,]))\s+and\s+(?:also\s+)?(?:(?:another|a\s+(?:second|third|fourth))\s+(?:copy\s+)?(?:(?:is|was)\s+(?:also\s+)?)?)?(?:in\s+|at\s+)?(?:the\s+)?|;\s*(?:and\s+)?(?:also\s+)?(?:(?:another|a\s+(?:second|third|fourth))\s+(?:copy\s+)?(?:(?:is|was)\s+(?:also\s+)?)?)?(?:in\s+)?(?:the\s+)?/gi;
const IBID_START = /^ibid\b/i;
const AND = /and/i;

/**
 * The first words (in small letters) of a copy sentence that opens a note (`Another copy`, `A
 * copy`, `An unsigned copy`, `Other copies`, `Copies`, `The Russian-language text`, `This
 * telegram is also in`).
 */
export const COPY_SENTENCE_OPENINGS: readonly string[] = ['another', 'a', 'an', 'other', 'copies', 'copy', 'the', 'this'];
/** The first letters of COPY_SENTENCE_OPENINGS: a unit opening otherwise (`Department …`) is not looked at. */
const COPY_SENTENCE_INITIALS = [...new Set(COPY_SENTENCE_OPENINGS.map((word) => word[0]!))].join('');
/** How far into a note's first unit the locations of a copy sentence may start: a longer subject is a narrative, kept whole. */
const MAX_OPENING_COPY_LIST_START = 120;

/**
 * The offset in a note's first unit where the locations of the copy sentence it is start
 * (`Another copy is in the Kennedy Library, …`), or -1: the unit opens with a word of
 * COPY_SENTENCE_OPENINGS and a blank, and its subject is short, so that a narrative that
 * mentions a copy of another document further on is not read as one.
 */
export function openingCopyListStart(unit: Span): number {
  const text = unit.text;
  if (!startsWithOneOf(text, COPY_SENTENCE_INITIALS) || !opensWithCopyWord(text)) return -1;
  // `The source text is in the Hopkins Papers`: the place of the source text itself, read as the citation.
  if (opensWithSourceText(text)) return -1;
  const start = copyListStart(unit);
  return start <= MAX_OPENING_COPY_LIST_START ? start : -1;
}

/** Whether `text` opens with `The source text is ` (the sentence naming the copy printed), in either case. */
export function opensWithSourceText(text: string): boolean {
  return text.length > 19 && hasWordAt(text, 0, 'the source text is ');
}

/** Whether `text` opens with a word of COPY_SENTENCE_OPENINGS, in either case, and a blank. */
function opensWithCopyWord(text: string): boolean {
  for (const word of COPY_SENTENCE_OPENINGS) if (hasWordAt(text, 0, word) && isSpaceCode(text.charCodeAt(word.length))) return true;
  return false;
}

/**
 * The offset in `unit` where the locations of a copy sentence start, or -1. The verb is looked
 * for first: few sentences have one, so most units are turned down after one scan. The subject
 * (the text before the verb) must then name a copy and not speak of another document. The verb
 * opens a word after a non-word character, so no copy word runs on into it: the copy words found
 * in the subject are those of the whole unit that end before the verb.
 */
export function copyListStart(unit: Span): number {
  if (unit.text.charCodeAt(0) === 84 /* T */ && unit.text.startsWith('There ')) return thereIsCopyStart(unit.text);
  const verb = COPY_VERB.exec(unit.text);
  if (!verb) return -1;
  const subject = unit.text.slice(0, verb.index);
  const copy = COPY_SUBJECT.test(subject) ? !OTHER_DOCUMENT_SUBJECT.test(subject) : verb[0].includes('also') && namesThisDocument(subject);
  return copy ? verb.index + verb[0].length : -1;
}

/** The longest subject of {@link thereIsCopyStart} (`another copy of the memorandum of conversation`), in code units. */
const MAX_THERE_SUBJECT = 80;

/**
 * Where the locations start in `There is another copy in …`, `There are other copies of the
 * memorandum in …`, or -1: the subject between the verb and the first " in " names a copy, not
 * another document, and is no denial (`There is no copy in …`).
 */
function thereIsCopyStart(text: string): number {
  const verb = text.startsWith('There is ') ? 9 : text.startsWith('There are ') ? 10 : -1;
  if (verb < 0) return -1;
  const subjectStart = text.startsWith('also ', verb) ? verb + 5 : verb;
  const place = text.indexOf(' in ', subjectStart);
  if (place < 0 || place - subjectStart > MAX_THERE_SUBJECT || text.startsWith('no ', subjectStart)) return -1;
  const subject = text.slice(subjectStart, place);
  // The copy word is the head of the subject, within its first three words (`another copy`, `a
  // signed copy`, `copies of the memorandum`), not a word further on (`a note on the copy`).
  return COPY_SUBJECT.test(firstWords(subject, 3)) && !OTHER_DOCUMENT_SUBJECT.test(subject) ? place + 4 : -1;
}

/** The first `count` words of `text` (all of it when it has fewer). */
function firstWords(text: string, count: number): string {
  let end = -1;
  for (let word = 0; word < count; word++) {
    end = text.indexOf(' ', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

const THIS_DOCUMENT = /^(?:This|The)\s+/;

/**
 * Whether a subject is this document by its form (`The memorandum`, `This telegram`, forms of the
 * document-form table): `The memorandum is also in …` locates a copy of it.
 */
function namesThisDocument(subject: string): boolean {
  const article = THIS_DOCUMENT.exec(subject);
  return article !== null && findDocumentForm(subject.slice(article[0].length).trim()) !== undefined;
}

/** Words that make a sentence about a copy or version of this document. */
const COPY_CONTEXT = /\b(?:cop(?:y|ies)|texts?|translations?|versions?)\b/i;

/** Whether a sentence talks about a copy or version of this document (so a parenthetical after it locates one). */
export function mentionsCopy(unit: Span): boolean {
  return COPY_CONTEXT.test(unit.text) && !OTHER_DOCUMENT_SUBJECT.test(unit.text);
}

/** Cuts a list of locations at "and"/";" where the next part starts a new location. */
export function splitLocationList(list: Span): Span[] {
  const parts: Span[] = [];
  let start = 0;
  // Every joiner holds a semicolon or an "and": a list with neither is one location.
  if (list.text.indexOf(';') < 0 && !AND.test(list.text)) {
    const whole = trimSpan(list);
    return whole.text.length > 0 ? [whole] : parts;
  }
  LIST_JOINER.lastIndex = 0;
  for (let match = LIST_JOINER.exec(list.text); match; match = LIST_JOINER.exec(list.text)) {
    const after = list.text.slice(match.index + match[0].length);
    if (IBID_START.test(after) || matchRepositoryPrefix(after) || joinsCollections(list.text.slice(start, match.index), after, PLACE_WORD.test(match[0])) || (match[0].charCodeAt(0) === 59 /* ; */ && namesCollectionAfterSemicolon(list.text, match.index, after))) {
      parts.push(trimSpan(spanOf(list, start, match.index)));
      start = match.index + match[0].length;
    }
  }
  parts.push(trimSpan(spanOf(list, start, list.text.length)));
  return parts.filter((p) => p.text.length > 0);
}

/** The word a collection without a repository ends with (`Hopkins Papers`, `J.C.S. Files`). */
const COLLECTION_END = /\b(?:Papers|Files|Collection|Diary|Diaries|Records)$/;
const FIRST_SEGMENT = /^[^,;:]*/;

/** "in" or "at" in a joiner of LIST_JOINER (`, and in the …`): the place of another copy follows. */
const PLACE_WORD = /\s(?:in|at)\s/i;

/**
 * Whether "and" joins two collections named without a repository (`the Hopkins Papers and the
 * Leahy Papers`): the part before it and the first segment after it each end with a collection
 * word, and the second opens with a capital. After `and in` or a semicolon (`placed`), the place
 * of another copy, the part before may end otherwise (`… NSC Files, Box 711, and in the Kissinger
 * Papers, …`, `Central Files, 740.00119 EW/6–1545; J.C.S. Files`).
 */
function joinsCollections(before: string, after: string, placed: boolean): boolean {
  const first = after.charCodeAt(0);
  if (!(first >= 65 && first <= 90) || (!placed && !COLLECTION_END.test(before.trimEnd()))) return false;
  return COLLECTION_END.test(FIRST_SEGMENT.exec(after)![0].trimEnd());
}

/** The name of a collection a semicolon may be followed by: capitalised words, with small words of a title between them, ending with a collection word. */
const COLLECTION_NAME = /^\p{Lu}[\p{L}.’'/–-]*(?:\s(?:\p{Lu}[\p{L}.’'/–-]*|\([\p{L}\s]{1,20}\)|of|the|and|for)){0,4}$/u;

/**
 * Whether the semicolon at `at` in `text` is followed by a collection of the citation's other
 * place, named without a repository (`Central Files, 740.00119 EW/6–1545; J.C.S. Files`,
 * `…, 751G.00/4–454; Conference Files: Lot 60 D 627, CF 276`): set as printed, after a word and
 * before a blank, after a segment with a slash (a file), and its first segment a collection's
 * name ending with a collection word.
 */
function namesCollectionAfterSemicolon(text: string, at: number, after: string): boolean {
  const before = text.charCodeAt(at - 1);
  if (at === 0 || isSpaceCode(before) || before === 44 /* , */ || !isSpaceCode(text.charCodeAt(at + 1))) return false;
  // After a file (its slash: `740.00119 EW/6–1545`), not after a box, which a collection of the same place may follow (`PSF, Box 3; Hopkins Papers`).
  if (text.lastIndexOf('/', at) <= text.lastIndexOf(',', at)) return false;
  const segment = FIRST_SEGMENT.exec(after)![0].trimEnd();
  return COLLECTION_END.test(segment) && COLLECTION_NAME.test(segment);
}

const CLAUSE_SEMICOLON = /;\s*(?!and\s+(?:in\s+)?(?:the\s+)?\p{Lu}|another\s)(?=\p{Ll})/u;

/**
 * Where the location list of a copy sentence that starts at `start` stops: at a semicolon clause
 * (`; it is attached to …`), but not at one that locates another copy (`; another is in …`).
 */
export function listEnd(text: string, start: number): number {
  // Most lists have no semicolon at all: no slice, no pattern to run.
  if (start >= 0 && text.indexOf(';', start) < 0) return Math.max(start, text.length);
  const list = text.slice(start);
  const semicolon = CLAUSE_SEMICOLON.exec(list);
  return start + (semicolon ? semicolon.index : list.length);
}

/** Reads the copies in a copy sentence; `previous` is the last location read in the note. */
export function readCopies(unit: Span, start: number, previous: Location | null, diagnostics: Diagnostic[]): Location[] {
  const list = spanOf(unit, start, listEnd(unit.text, start));
  return readLocations(splitLocationList(trimSpan(list, '.')), previous, diagnostics);
}

/**
 * The locations of `parts` (a list cut by {@link splitLocationList}), each `ibid.` resolved
 * against the location read before it; `previous` is the one read before the list. Parts that
 * locate nothing are skipped.
 */
export function readLocations(parts: readonly Span[], previous: Location | null, diagnostics: Diagnostic[]): Location[] {
  const locations: Location[] = [];
  let last = previous;
  for (const part of parts) {
    const read = readLocation(part, last, diagnostics);
    if (!read) continue;
    locations.push(read.location);
    last = read.location;
  }
  return locations;
}
