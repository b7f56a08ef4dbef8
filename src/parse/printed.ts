/**
 * Stage 3d: publications (`Also printed in A, p. 3, and B, pp. 296-297; and C, pp. 59-60`).
 * The list is cut into comma/semicolon chunks; a page locator closes a publication, and a
 * chunk opening with "and" or following a semicolon starts the next one.
 *
 * @module
 */
import type { Publication } from '../model/provenance.js';
import { matchPublicationPrefix } from '../vocab/publications.js';
import { isDigitCode, isSpaceCode, nextBracket, startsWithOneOf } from './chars.js';
import { rangeOf, spanOf, trimmedSpanOf, trimSpan, type Span } from './span.js';

/** What a printed-in sentence says about the document. */
export interface PrintedCue {
  /** Offset in the unit where the list of publications starts. */
  listStart: number;
  partial: boolean;
  note: string | undefined;
}

/** The opening that says another version of the document is printed (`A slightly different text …`). */
const VERSION_OPENING =
  /^(?:An?|The)\s+((?:slightly|somewhat)\s+)?(different|revised|earlier|edited|abridged|shorter|longer|later|draft|unofficial|official)\s+(text|translation|version)(?:\s+of\s+this\s+\w+)?\s+(?:is|was)\s+(?:also\s+)?(?:printed|published)\s+in\s+/i;

/**
 * Sentence openings that say *this* document is printed somewhere. "The full text of
 * telegram 306 is printed in …" speaks of another document and does not match.
 */
const PRINTED_OPENINGS: readonly RegExp[] = [
  /^(?:also\s+)?(?:printed|published|reprinted)(\s+in\s+(?:part|full|extract))?\s+in\s+/i,
  /^Also\s+(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/i,
  /^(?:This|The)\s+(?:message|letter|telegram|memorandum|document|paper|note|statement|report|text|address|speech|agreement|communiqué|declaration|estimate|record|exchange|treaty|reply|translation|transcript)\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/i,
  /^(?:The\s+)?(?:full\s+|complete\s+)?text\s+of\s+this\s+[\p{L}-]+\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/iu,
  /^(?:Extracts?|Excerpts?|Portions)\s+(?:of\s+this\s+\w+\s+)?(?:(?:is|are|were|was)\s+)?(?:also\s+)?(?:printed|published)()\s+in\s+/i,
  VERSION_OPENING,
];

/**
 * Cheap pre-checks, in this order: the first letter of every opening (OPENING_LETTERS), which
 * turns most units down by one lookup; the first word of every opening (each is followed by a
 * blank); then a word every opening contains.
 */
const OPENING_LETTERS = 'acefprt';
/** Whether an ASCII code (a letter in lower case) is one of OPENING_LETTERS. */
const OPENS_LIKE_CUE = Uint8Array.from({ length: 128 }, (_, code) => (OPENING_LETTERS.includes(String.fromCharCode(code)) ? 1 : 0));
const OPENING_WORD = /^(?:also|printed|published|reprinted|th(?:is|e)|full|complete|text|ex(?:tract|cerpt)s?|portions|an?)\s/i;
const PRINTED_WORD = /printed|published/i;
const LOCATOR = /^(?:pp?\.\s*)?([A-Za-z]?\d+[A-Za-z]?(?:\s?[-–]\s?[A-Za-z]?\d+[A-Za-z]?)?)$/;
const ITEM_LOCATOR = /^\d{1,3}[A-Z]$/;
const NEXT_OPENING = /^(?:and\s+)?(?:in\s+)?/i;
const YEAR = /\b(1[789]\d\d|20\d\d)\b/g;
/** The words of a cue that say it prints another version of the document. */
const DIFFERENT_VERSION = /\b(different|revised|earlier|edited|abridged|shorter|longer|later|draft|unofficial|official)\s+(text|translation|version)/;
/** The words of a cue that say it prints part of the document. */
const PARTIAL = /\bin\s+(?:part|extract)\b|^(?:extracts?|excerpts?|portions)\b/;

/** The printed-in cue at the start of `unit`, if any. */
export function matchPrintedCue(unit: Span): PrintedCue | null {
  const first = unit.text.length > 0 ? unit.text.charCodeAt(0) | 32 : 0; // ASCII letters in lower case
  if (first >= 128 || OPENS_LIKE_CUE[first] === 0) return null;
  if (!OPENING_WORD.test(unit.text) || !PRINTED_WORD.test(unit.text)) return null;
  for (const pattern of PRINTED_OPENINGS) {
    const match = pattern.exec(unit.text);
    if (!match) continue;
    const words = match[0].toLowerCase();
    // Only the version opening can hold DIFFERENT_VERSION (in the others no such word precedes
    // text, translation or version); PARTIAL is tried only on words that hold what it needs.
    const different = pattern === VERSION_OPENING ? DIFFERENT_VERSION.exec(words) : null;
    return {
      listStart: match[0].length,
      partial: mayBePartial(words) && PARTIAL.test(words),
      note: different ? `${/\bslightly\b/.test(words) ? 'slightly ' : /\bsomewhat\b/.test(words) ? 'somewhat ' : ''}${different[0]}` : undefined,
    };
  }
  return null;
}

/** Whether `words` (lower case) may hold PARTIAL: `part`, `extract`, or an opening `e` or `p`. */
function mayBePartial(words: string): boolean {
  return words.includes('part') || words.includes('extract') || startsWithOneOf(words, 'ep');
}

/** The last year written in a title, if any. */
function yearOf(title: string): string | undefined {
  let year: string | undefined;
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(title); match; match = YEAR.exec(title)) year = match[1];
  return year;
}

/** Builds a publication from the title span and an optional locator. */
function publication(title: Span, whole: Span, pages: string | undefined, cue: Omit<PrintedCue, 'listStart'>): Publication {
  const known = matchPublicationPrefix(title.text);
  const year = yearOf(title.text);
  // Optional fields are assigned, not spread (no temporary objects); `range` is added last to
  // keep the key order of the record.
  const found = { text: whole.text, title: title.text } as Publication;
  if (year) found.year = year;
  if (pages) found.pages = pages;
  if (cue.partial) found.partial = true;
  if (cue.note) found.note = cue.note;
  if (known) found.publicationId = known.publication.id;
  found.range = rangeOf(whole);
  return found;
}

/** A chunk of a list of publications, trimmed, and whether a semicolon (not a comma) precedes it. */
interface Chunk {
  piece: Span;
  afterSemicolon: boolean;
}

/**
 * The chunks of `list` between commas and semicolons outside brackets: what splitTopLevel gives
 * for the pattern `;\s*|,\s*`, with the separators found by indexOf (cheaper than the pattern).
 */
function chunksOf(list: Span): Chunk[] {
  const text = list.text;
  const chunks: Chunk[] = [];
  // Bracket depth is counted only in lists with a bracket, up to each separator.
  const bracketed = nextBracket(text, 0) >= 0;
  let depth = 0;
  let scanned = 0;
  let last = 0;
  let afterSemicolon = false;
  let comma = text.indexOf(',');
  let semicolon = text.indexOf(';');
  while (comma >= 0 || semicolon >= 0) {
    const atComma = semicolon < 0 || (comma >= 0 && comma < semicolon);
    const at = atComma ? comma : semicolon;
    if (atComma) comma = text.indexOf(',', at + 1);
    else semicolon = text.indexOf(';', at + 1);
    if (bracketed) {
      for (; scanned < at; scanned++) {
        const code = text.charCodeAt(scanned);
        if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
        else if ((code === 41 /* ) */ || code === 93 /* ] */) && depth > 0) depth--;
      }
      if (depth !== 0) continue;
    }
    chunks.push({ piece: trimmedSpanOf(list, last, at), afterSemicolon });
    afterSemicolon = !atComma;
    last = at + 1;
  }
  chunks.push({ piece: trimmedSpanOf(list, last, text.length), afterSemicolon });
  return chunks;
}

/** The publication being read: its first chunk and the last chunk of its title. */
interface OpenPublication {
  first: Span;
  lastTitle: Span;
}

/** Reads the list of publications in `list`. */
export function readPublications(list: Span, cue: Omit<PrintedCue, 'listStart'>): Publication[] {
  const publications: Publication[] = [];
  let open: OpenPublication | null = null;
  for (const { piece, afterSemicolon } of chunksOf(trimSpan(list, '.'))) {
    if (!piece.text) continue;
    const startsNext = afterSemicolon || opensWithAnd(piece.text);
    const chunk: Span = open && !startsNext ? piece : dropNextOpening(piece);
    const locator = open !== null && !startsNext && mayBeLocator(chunk.text) ? LOCATOR.exec(chunk.text) : null;
    if (locator) {
      addPublication(publications, list, open!, locator[1], chunk, cue);
      open = null;
      continue;
    }
    if (startsNext || !open) {
      if (open) addPublication(publications, list, open, undefined, undefined, cue);
      open = { first: chunk, lastTitle: chunk };
    } else {
      open.lastTitle = chunk;
    }
  }
  if (open) addPublication(publications, list, open, undefined, undefined, cue);
  return publications;
}

/** Whether a chunk opens with "and" and a blank, in either case (`and Claflin, …`). */
function opensWithAnd(text: string): boolean {
  // `| 32` maps an ASCII capital to its small letter, and no other code unit to a letter.
  return (
    text.length > 3 &&
    (text.charCodeAt(0) | 32) === 97 &&
    (text.charCodeAt(1) | 32) === 110 &&
    (text.charCodeAt(2) | 32) === 100 &&
    isSpaceCode(text.charCodeAt(3))
  );
}

/**
 * Whether a chunk may be a locator: it opens with a page label (`p.`, `pp.`) or is an item
 * number (ITEM_LOCATOR, `77E`). The label is read on code units; LOCATOR then reads the pages.
 */
function mayBeLocator(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first === 112) return text.startsWith('.', 1) || text.startsWith('p.', 1); // p
  return isDigitCode(first) && ITEM_LOCATOR.test(text);
}

/** `piece` without a leading "and" and "in" (NEXT_OPENING); the piece itself when it has neither. */
function dropNextOpening(piece: Span): Span {
  // NEXT_OPENING matches nothing unless the piece opens with `a` or `i`.
  if (!startsWithOneOf(piece.text, 'ai')) return piece;
  const length = NEXT_OPENING.exec(piece.text)![0].length;
  return length === 0 ? piece : spanOf(piece, length, piece.text.length);
}

/**
 * Closes the open publication of `list` (ending at `lastChunk`, its locator, if given) and adds it
 * to `publications` unless its title is empty.
 */
function addPublication(
  publications: Publication[],
  list: Span,
  open: OpenPublication,
  pages: string | undefined,
  lastChunk: Span | undefined,
  cue: Omit<PrintedCue, 'listStart'>,
): void {
  const whole = spanOf(list, open.first.start - list.start, (lastChunk ?? open.lastTitle).end - list.start);
  const title = spanOf(list, open.first.start - list.start, open.lastTitle.end - list.start);
  if (title.text.length > 0) publications.push(publication(title, whole, pages, cue));
}

/** A source text cited as a printed work, and other works the note says print it too. */
export interface PublicationCitation {
  /** The first work cited: the source text. */
  source: Publication;
  /** The works cited after it (`…, pp. 132–133; Documents on Disarmament, 1962, p. 47`). */
  alsoPrintedIn: Publication[];
}

/**
 * Reads a whole citation (`American Foreign Policy: Current Documents, 1960, p. 476`) as one
 * publication, or as a list of them when each has its pages (`A, pp. 132–133; B, p. 47`): the
 * first is the source text, the others print it too. Null for anything else.
 */
export function readPublicationCitation(span: Span): PublicationCitation | null {
  const list = readPublications(span, { partial: false, note: undefined });
  if (list.length === 0 || (list.length > 1 && !list.every((found) => found.pages !== undefined))) return null;
  return { source: list[0]!, alsoPrintedIn: list.slice(1) };
}
