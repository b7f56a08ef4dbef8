/**
 * Stage 1: split the note into units — sentences and free-standing parentheticals — in one
 * left-to-right pass that survives FRUS's abbreviations (`U.S.`, `pp.`, `vol.`, initials),
 * class numbers (`756. D.00`), quotations and missing spaces (`marking.Kennedy’s`).
 *
 * @module
 */
import { CLASSIFICATIONS, matchClassificationPrefix } from '../vocab/classifications.js';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from './chars.js';
import { findMarks } from './marks.js';
import type { Span } from './span.js';

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
  // Months as dates abbreviate them (`on Feb. 21`).
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);


/** A unit of the note: a sentence, or a parenthetical standing between sentences. */
export interface Unit extends Span {
  /** True when the unit is a whole parenthetical, `(…)`. */
  readonly parenthetical: boolean;
  /** True when the unit was split off at a full stop with no space after it. */
  readonly missingSpace: boolean;
  /** Where the unit's content ends in the note: before its final full stop, unless that stop belongs to an abbreviation or initials. */
  readonly contentEnd: number;
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
  // Letters, digits and the file-number punctuation `. / -` (most of what is tested) first.
  if (code < 128) return code <= 32 ? code === 32 || (code >= 9 && code <= 13) : code === 44 || code === 59 || code === 34 || code === 40 || code === 91;
  return isSpaceCode(code) || isOpener(code);
}

/** Where the word (letters, digits, inner dots) that ends just before `index` starts, at `floor` or after. */
function wordStart(text: string, index: number, floor = 0): number {
  let start = index;
  while (start > floor && !stopsWord(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The word that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  return text.slice(wordStart(text, index), index);
}

/** The longest abbreviation, in characters (`u.s.s.r`). */
const MAX_ABBREVIATION = 7;

/**
 * Where the word before the full stop at `index` starts, as far as the abbreviation and initials
 * tests need to know. A word ending in two letters is no initials (those end `X.Y`), and one
 * longer than the longest abbreviation is none: its walk back stops after that many characters
 * plus one (most words before a stop are longer: `Conversation`, `Washington`).
 */
function abbreviationWordStart(text: string, index: number, floor = 0): number {
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
function isAbbreviation(text: string, start: number, end: number): boolean {
  if (end <= start || end - start > MAX_ABBREVIATION) return false;
  const candidates = ABBREVIATIONS_BY_HASH.get(wordHash(text, start, end));
  if (candidates === undefined) return false;
  for (const word of candidates) if (equalsLowered(text, start, end, word)) return true;
  return false;
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
function isCodeWord(text: string, start: number, end: number): boolean {
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

/** Lower-cased first letters of the classification aliases: what can open a classification after initials. */
const CLASSIFICATION_INITIALS: ReadonlySet<number> = new Set(CLASSIFICATIONS.flatMap((entry) => entry.aliases.map((alias) => alias.charCodeAt(0) | 32)));

/** What {@link isSentenceStop} decides about a full stop. */
const enum Verdict {
  /** The stop does not end the sentence. */
  No,
  /** It ends the sentence; whether it belongs to an abbreviation or initials was not looked at. */
  Stop,
  /** It ends the sentence, with no space after it (`marking.Kennedy’s`); the word before was not looked at. */
  StopNoSpace,
  /** It ends the sentence and belongs to an abbreviation or initials: it stays in the content (`at 6:45 p.m. Repeated`). */
  StopKept,
  /** It ends the sentence and belongs to no abbreviation or initials: the content ends before it. */
  StopDropped,
}

/**
 * Where the word before the last full stop judged {@link Verdict.StopKept} or
 * {@link Verdict.StopDropped} starts: that verdict holds for the unit the stop ends when the word
 * lies inside it. Scratch state of one call, read right after it.
 */
let judgedWordStart = 0;

/** Whether the verdict ends a sentence with a space (or nothing) after the stop. */
function isSpacedStop(verdict: Verdict): boolean {
  return verdict === Verdict.Stop || verdict === Verdict.StopKept || verdict === Verdict.StopDropped;
}

/** Whether the full stop at `index` ends a sentence, and what the splitter learnt of the word before it. */
function isSentenceStop(text: string, index: number): Verdict {
  let next = index + 1;
  // A closing quote right after the stop belongs to the sentence.
  while (next < text.length && isCloser(text.charCodeAt(next))) next++;
  if (next >= text.length) return Verdict.Stop;
  const spaced = isSpaceCode(text.charCodeAt(next));
  while (next < text.length && isSpaceCode(text.charCodeAt(next))) next++;
  if (next >= text.length) return Verdict.Stop;
  const following = text.charCodeAt(next);
  // The word before the stop is sliced only once the characters after it leave the question open
  // (most full stops are the points of file numbers, `711.11`).
  if (!spaced) {
    // `marking.Kennedy’s`: a lower-case word of two or more letters, then a capitalised word.
    if (!isUpperCode(following) || !isLowerCode(text.charCodeAt(next + 1))) return Verdict.No;
    const word = wordBefore(text, index);
    return word.length >= 2 && allLower(word) ? Verdict.StopNoSpace : Verdict.No;
  }
  if (!(isUpperCode(following) || isOpener(following) || isDigitCode(following))) return Verdict.No;
  // `2161. Secret`: after a digit only a split class number can keep the stop; no word walk.
  if (!mayEndAbbreviationOrInitials(text.charCodeAt(index - 1))) {
    if (endsThreeDigitWord(text, index) && continuesClassNumber(text, next)) return Verdict.No;
    judgedWordStart = index; // no word: nothing to keep the stop
    return Verdict.StopDropped;
  }
  const start = abbreviationWordStart(text, index);
  judgedWordStart = start;
  if (isAbbreviation(text, start, index)) return endsAtClockTime(text, start, index, next) ? Verdict.StopKept : Verdict.No;
  const initials = isInitials(text, start, index);
  if ((index - start === 1 && isUpperCode(text.charCodeAt(start))) || initials) {
    // Initials (`James E. Goodby`, `H.W.`) — unless the letter ends a file code (`ORG 7 S. Secret`)
    // or a classification follows.
    const endsCode = start > 0 && text.charCodeAt(start - 1) === 32 && isCodeWord(text, wordStart(text, start - 1), start - 1);
    if (!endsCode && !(CLASSIFICATION_INITIALS.has(text.charCodeAt(next) | 32) && matchClassificationPrefix(text.slice(next, next + 40)))) return Verdict.No;
  }
  // `Vol. 1. Secret` and `p. 476. No` end sentences; `1. Secret` after a digit too.
  return initials ? Verdict.StopKept : Verdict.StopDropped;
}

/**
 * Whether the character before a full stop can end an abbreviation or initials: a letter (or
 * half of one outside the BMP). Anything else (`2161.`) lets the stop end the sentence unless a
 * class number was split.
 */
function mayEndAbbreviationOrInitials(code: number): boolean {
  return isLetterCode(code) || (code >= 0xd800 && code <= 0xdfff);
}

/** Whether the word before the full stop at `index` is exactly three digits (`756.`). */
function endsThreeDigitWord(text: string, index: number): boolean {
  return index >= 3 && isThreeDigits(text, index - 3, index) && (index === 3 || stopsWord(text.charCodeAt(index - 4)));
}

const CLASS_NUMBER_REST = /^\p{Lu}{1,3}(?:\.\d+)?(?:\s[^.\s]{1,20}){0,3}\s?\/\s?\d/u;

/** `756. D.00/5–258`: whether what follows the stop at `next` continues a class number split by typesetting. */
function continuesClassNumber(text: string, next: number): boolean {
  return CLASS_NUMBER_REST.test(text.slice(next, next + 60));
}

/** Character codes the splitter reacts to; every other character is skipped at once. */
const OPEN_PAREN = 40; // (
const CLOSE_PAREN = 41; // )
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const FULL_STOP = 46; // .
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/**
 * Appends the trimmed unit `[start, end)` of `body`, if it is not blank. `verdict` is what
 * {@link isSentenceStop} said of the full stop that ends it, if one does: it tells where the
 * content ends when the word it judged lies in the unit; else the unit's text decides.
 */
function pushUnit(units: Unit[], body: Span, start: number, end: number, parenthetical: boolean, missingSpace: boolean, verdict: Verdict): void {
  const text = body.text;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  let contentEnd = end;
  if (text.charCodeAt(end - 1) === FULL_STOP) {
    const judged = (verdict === Verdict.StopKept || verdict === Verdict.StopDropped) && judgedWordStart >= start;
    if (!judged) contentEnd = contentEndOf(text, start, end);
    else if (verdict === Verdict.StopDropped) contentEnd = dropFinalStops(text, start, end - 1); // the stop at `end - 1` is known
  }
  units.push({ text: text.slice(start, end), start: body.start + start, end: body.start + end, parenthetical, missingSpace, contentEnd: body.start + contentEnd });
}

/**
 * Whether a sentence (or nothing) follows the `)` before `from`: within the next two characters,
 * blanks then a capital, an opening quote or parenthesis, or the end of those two characters.
 */
function opensSentence(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 2);
  let i = from;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  if (i === end) return true;
  const code = text.charCodeAt(i);
  if (code === 0x201c || code === 34 || code === OPEN_PAREN || isUpperCode(code)) return true;
  // A capital outside the BMP is two code units: both must lie within the two characters.
  return code >= 0xd800 && code <= 0xdbff && i + 1 < end && SUPPLEMENTARY_CAPITAL.test(text.slice(i, i + 2));
}

const SUPPLEMENTARY_CAPITAL = /^\p{Lu}/u;

/** Whether only whitespace lies in `text[from, to)`. */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Splits `body` into units. Never throws; an unbalanced bracket or quote ends at the text's end.
 * `marks` are the note's marks ({@link findMarks}, offsets in the note), when the caller has
 * them already: the splitter looks only at the full stops, brackets and quotes among them.
 */
export function splitUnits(body: Span, marks: readonly number[] = findMarks(body.text, body.start)): Unit[] {
  const text = body.text;
  const units: Unit[] = [];
  let unitStart = 0;
  let depth = 0;
  let quoted = false;
  let missingSpace = false;
  let parenUnit = false;

  let resume = 0; // after a sentence stop, the closing quotes taken into its unit are skipped
  for (const mark of marks) {
    const i = mark - body.start;
    if (i < resume) continue;
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) {
      if (code === OPEN_PAREN && depth === 0 && !quoted && blankBetween(text, unitStart, i)) parenUnit = true;
      depth++;
    } else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) {
      depth--;
      if (depth === 0 && parenUnit && !quoted) {
        // A free-standing parenthetical ends here if a new sentence (or nothing) follows.
        if (opensSentence(text, i + 1)) {
          pushUnit(units, body, unitStart, i + 1, true, missingSpace, Verdict.No);
          unitStart = i + 1;
          missingSpace = false;
        }
        parenUnit = false;
      }
    } else if (code === OPEN_QUOTE) {
      quoted = true;
    } else if (code === CLOSE_QUOTE) {
      quoted = false;
      if (depth === 0 && text.charCodeAt(i - 1) === FULL_STOP && isSpacedStop(isSentenceStop(text, i - 1))) {
        pushUnit(units, body, unitStart, i + 1, parenUnit, missingSpace, Verdict.No);
        unitStart = i + 1;
        missingSpace = false;
        parenUnit = false;
      }
    } else if (code === FULL_STOP && depth === 0 && !quoted) {
      const verdict = isSentenceStop(text, i);
      if (verdict !== Verdict.No) {
        let end = i + 1;
        while (end < text.length && isCloser(text.charCodeAt(end))) end++;
        pushUnit(units, body, unitStart, end, parenUnit, missingSpace, verdict);
        unitStart = end;
        missingSpace = verdict === Verdict.StopNoSpace;
        parenUnit = false;
        resume = end;
      }
    }
  }
  pushUnit(units, body, unitStart, text.length, parenUnit, missingSpace, Verdict.No);
  return units;
}

/**
 * Where the content of `text[start, end)` (trimmed, ending in a full stop) ends: before the final
 * full stop and the blanks and stops before it, unless the stop belongs to an abbreviation or
 * initials (`Dulles, J.F.`, `U.S.`). Nothing before `start` is looked at.
 */
function contentEndOf(text: string, start: number, end: number): number {
  const word = end - 1 > start && mayEndAbbreviationOrInitials(text.charCodeAt(end - 2)) ? abbreviationWordStart(text, end - 1, start) : end - 1;
  if (isInitials(text, word, end - 1) || isAbbreviation(text, word, end - 1)) return end;
  return dropFinalStops(text, start, end);
}

/** `end` moved back over the full stops and blanks that end `text[start, end)`. */
function dropFinalStops(text: string, start: number, end: number): number {
  while (end > start && (text.charCodeAt(end - 1) === FULL_STOP || isSpaceCode(text.charCodeAt(end - 1)))) end--;
  return end;
}

/**
 * The span without its final full stop (and surrounding whitespace), unless the stop belongs to
 * an abbreviation or initials (`Dulles, J.F.`, `U.S.`).
 */
export function stripFinalStop(span: Span): Span {
  const text = span.text;
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start && text.charCodeAt(end - 1) === FULL_STOP) end = contentEndOf(text, start, end);
  if (start === 0 && end === text.length) return span;
  return { text: text.slice(start, end), start: span.start + start, end: span.start + end };
}

/** The unit without its final full stop, as {@link stripFinalStop} leaves it (the splitter worked out where it ends). */
export function unitContent(unit: Unit): Span {
  if (unit.contentEnd === unit.end) return unit;
  return { text: unit.text.slice(0, unit.contentEnd - unit.start), start: unit.start, end: unit.contentEnd };
}
