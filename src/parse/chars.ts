/**
 * Character tests on UTF-16 code units. The parser looks at single characters in its hot
 * loops, so each test is one lookup in a class table: ASCII is filled at load, any other code
 * unit the first time it is met (from the Unicode property escapes below), and a regular
 * expression never runs twice for the same character.
 *
 * @module
 */

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

const IS_LETTER = 1;
const IS_LOWER = 2;
const IS_UPPER = 4;
const IS_SPACE = 8;
const IS_DIGIT = 16;
/** Set once a code unit's classes are known (so that 0 means "not looked up yet"). */
const KNOWN = 128;

/** Classes of every UTF-16 code unit, filled lazily outside ASCII. */
const classes = new Uint8Array(65536);

function lookUp(code: number): number {
  const ch = String.fromCharCode(code);
  let flags = KNOWN;
  if (code < 128) {
    if (code >= 65 && code <= 90) flags |= IS_LETTER | IS_UPPER;
    else if (code >= 97 && code <= 122) flags |= IS_LETTER | IS_LOWER;
    else if (code >= 48 && code <= 57) flags |= IS_DIGIT;
    else if (code === 32 || (code >= 9 && code <= 13)) flags |= IS_SPACE;
  } else {
    if (LETTER.test(ch)) flags |= IS_LETTER;
    if (LOWER.test(ch)) flags |= IS_LOWER;
    if (UPPER.test(ch)) flags |= IS_UPPER;
    if (SPACE.test(ch)) flags |= IS_SPACE;
  }
  classes[code] = flags;
  return flags;
}
for (let code = 0; code < 128; code++) lookUp(code);

/** The class bits of a code unit; 0 for NaN (`charCodeAt` past the end). */
function classOf(code: number): number {
  // NaN fails the test: the table is indexed by code units only, which keeps its loads fast.
  if (!(code < 65536)) return 0;
  const flags = classes[code]!;
  return flags === 0 ? lookUp(code) : flags;
}

/** Whether the code unit is a letter (any script). */
export function isLetterCode(code: number): boolean {
  return (classOf(code) & IS_LETTER) !== 0;
}

/** Whether the code unit is a lower-case letter. */
export function isLowerCode(code: number): boolean {
  return (classOf(code) & IS_LOWER) !== 0;
}

/** Whether the code unit is an upper-case letter. */
export function isUpperCode(code: number): boolean {
  return (classOf(code) & IS_UPPER) !== 0;
}

/** Whether the code unit is an ASCII digit. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the character code `code` is whitespace (any Unicode space). */
export function isSpaceCode(code: number): boolean {
  // ASCII, nearly every character of a note, is decided without the table.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (classOf(code) & IS_SPACE) !== 0;
}

/** Whether `text` holds any whitespace. */
export function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** The offset of the first non-whitespace character at or after `index` (the text's length if none). */
export function skipSpaces(text: string, index: number): number {
  while (index < text.length && isSpaceCode(text.charCodeAt(index))) index++;
  return index;
}

/**
 * Whether `text` has the lower-case ASCII `word` at `at`, in either case, as a `/word/i`
 * pattern anchored there would find it (`| 32` maps an ASCII capital to its small letter, and
 * no other code unit to a letter).
 */
export function hasWordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Whether `text` opens with one of the lower-case `letters`, in either case: a guard that
 * keeps anchored patterns off texts that cannot open with one of their words.
 */
export function startsWithOneOf(text: string, letters: string): boolean {
  const first = text.charCodeAt(0) | 32; // ASCII letters in lower case
  for (let k = 0; k < letters.length; k++) if (letters.charCodeAt(k) === first) return true;
  return false;
}

/**
 * The offset of the last `char` in `text`, or -1, found by `indexOf` forwards from the first
 * (`first`, when the caller has looked for it already): texts hold few, and V8's `lastIndexOf`
 * is a much slower runtime call.
 */
export function lastIndexOfForward(text: string, char: string, first = text.indexOf(char)): number {
  let last = first;
  if (last < 0) return -1;
  for (let next = text.indexOf(char, last + 1); next >= 0; next = text.indexOf(char, next + 1)) last = next;
  return last;
}

const BRACKET = /[()[\]]/g;

/**
 * The offset of the first bracket — `(`, `)`, `[` or `]` — in `text` at or after `from`, or -1.
 * A native scan: it outruns a loop over the characters.
 */
export function nextBracket(text: string, from: number): number {
  BRACKET.lastIndex = from;
  return BRACKET.test(text) ? BRACKET.lastIndex - 1 : -1;
}

const GROUPING = /[()[\]\u201c\u201d]/g;

/**
 * The offset of the first bracket or curly double quote — `(`, `)`, `[`, `]`, `“` or `”` — in
 * `text` at or after `from`, or -1: what groups the words of a path segment (`“Meetings with the
 * President, January–April 1967”`).
 */
export function nextGrouping(text: string, from: number): number {
  GROUPING.lastIndex = from;
  return GROUPING.test(text) ? GROUPING.lastIndex - 1 : -1;
}

const AND_ANY_CASE = /and/gi;

/**
 * Whether "and", in any case, occurs in `text` at or after `from`: the guard in front of the
 * separator patterns that cut lists at "and" without regard to case (`PARIS AND LONDON`).
 */
export function hasAndFrom(text: string, from = 0): boolean {
  // Most lists write it in small letters: a native search finds those without the pattern.
  if (text.indexOf('and', from) >= 0) return true;
  AND_ANY_CASE.lastIndex = from;
  return AND_ANY_CASE.test(text);
}

/**
 * Where the word before the full stop at `stop` starts when the space after the stop is missing
 * (`marking.Kennedy’s`, `Secret.Drafted`), else -1: a word ending in two small letters, then a
 * capital and a small letter. Not in an address (`state.gov`, after `/` or `@`), nor after a
 * word in small letters that follows a stop (`www.state.Gov`); a capitalised word after a
 * stop is (`File.Secret.Drafted`). The typographic check and the splitter both ask this.
 */
export function unspacedStopWordStart(text: string, stop: number): number {
  if (!isLowerCode(text.charCodeAt(stop - 1)) || !isLowerCode(text.charCodeAt(stop - 2)) || !isUpperCode(text.charCodeAt(stop + 1)) || !isLowerCode(text.charCodeAt(stop + 2))) return -1;
  let start = stop - 2;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) start--;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (before === 47 /* / */ || before === 64 /* @ */ || (before === 46 /* . */ && !isUpperCode(text.charCodeAt(start)))) return -1;
  return start;
}

/** Whether the code unit is an ASCII letter (`[A-Za-z]`: a range test, no table lookup). */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether the code unit is an ASCII capital. */
export function isUpperAsciiCode(code: number): boolean {
  return code >= 65 && code <= 90;
}
