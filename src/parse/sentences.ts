/**
 * Stage 1: split the note into units — sentences and free-standing parentheticals — in one
 * left-to-right pass that survives FRUS's abbreviations (`U.S.`, `pp.`, `vol.`, initials),
 * class numbers (`756. D.00`), quotations and missing spaces (`marking.Kennedy’s`).
 *
 * @module
 */
import { matchClassificationPrefix } from '../vocab/classifications.js';
import { isDigitCode, isLowerCode, isSpaceCode, isUpperCode } from './chars.js';
import { spanOf, trimSpan, type Span } from './span.js';

/** Whether every character of `word` is a lower-case letter. */
function allLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isLowerCode(word.charCodeAt(i))) return false;
  return true;
}

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'p', 'pp', 'vol', 'vols', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'adm', 'lt', 'col',
  'capt', 'maj', 'sen', 'rep', 'amb', 'jr', 'sr', 'inc', 'co', 'corp', 'dept', 'ed', 'eds', 'ff',
  'cf', 'e.g', 'i.e', 'u.s', 'd.c', 'a.m', 'p.m', 'etc', 'supp', 'sec', 'gov', 'messrs', 'rev',
  'ltd', 'bros', 'n.y', 'u.n', 'u.k', 'u.s.s.r', 'ca', 'approx', 'fig', 'nr', 'esq', 'hon',
]);


/** A unit of the note: a sentence, or a parenthetical standing between sentences. */
export interface Unit extends Span {
  /** True when the unit is a whole parenthetical, `(…)`. */
  readonly parenthetical: boolean;
  /** True when the unit was split off at a full stop with no space after it. */
  readonly missingSpace: boolean;
}

/** Whether the code unit opens a quotation or bracket: `“ " ‘ ( [`. */
function isOpener(code: number): boolean {
  return code === 0x201c || code === 34 || code === 0x2018 || code === 40 || code === 91;
}

/** Whether the code unit closes a quotation after a full stop: `” ’ "`. */
function isCloser(code: number): boolean {
  return code === 0x201d || code === 0x2019 || code === 34;
}

/** Whether the code unit ends the word before a full stop: a space, an opener, `,` or `;`. */
function stopsWord(code: number): boolean {
  return isSpaceCode(code) || isOpener(code) || code === 44 || code === 59;
}

/** Where the word (letters, digits, inner dots) that ends just before `index` starts. */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && !stopsWord(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The word that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  return text.slice(wordStart(text, index), index);
}

// The word tests below take offsets: long words before a stop (`711.11-KE/1-2161`) are never sliced.
/** Whether `text[start, end)` is an abbreviation that keeps its full stop (`vol`, `U.S`). */
function isAbbreviation(text: string, start: number, end: number): boolean {
  return end - start <= 7 && ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Whether `text[start, end)` is initials with inner dots (`H.W`, `U.S`): capital, dot, …, capital. */
function isInitials(text: string, start: number, end: number): boolean {
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
function endsAtClockTime(text: string, start: number, end: number, next: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  if (word !== 'a.m' && word !== 'p.m') return false;
  return isUpperCode(text.charCodeAt(next)) && !AFTER_CLOCK_TIME.test(text.slice(next, next + 12));
}

/** Whether `text[start, end)` is exactly three ASCII digits (a decimal class split by typesetting). */
function isThreeDigits(text: string, start: number, end: number): boolean {
  return end - start === 3 && isDigitCode(text.charCodeAt(start)) && isDigitCode(text.charCodeAt(start + 1)) && isDigitCode(text.charCodeAt(start + 2));
}

/** Whether the full stop at `index` ends a sentence. */
function isSentenceStop(text: string, index: number): 'stop' | 'stop-no-space' | 'no' {
  let next = index + 1;
  // A closing quote right after the stop belongs to the sentence.
  while (next < text.length && isCloser(text.charCodeAt(next))) next++;
  if (next >= text.length) return 'stop';
  const spaced = isSpaceCode(text.charCodeAt(next));
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  if (next >= text.length) return 'stop';
  const following = text.charCodeAt(next);
  // The word before the stop is sliced only once the characters after it leave the question open
  // (most full stops are the points of file numbers, `711.11`).
  if (!spaced) {
    // `marking.Kennedy’s`: a lower-case word of two or more letters, then a capitalised word.
    if (!isUpperCode(following) || !isLowerCode(text.charCodeAt(next + 1))) return 'no';
    const word = wordBefore(text, index);
    return word.length >= 2 && allLower(word) ? 'stop-no-space' : 'no';
  }
  if (!(isUpperCode(following) || isOpener(following) || isDigitCode(following))) return 'no';
  const start = wordStart(text, index);
  if (isAbbreviation(text, start, index)) return endsAtClockTime(text, start, index, next) ? 'stop' : 'no';
  if ((index - start === 1 && isUpperCode(text.charCodeAt(start))) || isInitials(text, start, index)) {
    // Initials (`James E. Goodby`, `H.W.`) — unless the letter ends a file code (`ORG 7 S. Secret`)
    // or a classification follows.
    const before = wordBefore(text, Math.max(0, start - 1));
    const endsCode = /^(?:\d+|\p{Lu}{2,}|\p{Lu}{2,}[-–]\p{Lu}+)$/u.test(before) && start - 1 >= 0 && text[start - 1] === ' ';
    if (!endsCode && !matchClassificationPrefix(text.slice(next, next + 40))) return 'no';
  }
  // `756. D.00`: a class number split by typesetting.
  if (isThreeDigits(text, start, index) && /^\p{Lu}{1,3}(?:\.\d+)?(?:\s[^.\s]{1,20}){0,3}\s?\/\s?\d/u.test(text.slice(next, next + 60))) return 'no';
  // `Vol. 1. Secret` and `p. 476. No` end sentences; `1. Secret` after a digit too.
  return 'stop';
}

/** Character codes the splitter reacts to; every other character is skipped at once. */
const OPEN_PAREN = 40; // (
const CLOSE_PAREN = 41; // )
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const FULL_STOP = 46; // .
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/** Appends the trimmed unit `[start, end)` of `body`, if it is not blank. */
function pushUnit(units: Unit[], body: Span, start: number, end: number, parenthetical: boolean, missingSpace: boolean): void {
  const span = trimSpan(spanOf(body, start, end));
  if (span.text.length > 0) units.push({ text: span.text, start: span.start, end: span.end, parenthetical, missingSpace });
}

/** Whether only whitespace lies in `text[from, to)`. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Splits `body` into units. Never throws; an unbalanced bracket or quote ends at the text's end. */
export function splitUnits(body: Span): Unit[] {
  const text = body.text;
  const units: Unit[] = [];
  let unitStart = 0;
  let depth = 0;
  let quoted = false;
  let missingSpace = false;
  let parenUnit = false;

  // Jump from one character the splitter reacts to to the next; the rest is skipped natively.
  const special = /[.()[\]\u201c\u201d]/g;
  for (let found = special.exec(text); found; found = special.exec(text)) {
    const i = found.index;
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) {
      if (code === OPEN_PAREN && depth === 0 && !quoted && blankBetween(text, unitStart, i)) parenUnit = true;
      depth++;
    } else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) {
      depth--;
      if (depth === 0 && parenUnit && !quoted) {
        // A free-standing parenthetical ends here if a new sentence (or nothing) follows.
        if (i + 1 >= text.length || /^\s*(?:\p{Lu}|[“"(]|$)/u.test(text.slice(i + 1, i + 3))) {
          pushUnit(units, body, unitStart, i + 1, true, missingSpace);
          unitStart = i + 1;
          missingSpace = false;
        }
        parenUnit = false;
      }
    } else if (code === OPEN_QUOTE) {
      quoted = true;
    } else if (code === CLOSE_QUOTE) {
      quoted = false;
      if (depth === 0 && text.charCodeAt(i - 1) === FULL_STOP && isSentenceStop(text, i - 1) === 'stop') {
        pushUnit(units, body, unitStart, i + 1, parenUnit, missingSpace);
        unitStart = i + 1;
        missingSpace = false;
        parenUnit = false;
      }
    } else if (code === FULL_STOP && depth === 0 && !quoted) {
      const verdict = isSentenceStop(text, i);
      if (verdict !== 'no') {
        let end = i + 1;
        while (end < text.length && isCloser(text.charCodeAt(end))) end++;
        pushUnit(units, body, unitStart, end, parenUnit, missingSpace);
        unitStart = end;
        missingSpace = verdict === 'stop-no-space';
        parenUnit = false;
        special.lastIndex = end;
      }
    }
  }
  pushUnit(units, body, unitStart, text.length, parenUnit, missingSpace);
  return units;
}

/**
 * The span without its final full stop (and surrounding whitespace), unless the stop belongs to
 * an abbreviation or initials (`Dulles, J.F.`, `U.S.`).
 */
export function stripFinalStop(span: Span): Span {
  const trimmed = trimSpan(span);
  if (trimmed.text.charCodeAt(trimmed.text.length - 1) !== FULL_STOP) return trimmed;
  const end = trimmed.text.length - 1;
  const start = wordStart(trimmed.text, end);
  if (isInitials(trimmed.text, start, end) || isAbbreviation(trimmed.text, start, end)) return trimmed;
  return trimSpan(trimmed, '.');
}

/** The unit without its final full stop. */
export function unitContent(unit: Span): Span {
  return stripFinalStop(unit);
}
