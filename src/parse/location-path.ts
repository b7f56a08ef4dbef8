/**
 * Stage 3a, the path of a location: the text after the repository cut into segments at commas
 * and colons outside brackets (`Central Files, 611.61/1–2561`; `Conference Files: Lot 62 D 181,
 * CF 567`), with the commas that separate nothing left inside their segment (`1939/1234` after
 * a decimal class, `November 21, 1974`) and a semicolon after a box or before an identifier
 * cutting a segment in two.
 *
 * @module
 */
import { NAME_SUFFIX_ABBREVIATIONS } from '../vocab/abbreviations.js';
import { matchClassificationPrefix } from '../vocab/classifications.js';
import { matchHandlingPrefix } from '../vocab/handling.js';
import { isDigitCode, isLowerCode, isSpaceCode, isUpperCode, nextGrouping } from './chars.js';
import { isContainerLabel, isDecimalHead, readIdentifier } from './identifiers.js';
import { spanOf, trimSpan, type Span } from './span.js';

const YEAR_SERIAL = /^\d{4}\s?\/\s?\d/;

/**
 * Path segments of `span` from `from` on: its text cut at top-level commas and colons, blanks
 * around each piece dropped, empty pieces skipped, and a decimal class joined back to its
 * `, 1939/…` continuation. Brackets and quotes nest: a comma inside `(…)`, `[…]` or `“…”` (a
 * folder's title) cuts nothing. The
 * separators are found with `indexOf` (a native scan, several times faster than a loop over
 * char codes), the brackets with one pattern search, and no pieces are built before the
 * segments: this runs on every location.
 * `colons` and `semicolons` say whether the text has a `:` or a `;` there (the caller knows, or
 * finds out once for the segments' tests too): each search costs about as much as a segment.
 */
export function pathSegments(span: Span, from: number, colons: boolean, semicolons: boolean): Span[] {
  const text = span.text;
  const segments: Span[] = [];
  let comma = text.indexOf(',', from);
  let colon = colons ? text.indexOf(':', from) : -1;
  // Depth stays 0 up to the first opening bracket or quote (a stray closing one counts nothing).
  // One search for any grouping character costs less than three for the opening ones.
  let bracket = comma >= 0 || colon >= 0 ? nextGrouping(text, from) : -1;
  let depth = 0;
  let pieceStart = from;
  while (comma >= 0 || colon >= 0) {
    const at = colon < 0 || (comma >= 0 && comma < colon) ? comma : colon;
    if (at === comma) comma = text.indexOf(',', at + 1);
    else colon = text.indexOf(':', at + 1);
    const next = separatorEnd(text, at);
    if (next < 0) continue;
    for (; bracket >= 0 && bracket < at; bracket = nextGrouping(text, bracket + 1)) {
      const code = text.charCodeAt(bracket);
      if (code === 40 /* ( */ || code === 91 /* [ */ || code === 0x201c /* “ */) depth++;
      else if (depth > 0) depth--;
    }
    if (depth !== 0) continue;
    // `Folder: USSR 1989`: the colon after a label introduces its value.
    if (text.charCodeAt(at) === 58 /* : */ && isContainerLabel(text, pieceStart, at)) continue;
    addSegment(span, pieceStart, at, segments);
    pieceStart = next;
  }
  addSegment(span, pieceStart, text.length, segments);
  return semicolons ? segments.flatMap(splitTrailingIdentifier) : segments;
}

/**
 * `USSR (03/08/1985–03/14/1985); NLR–775–13–29–9–7`, `Box 3; Hopkins Papers`: a semicolon and
 * blank inside a path segment separate two segments when an identifier follows it, or when a box,
 * folder, lot, job or accession ends before it and no marking follows (`Lot 66 D 204; Secret` stays whole: the marking is
 * glued to the path, and is read apart later).
 */
function splitTrailingIdentifier(segment: Span): Span[] {
  const semicolon = segment.text.lastIndexOf(';');
  // As printed, `; ` with its blank: a semicolon inside a number (`763;72111/3214a`) is a typo.
  if (semicolon <= 0 || !isSpaceCode(segment.text.charCodeAt(semicolon + 1))) return [segment];
  const tail = trimSpan(spanOf(segment, semicolon + 1, segment.text.length));
  if (tail.text.length === 0) return [segment];
  const head = trimSpan(spanOf(segment, 0, semicolon));
  if (readIdentifier(tail.text) !== null) return [head, tail];
  if (isContainerIdentifier(head.text) && !opensMarking(tail.text)) return [head, tail];
  return [segment];
}

/**
 * Whether `text` is a box, folder, lot, job or accession (`Box 3`): what a collection named
 * after a semicolon can follow. A file is left alone (`761.91/7–848; Telegram` mistypes a colon).
 */
function isContainerIdentifier(text: string): boolean {
  const identifier = readIdentifier(text);
  return identifier !== null && identifier.kind !== 'file' && identifier.kind !== 'record-group';
}

/** Whether `text` opens with a classification or a handling caption (`Secret; Priority`, `Exdis`). */
function opensMarking(text: string): boolean {
  return matchClassificationPrefix(text) !== undefined || matchHandlingPrefix(text) !== undefined;
}

/**
 * Where the segment separator at `index` (a comma or a colon) ends, past the blanks after it, as
 * `/,\s*|:\s*(?=[^\d\s])|:\s+/` would match it; -1 for a colon that separates nothing (`Box 3:12`, a
 * final `:`).
 */
function separatorEnd(text: string, index: number): number {
  let end = index + 1;
  while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
  if (text.charCodeAt(index) === 44 /* , */ || end > index + 1) return end;
  return end < text.length && !isDigitCode(text.charCodeAt(end)) ? end : -1;
}

/** Whether `piece` opens as YEAR_SERIAL requires (four digits, then `/` or a blank), so that most pieces skip the pattern. */
function mayBeYearSerial(piece: string): boolean {
  if (piece.length < 6) return false;
  // The fifth character first: it rules out names and decimal classes (`747C.00/…`) at once.
  const fifth = piece.charCodeAt(4);
  if (fifth !== 47 /* / */ && !isSpaceCode(fifth)) return false;
  for (let k = 0; k < 4; k++) if (!isDigitCode(piece.charCodeAt(k))) return false;
  return true;
}

/** A month and a day that end a segment (`November 21`, `Memcon of Sept. 3`), which a year after a comma completes. */
const MONTH_DAY_END = /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}$/;

/**
 * Whether `piece` is the year of a date that `previous` ends with a month and a day
 * (`November 21, 1974`): the date's comma separates no segments. The year is four digits, then
 * the piece's end or a character other than a digit (`1974—Ford`).
 */
function completesDate(previous: string, piece: string): boolean {
  if (piece.length < 4 || !isDigitCode(previous.charCodeAt(previous.length - 1))) return false;
  for (let k = 0; k < 4; k++) if (!isDigitCode(piece.charCodeAt(k))) return false;
  return (piece.length === 4 || !isDigitCode(piece.charCodeAt(4))) && MONTH_DAY_END.test(previous);
}

/**
 * The given names or initials and serial that end a personal file after its comma (`Henry L./12`,
 * `Nelson T./456`), the initials perhaps unspaced (`811.001 Roosevelt, F.D./1234`).
 */
const GIVEN_NAMES_SERIAL = /^\p{Lu}[\p{L}’'-]*(?:\.?\s\p{Lu}[\p{L}’'-]*|\.\p{Lu}[\p{L}’'-]*)*\.?\s?\/\s?\d/u;

/**
 * Whether `piece` ends the personal file that `previous` opens with its class and surname
 * (`033.1140 Stimson, Henry L./12`, `123 Johnson, Nelson T./456`): the comma between the names
 * separates no segments. Only a piece after a segment that opens with a digit is looked at.
 */
function completesPersonalFile(previous: string, piece: string): boolean {
  if (!isDigitCode(previous.charCodeAt(0)) || !isUpperCode(piece.charCodeAt(0)) || piece.indexOf('/') < 0) return false;
  return GIVEN_NAMES_SERIAL.test(piece) && isDecimalHead(previous);
}

/** The longest suffix of NAME_SUFFIX_ABBREVIATIONS, with its full stop. */
const MAX_NAME_SUFFIX_LENGTH = Math.max(...[...NAME_SUFFIX_ABBREVIATIONS].map((suffix) => suffix.length)) + 1;

/**
 * Whether `piece` is the suffix of the name the segment before it ends with (`Papers of Arthur M.
 * Schlesinger, Jr.`, `Papers of Jack F. Matlock, Jr., Box 27`): its comma separates no segments.
 * A suffix of NAME_SUFFIX_ABBREVIATIONS, capitalised, perhaps with its full stop; a longer
 * segment is turned down by its length.
 */
function isNameSuffix(piece: string): boolean {
  if (piece.length > MAX_NAME_SUFFIX_LENGTH || piece.length < 2 || !isUpperCode(piece.charCodeAt(0))) return false;
  const word = piece.charCodeAt(piece.length - 1) === 46 /* . */ ? piece.slice(0, -1) : piece;
  for (let k = 1; k < word.length; k++) if (!isLowerCode(word.charCodeAt(k))) return false;
  return NAME_SUFFIX_ABBREVIATIONS.has(word.toLowerCase());
}

/** A person's name in a list of the people whose records a segment names: given names or initials, then the surname, perhaps after "and". */
const LISTED_NAME = /^(?:and\s)?(?:\p{Lu}[\p{L}’'-]*\.?\s){1,3}\p{Lu}[\p{L}’'-]+$/u;

/**
 * Whether `piece` goes on with the list of people whose records or papers the segment before it
 * names (`Records of Paul T. Carroll, Andrew J. Goodpaster, L. Arthur Minnich, and Christopher H.
 * Russell`): a name with an initial, or one after "and", following `Records of …` or `Papers of
 * …` and a capital (a person's, not `Records of the Office of …`). Its comma separates no
 * segments. Only a piece after such a segment is looked at.
 */
function continuesNameList(previous: string, piece: string): boolean {
  const first = previous.charCodeAt(0);
  if ((first !== 82 /* R */ && first !== 80 /* P */) || !(previous.startsWith('Records of ') || previous.startsWith('Papers of '))) return false;
  // A person's records (`Records of Paul T. Carroll`), not an office's (`Records of the Office of …, David D. Newsom`).
  if (!isUpperCode(previous.charCodeAt(first === 82 ? 11 : 10))) return false;
  if (!piece.startsWith('and ') && !INITIAL.test(piece)) return false;
  return LISTED_NAME.test(piece);
}

/** An initial inside a name (`Andrew J. Goodpaster`, `L. Arthur Minnich`). */
const INITIAL = /(?:^|\s)\p{Lu}\.\s/u;

/** Adds `span.text[from, to)`, trimmed, to `segments`, or joins it to the decimal class or the month and day before it. */
function addSegment(span: Span, from: number, to: number, segments: Span[]): void {
  const text = span.text;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from === to) return;
  const piece = text.slice(from, to);
  // Not `segments[segments.length - 1]`: index -1 of an empty array is a slow named-property lookup.
  const previous = segments.length > 0 ? segments[segments.length - 1] : undefined;
  // The digit test keeps the pattern off the (many) named segments.
  if (previous && (isNameSuffix(piece) || (mayBeYearSerial(piece) && YEAR_SERIAL.test(piece) && isDecimalHead(previous.text)) || completesDate(previous.text, piece) || completesPersonalFile(previous.text, piece) || continuesNameList(previous.text, piece))) {
    const previousFrom = previous.start - span.start;
    segments[segments.length - 1] = { text: text.slice(previousFrom, to), start: previous.start, end: span.start + to };
  } else {
    segments.push({ text: piece, start: span.start + from, end: span.start + to });
  }
}
