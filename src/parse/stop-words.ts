/**
 * The word before a full stop, as the splitter (stage 1) judges it: whether it is an
 * abbreviation (`vol.`, `p.m.`), initials (`H.W.`), a file code's word (`ORG 7 S.`) or a split
 * class number (`756.`), read on character codes and offsets, so that the words are never
 * sliced out of the note.
 *
 * @module
 */
import { ABBREVIATIONS, CLAUSE_SMALL_WORDS, CLOSING_ABBREVIATIONS, LETTERED_LABELS, NAME_SUFFIX_ABBREVIATIONS, NUMBERED_UNIT_ABBREVIATIONS, NUMERAL_LABELS, OFFICE_PREPOSITIONS, SENTENCE_OPENING_WORDS } from '../vocab/abbreviations.js';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from './chars.js';

const FULL_STOP = 46; // .

/** Whether the code unit opens a quotation or bracket: `“ " ‘ ( [`. */
export function isOpener(code: number): boolean {
  return code === 0x201c || code === 34 || code === 0x2018 || code === 40 || code === 91;
}

/** Whether `text[start, end)` is two or more capital letters and nothing else (`GRANT`, not `VIET-S` or `27`). */
function isCapitalsWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) if (!isUpperCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the one capital at `[letter, letter + 1)`, after the capitals word at `[wordFrom,
 * letter - 1)` and before the word at `next`, is a middle initial of a name in telegram capitals
 * (`BY GRANT G. HILLIKER`) rather than the last letter of a file code (`POL 27 VIET S.`) or an
 * office after a small word (`APPROVED IN S.`) or a lettered label (`TAB A.`, `VOLUME V.`): the
 * word before is a given name — capitals, no small word or label, not after a number — and a
 * surname in capitals, no small word, follows. A classification after the
 * initial is looked at by the caller.
 */
export function isInitialInCapitalsName(text: string, wordFrom: number, letter: number, next: number): boolean {
  if (!isCapitalsWord(text, wordFrom, letter - 1)) return false;
  let after = next;
  while (after < text.length && isUpperCode(text.charCodeAt(after))) after++;
  // The surname: two capitals or more, then no small letter (`Secret`, `Drafted` open sentences),
  // no small word (`VOLUME V. AT NOON …`) and no word that opens a sentence (`EUR S. REPEATED TO …`).
  if (after - next < 2 || isLowerCode(text.charCodeAt(after))) return false;
  const surname = text.slice(next, after).toLowerCase();
  if (CLAUSE_SMALL_WORDS.has(surname) || SENTENCE_OPENING_WORDS.has(surname)) return false;
  // A code word after a number (`27 VIET`) ends a subject-numeric file.
  if (wordFrom >= 2 && text.charCodeAt(wordFrom - 1) === 32 && isDigitCode(text.charCodeAt(wordStart(text, wordFrom - 1)))) return false;
  const given = text.slice(wordFrom, letter - 1).toLowerCase();
  return !CLAUSE_SMALL_WORDS.has(given) && !LETTERED_LABELS.has(given);
}

/**
 * Whether the one capital at `letter`, after the word at `[wordFrom, letter - 1)`, is an office
 * after a preposition (`approved in S.`) whose full stop ends the sentence: that word is one of
 * OFFICE_PREPOSITIONS, and at `next` a sentence opens, a capitalised word followed by a word in
 * small letters (`Repeated to Moscow`), unlike a name, whose capitalised words follow one
 * another (`in J. Edgar Hoover’s`).
 */
export function endsOfficeAfterPreposition(text: string, wordFrom: number, letter: number, next: number): boolean {
  if (letter - 1 - wordFrom !== 2 || !OFFICE_PREPOSITIONS.has(text.slice(wordFrom, letter - 1).toLowerCase())) return false;
  let after = next + 1;
  while (after < text.length && isLetterCode(text.charCodeAt(after))) after++;
  if (after >= text.length || !isSpaceCode(text.charCodeAt(after))) return false;
  while (after < text.length && isSpaceCode(text.charCodeAt(after))) after++;
  return after < text.length && isLowerCode(text.charCodeAt(after));
}

/**
 * Whether the capital at `letter` (the word before it starts at `wordFrom`) is a roman numeral
 * after a word that numbers a part (`Part V.`, `Part III of V.`): `I`, `V` or `X` after a word of
 * NUMERAL_LABELS. Such a letter is no initial, and its stop may end the sentence.
 */
export function endsRomanNumeral(text: string, wordFrom: number, letter: number): boolean {
  const code = text.charCodeAt(letter);
  if (code !== 73 /* I */ && code !== 86 /* V */ && code !== 88 /* X */) return false;
  const length = letter - 1 - wordFrom;
  return length >= 2 && length <= 8 && NUMERAL_LABELS.has(text.slice(wordFrom, letter - 1).toLowerCase());
}

/** Whether the code unit closes a quotation after a full stop: `” ’ "`. */
export function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 34;
}

/** Whether the code unit ends the word before a full stop: a space, an opener, `,` or `;`. */
function stopsWord(code: number): boolean {
  // Letters, digits and the file-number punctuation `. / -` (most of what is tested) first.
  if (code < 128) return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 44 || code === 59 || code === 34 || code === 40 || code === 91;
  return isSpaceCode(code) || isOpener(code);
}

/** Where the word (letters, digits, inner dots) that ends just before `index` starts, at `floor` or after. */
export function wordStart(text: string, index: number, floor = 0): number {
  let start = index;
  while (start > floor && !stopsWord(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The length of the longest abbreviation (`u.s.s.r`). */
const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));

/**
 * Where the word before the full stop at `index` starts, as far as the abbreviation and initials
 * tests need to know. A word ending in two letters is no initials (those end `X.Y`), and one
 * longer than the longest abbreviation is none: its walk back stops after that many characters
 * plus one (most words before a stop are longer: `Conversation`, `Washington`).
 */
export function abbreviationWordStart(text: string, index: number, floor = 0): number {
  if (index < floor + 2 || !isLetterCode(text.charCodeAt(index - 2))) return wordStart(text, index, floor);
  const limit = index - MAX_ABBREVIATION - 1;
  let start = index;
  while (start > limit && start > floor && !stopsWord(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The ASCII upper-case letters in lower case, other codes as they are. */
function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** A small-integer hash of the lower-cased `text[start, end)`, to look a word up without slicing it out. */
function wordHash(text: string, start: number, end: number): number {
  let hash = end - start;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + lowerAscii(text.charCodeAt(i))) | 0;
  return hash;
}

/** An ASCII letter's code in lower case and a word's length (at most 15), as one number: a cheap test before a lookup. */
function letterAndLength(code: number, length: number): number {
  return (lowerAscii(code) << 4) | length;
}

/**
 * The first letters and lengths ({@link letterAndLength}) of the ABBREVIATIONS: most words before
 * a full stop (`Secret`, `Library`, `State`) have the first letter and length of none, and are
 * turned down by one read, without hashing them.
 */
const ABBREVIATION_SHAPES = new Uint8Array(128 << 4);
for (const word of ABBREVIATIONS) {
  if (word.length > 15 || word.charCodeAt(0) >= 128) throw new Error(`The abbreviation "${word}" has no shape: longer than 15 or opening outside ASCII`);
  ABBREVIATION_SHAPES[letterAndLength(word.charCodeAt(0), word.length)] = 1;
}

/** {@link ABBREVIATIONS} by {@link wordHash}. */
const ABBREVIATIONS_BY_HASH = new Map<number, string[]>();
for (const word of ABBREVIATIONS) {
  const hash = wordHash(word, 0, word.length);
  ABBREVIATIONS_BY_HASH.set(hash, [...(ABBREVIATIONS_BY_HASH.get(hash) ?? []), word]);
}

/** Whether the lower-cased `text[start, end)` is `word`. */
function equalsLowered(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = start; i < end; i++) if (lowerAscii(text.charCodeAt(i)) !== word.charCodeAt(i - start)) return false;
  return true;
}

// The word tests below take offsets: long words before a stop (`711.11-KE/1-2161`) are never sliced.
/** Whether `text[start, end)` is an abbreviation that keeps its full stop (`vol`, `U.S`). */
export function isAbbreviation(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_ABBREVIATION) return false;
  const first = text.charCodeAt(start);
  if (first >= 128 || ABBREVIATION_SHAPES[letterAndLength(first, end - start)] === 0) return false;
  const candidates = ABBREVIATIONS_BY_HASH.get(wordHash(text, start, end));
  if (candidates === undefined) return false;
  for (const word of candidates) if (equalsLowered(text, start, end, word)) return true;
  return false;
}

/** The length of the longest closing abbreviation (`sess`). */
const MAX_CLOSING_ABBREVIATION = Math.max(...[...CLOSING_ABBREVIATIONS].map((word) => word.length));

/** Whether `text[start, end)` is an abbreviation that closes a citation (`sess`): it keeps its stop, which may still end the sentence. */
export function isClosingAbbreviation(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_CLOSING_ABBREVIATION) return false;
  for (const word of CLOSING_ABBREVIATIONS) if (equalsLowered(text, start, end, word)) return true;
  return false;
}

/**
 * Whether `text[start, end)` is a name's suffix after a comma (`Matlock, Jr`) and the word at
 * `next` a capitalised word (`Sent`, not an initial `A.` nor `(EUR)`): the suffix's stop then
 * ends the sentence as well.
 */
export function endsNameSuffix(text: string, start: number, end: number, next: number): boolean {
  if (end - start !== 2 || start < 3 || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 /* , */) return false;
  if (!isUpperCode(text.charCodeAt(next)) || !isLowerCode(text.charCodeAt(next + 1))) return false;
  for (const word of NAME_SUFFIX_ABBREVIATIONS) if (equalsLowered(text, start, end, word)) return true;
  return false;
}

/**
 * Whether `text[start, end)` labels a numbered unit of a Russian archive (`f`, `op`, `d`, `l`,
 * `per`, `dok`) and a digit follows at `next` (`f. 0129, op. 61`): the stop is the label's and
 * ends nothing.
 */
export function labelsNumberedUnit(text: string, start: number, end: number, next: number): boolean {
  if (end - start > 3 || !isDigitCode(text.charCodeAt(next))) return false;
  for (const word of NUMBERED_UNIT_ABBREVIATIONS) if (equalsLowered(text, start, end, word)) return true;
  return false;
}

const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Whether `text[start, end)` is initials with inner dots (`H.W`, `U.S`): capital, dot, …, capital. */
export function isInitials(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length % 2 === 0) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(start + i);
    // A capital outside the BMP is one code point in two units: let the pattern decide.
    if (code >= 0xd800 && code <= 0xdfff) return INITIALS.test(text.slice(start, end));
    if (i % 2 === 0 ? !isUpperCode(code) : code !== FULL_STOP) return false;
  }
  return true;
}

/** Words that continue a time of day rather than start a sentence (`at 6:45 p.m. April 18`). */
const AFTER_CLOCK_TIME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|EST|EDT|GMT|Washington|Moscow|local|Eastern|Zulu)\b/;

/**
 * `Received at 2:22 p.m. Repeated to Paris.`: after `a.m.`/`p.m.` a capitalised word starts a
 * new sentence unless it names a date, a weekday or a time zone.
 */
export function endsAtClockTime(text: string, start: number, end: number, next: number): boolean {
  if (!equalsLowered(text, start, end, 'a.m') && !equalsLowered(text, start, end, 'p.m')) return false;
  return isUpperCode(text.charCodeAt(next)) && !AFTER_CLOCK_TIME.test(text.slice(next, next + 12));
}

/** Whether `text[start, end)` is exactly three ASCII digits (a decimal class split by typesetting). */
function isThreeDigits(text: string, start: number, end: number): boolean {
  return end - start === 3 && isDigitCode(text.charCodeAt(start)) && isDigitCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(start + 2));
}

const CODE_WORD = /^(?:\d+|\p{Lu}{2,}|\p{Lu}{2,}[-–]\p{Lu}+)$/u;

/**
 * Whether `text[start, end)` is a file code's word — digits (`7`), capitals (`ORG`) or capitals
 * joined by a dash (`POL-USSR`) — tested on character codes (the pattern decides only for
 * words with characters outside the BMP).
 */
export function isCodeWord(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (isDigitCode(text.charCodeAt(start))) {
    for (let i = start + 1; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
    return true;
  }
  let capitals = 0;
  let dash = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return CODE_WORD.test(text.slice(start, end));
    if (isUpperCode(code)) capitals++;
    else if ((code === 45 || code === 0x2013) && dash < 0) dash = i;
    else return false;
  }
  if (dash < 0) return capitals >= 2;
  return dash - start >= 2 && end - dash >= 2;
}

/**
 * Whether the abbreviation `text[start, end)` is written in capitals right after a file code's
 * word (`REP` in `POL 23–9 DOM REP`, the country code of the Dominican Republic): it is then the
 * last word of a file designation, and its full stop is no abbreviation's.
 */
export function isCodeAbbreviation(text: string, start: number, end: number): boolean {
  if (!isCapitalsWord(text, start, end) || start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  return isCodeWord(text, wordStart(text, start - 1), start - 1);
}

/**
 * Whether the character before a full stop can end an abbreviation or initials: a letter (or
 * half of one outside the BMP). Anything else (`2161.`) lets the stop end the sentence unless a
 * class number was split.
 */
export function mayEndAbbreviationOrInitials(code: number): boolean {
  return isLetterCode(code) || (code >= 0xd800 && code <= 0xdfff);
}

/** Whether the word before the full stop at `index` is exactly three digits (`756.`). */
export function endsThreeDigitWord(text: string, index: number): boolean {
  return index >= 3 && isThreeDigits(text, index - 3, index) && (index === 3 || stopsWord(text.charCodeAt(index - 4)));
}
