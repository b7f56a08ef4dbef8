/**
 * Stage 1: split the note into units — sentences and free-standing parentheticals — in one
 * left-to-right pass that survives FRUS's abbreviations (`U.S.`, `pp.`, `vol.`, initials),
 * class numbers (`756. D.00`), quotations and missing spaces (`marking.Kennedy’s`).
 *
 * @module
 */
import { SENTENCE_OPENING_WORDS } from '../vocab/abbreviations.js';
import { CLASSIFICATIONS, matchClassificationPrefix, opensClassificationAlias } from '../vocab/classifications.js';
import { matchHandlingPrefix, opensHandlingAlias } from '../vocab/handling.js';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, unspacedStopWordStart } from './chars.js';
import { findMarks } from './marks.js';
import type { Span } from './span.js';
import {
  abbreviationWordStart,
  endsAtClockTime,
  endsNameSuffix,
  endsOfficeAfterPreposition,
  endsRomanNumeral,
  endsThreeDigitWord,
  isAbbreviation,
  isCloser,
  isClosingAbbreviation,
  isCodeAbbreviation,
  isCodeWord,
  isInitialInCapitalsName,
  isInitials,
  isOpener,
  labelsNumberedUnit,
  mayEndAbbreviationOrInitials,
  wordStart,
} from './stop-words.js';

/** A unit of the note: a sentence, or a parenthetical standing between sentences. */
export interface Unit extends Span {
  /** True when the unit is a whole parenthetical, `(…)`. */
  readonly parenthetical: boolean;
  /** True when the unit was split off at a full stop with no space after it. */
  readonly missingSpace: boolean;
  /** Where the unit's content ends in the note: before its final full stop, unless that stop belongs to an abbreviation or initials. */
  readonly contentEnd: number;
}

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
    // A capital and a small letter must follow (most such stops are the points of file numbers, `611.61`).
    if (!isUpperCode(following) || !isLowerCode(text.charCodeAt(next + 1))) return Verdict.No;
    // `marking.Kennedy’s`, `Secret.Drafted by` (not `Mr.Smith`, an abbreviation).
    const start = unspacedStopWordStart(text, index);
    if (start >= 0) return isAbbreviation(text, start, index) ? Verdict.No : Verdict.StopNoSpace;
    // `VIET S.Secret; Priority`, `CINCPAC.Received at …`, `0456.Confidential`: a sentence of the
    // note (a marking, or a word that opens one) glued to a code or a number.
    return gluesNoteSentenceAt(text, index) ? Verdict.StopNoSpace : Verdict.No;
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
  if (isAbbreviation(text, start, index) || isAbbreviationAfterDash(text, start, index)) {
    if (endsAtClockTime(text, start, index, next)) return Verdict.StopKept;
    // `Matlock, Jr. Sent for action`: the suffix keeps its stop, which ends the sentence too.
    if (endsNameSuffix(text, start, index, next)) return Verdict.StopKept;
    // `POL 23–9 DOM REP. Secret`: a file's country code ends the sentence before a word in small letters or a classification.
    if (isCodeAbbreviation(text, start, index) && (isLowerCode(text.charCodeAt(next + 1)) || startsClassification(text, next))) return Verdict.StopDropped;
    // `at the U.N. Secret; Priority`, `to the U.S. Also printed in …`, `123–Hoover, Herbert Jr. Personal.`:
    // the abbreviation ends a sentence and keeps its stop.
    return opensNoteSentence(text, next) || startsMarkingCaption(text, next) ? Verdict.StopKept : Verdict.No;
  }
  // `AVP RF, f. 0129, op. 61, d. 5`: the label of a numbered unit of a Russian archive.
  if (isLowerCode(text.charCodeAt(start)) && labelsNumberedUnit(text, start, index, next)) return Verdict.No;
  // `cleared by EUR/RPM:J. Goodby`: an initial after the colon of an office, as the telegram prints it.
  if (index - start > 2 && text.charCodeAt(index - 2) === 58 /* : */ && isUpperCode(text.charCodeAt(index - 1)) && !startsClassification(text, next)) return Verdict.No;
  // `File. No. 812.00/1234`: a stray stop in the label a note opens with (the word is tested by its length and capital first).
  if (index - start === 4 && following === 78 /* N */ && opensNote(text, start) && text.startsWith('File', start) && FILE_NUMBER_LABEL_REST.test(text.slice(next, next + 5))) return Verdict.No;
  const initials = isInitials(text, start, index);
  if ((index - start === 1 && isUpperCode(text.charCodeAt(start))) || initials) {
    // Initials (`James E. Goodby`, `H.W.`) — unless the letter ends a file code (`ORG 7 S. Secret`)
    // or a classification follows.
    // In telegram capitals, a code word before the letter may be a given name (`GRANT G. HILLIKER`).
    // Where the word before the letter starts (a code word, a given name, a preposition), or -1.
    const previousWordStart = start > 0 && text.charCodeAt(start - 1) === 32 ? wordStart(text, start - 1) : -1;
    const endsCode = previousWordStart >= 0 && isCodeWord(text, previousWordStart, start - 1) && !isInitialInCapitalsName(text, previousWordStart, start, next);
    // `approved in S. Repeated to Moscow`: an office after "in", then a new sentence.
    const endsOffice = !endsCode && !initials && previousWordStart >= 0 && endsOfficeAfterPreposition(text, previousWordStart, start, next);
    // `Part III of V. The meeting …`, `Part V. Drafted by …`: a roman numeral, then a new sentence.
    const endsNumeral = !endsCode && !endsOffice && !initials && previousWordStart >= 0 && endsRomanNumeral(text, previousWordStart, start);
    if (!endsCode && !endsOffice && !endsNumeral && !startsClassification(text, next) && !startsMarkingCaption(text, next)) return Verdict.No;
  }
  // `Vol. 1. Secret` and `p. 476. No` end sentences; `1. Secret` after a digit too; `1st sess. Also` keeps its stop.
  return initials || isClosingAbbreviation(text, start, index) ? Verdict.StopKept : Verdict.StopDropped;
}

/**
 * Whether the full stop at `index`, with no blank after it, ends a sentence before the note's
 * next one at `next`: a letter, a digit or a closing bracket precedes the stop and a marking or an opening word
 * ({@link opensNoteSentence}) follows it. Not after an abbreviation or initials (`U.S.Secret`
 * stays one word), which keep their stops inside names and titles.
 */
function gluesNoteSentence(text: string, index: number, next: number): boolean {
  const before = text.charCodeAt(index - 1);
  // `(FE).Repeated to …`: an office's bracket may close the sentence too.
  if (!(isLetterCode(before) || isDigitCode(before) || before === 41 /* ) */) || !(opensNoteSentence(text, next) || opensNoDrafting(text, next))) return false;
  const start = abbreviationWordStart(text, index);
  return !isInitials(text, start, index) && !isAbbreviation(text, start, index);
}

/** `No drafting information …`: the sentence the marking's `No` opens when no marking follows. */
function opensNoDrafting(text: string, next: number): boolean {
  return text.startsWith('No drafting', next);
}

/**
 * Whether the full stop at `index` has no blank after it and ends a sentence before a marking
 * or a word that opens the note's next sentence (`VIET S.Secret`, `CINCPAC.Received`), as the
 * splitter reads it: the typographic check reports the same slip.
 */
export function gluesNoteSentenceAt(text: string, index: number): boolean {
  const next = index + 1;
  return next + 1 < text.length && isUpperCode(text.charCodeAt(next)) && isLowerCode(text.charCodeAt(next + 1)) && gluesNoteSentence(text, index, next);
}

/**
 * Whether the word `text[start, end)` ends in an abbreviation after a dash (`1–Dec` in `Nov.
 * 1–Dec. 17, 1966`, `Nov.–Dec. 1958`), or after the em dash that joins an office to a name in the
 * later drafting lines (`EUR/SOV—Mr. Garrison`): the dash does not end the word before a stop.
 */
function isAbbreviationAfterDash(text: string, start: number, end: number): boolean {
  // Only the short abbreviations (`Dec`, `Sept`, `vol`) are looked for: four characters back at most.
  const floor = Math.max(start, end - 6);
  for (let i = end - 2; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2013 || code === 45 /* - */ || code === 0x2014) return isAbbreviation(text, i + 1, end);
  }
  return false;
}

/**
 * Whether a handling caption standing as a marking opens at `next`: the caption, then a stop, a
 * semicolon, a comma or the end (`123–Conant, James B. Personal and Confidential.`, a person's
 * decimal file before a marking that is no classification).
 */
function startsMarkingCaption(text: string, next: number): boolean {
  if (!opensHandlingAlias(text.charCodeAt(next) | 32)) return false;
  const caption = matchHandlingPrefix(text.slice(next, next + 40));
  return caption !== undefined && endsMarkingWord(text, next + caption.length);
}

/** Whether a classification opens at `next` (`Secret`, `No classification marking`). */
function startsClassification(text: string, next: number): boolean {
  return opensClassificationAlias(text.charCodeAt(next) | 32) && matchClassificationPrefix(text.slice(next, next + 40)) !== undefined;
}

/**
 * Whether a sentence of a note opens at `next`, after an abbreviation (`the U.N. Secret;
 * Priority`, `the U.S. Drafted by …`): a classification followed by a stop, a semicolon, a comma
 * or the end (not `U.S. Secret Service`), or a word of SENTENCE_OPENING_WORDS that is no
 * classification's, followed by a blank and a word in small letters (`Also printed`, `Another
 * copy`, `Repeated to`), unlike a name or title after the abbreviation (`U.S. Ambassador`).
 */
function opensNoteSentence(text: string, next: number): boolean {
  const first = text.charCodeAt(next);
  if (!isUpperCode(first)) return false;
  // Most words after an abbreviation (`Mr. Smith`, `U.S. Mission`) have the first letter and length of no opening word.
  let letters = next + 1;
  while (letters < text.length && isLetterCode(text.charCodeAt(letters))) letters++;
  if (!OPENING_SHAPES.has(wordShape(first, letters - next))) return false;
  let end = next + 1;
  while (end < text.length && isLowerCode(text.charCodeAt(end))) end++;
  if (opensClassificationAlias(text.charCodeAt(next) | 32)) {
    const classification = matchClassificationPrefix(text.slice(next, next + 40));
    if (classification !== undefined) return endsMarkingWord(text, next + classification.length);
  }
  if (end >= text.length || !isSpaceCode(text.charCodeAt(end)) || !isLowerCode(text.charCodeAt(end + 1))) return false;
  return SENTENCE_OPENING_VERBS.has(text.slice(next, end).toLowerCase());
}

/** Whether a classification that ends at `end` ends there as a marking: a stop, a semicolon, a comma or the end follows. */
function endsMarkingWord(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  return end >= text.length || code === 46 /* . */ || code === 59 /* ; */ || code === 44 /* , */;
}

/** The words of SENTENCE_OPENING_WORDS that open no classification (`also`, `drafted`, `repeated`): those are read whole. */
const SENTENCE_OPENING_VERBS: ReadonlySet<string> = new Set(
  [...SENTENCE_OPENING_WORDS].filter((word) => !CLASSIFICATIONS.some((entry) => entry.aliases.some((alias) => alias.toLowerCase().split(' ')[0] === word))),
);

/** A word's first letter (in small letters) and length, as one number: a cheap test before a lookup. */
function wordShape(first: number, length: number): number {
  return ((first | 32) << 8) | Math.min(length, 255);
}

/**
 * The shapes ({@link wordShape}) of the words that may open a note's sentence after an
 * abbreviation: SENTENCE_OPENING_VERBS and the first word of every classification alias.
 */
const OPENING_SHAPES: ReadonlySet<number> = new Set(
  [...SENTENCE_OPENING_VERBS, ...CLASSIFICATIONS.flatMap((entry) => entry.aliases.map((alias) => /^\p{L}+/u.exec(alias)?.[0] ?? ''))]
    .filter((word) => word !== '')
    .map((word) => wordShape(word.charCodeAt(0), word.length)),
);

/** Whether the word at `start` opens the note, or follows its `Source:` label. */
function opensNote(text: string, start: number): boolean {
  return start === 0 || (start >= 2 && text.charCodeAt(start - 2) === 58 /* : */ && isSpaceCode(text.charCodeAt(start - 1)));
}

/** What follows `File. ` in the label of a file number: `No.` or `Nos.` (not `No classification marking`). */
const FILE_NUMBER_LABEL_REST = /^Nos?\./;

const CLASS_NUMBER_REST = /^\p{Lu}{1,3}(?:\.\d+)?(?:\s[^.\s]{1,20}){0,3}\s?\/\s?\d/u;

/**
 * `756. D.00/5–258`: whether what follows the stop at `next` continues a class number split by
 * typesetting. The pattern runs only where the rest opens with a capital (or a character
 * outside ASCII, which it decides on) and a slash lies within its reach: most stops after three
 * digits end a sentence (`Document 123. Secret`).
 */
function continuesClassNumber(text: string, next: number): boolean {
  const first = text.charCodeAt(next);
  if (first < 128 && !isUpperCode(first)) return false;
  const slash = text.indexOf('/', next);
  return slash >= 0 && slash < next + 60 && CLASS_NUMBER_REST.test(text.slice(next, next + 60));
}

/** Character codes the splitter reacts to; every other character is skipped at once. */
const OPEN_PAREN = 40; // (
const CLOSE_PAREN = 41; // )
const OPEN_BRACKET = 91; // [
const CLOSE_BRACKET = 93; // ]
const FULL_STOP = 46; // .
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 34; // "

/**
 * Whether the straight quote at `i` opens a quotation: it starts the text or follows a blank or an
 * opening bracket, and another straight quote follows somewhere to close it (a lone one, an inch
 * mark or a slip, opens nothing, so that it cannot run to the note's end).
 */
function opensStraightQuote(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 32;
  return (isSpaceCode(before) || before === OPEN_PAREN || before === OPEN_BRACKET) && text.indexOf('"', i + 1) > 0;
}

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
  let straight = false; // the open quotation was opened by a straight quote
  let missingSpace = false;
  let parenUnit = false;
  // The parenthetical at depth 0 follows a full stop that did not end the unit (`a.m. (Ibid.)`).
  let parenAfterStop = false;

  let resume = 0; // after a sentence stop, the closing quotes taken into its unit are skipped
  for (const mark of marks) {
    const i = mark - body.start;
    if (i < resume) continue;
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (code === OPEN_PAREN || code === OPEN_BRACKET) {
      if (code === OPEN_PAREN && depth === 0 && !quoted) {
        if (blankBetween(text, unitStart, i)) parenUnit = true;
        // … and opens with a capital, as a citation does (`(Ibid., …)`, `(Reagan Library, …)`; not `U.S. (1–31–50)`).
        else parenAfterStop = text.charCodeAt(i - 1) === 32 && text.charCodeAt(i - 2) === FULL_STOP && isUpperCode(text.charCodeAt(i + 1));
      }
      depth++;
    } else if ((code === CLOSE_PAREN || code === CLOSE_BRACKET) && depth > 0) {
      depth--;
      if (depth === 0 && parenAfterStop && !quoted && code === CLOSE_PAREN) {
        // `… to 10:53 a.m. (Ibid., White House Central Files) The editors transcribed …`: the
        // parenthetical after the sentence's abbreviated stop closes it when a sentence follows.
        parenAfterStop = false;
        if (!blankBetween(text, i + 1, Math.min(text.length, i + 3)) && opensSentence(text, i + 1)) {
          pushUnit(units, body, unitStart, i + 1, false, missingSpace, Verdict.No);
          unitStart = i + 1;
          missingSpace = false;
          parenUnit = false;
        }
      } else if (depth === 0 && parenUnit && !quoted) {
        // A free-standing parenthetical ends here if a new sentence (or nothing) follows.
        if (opensSentence(text, i + 1)) {
          pushUnit(units, body, unitStart, i + 1, true, missingSpace, Verdict.No);
          unitStart = i + 1;
          missingSpace = false;
        }
        parenUnit = false;
      } else if (depth === 0 && code === CLOSE_BRACKET && !quoted && text.charCodeAt(i - 1) === FULL_STOP && i + 2 < text.length && isSpaceCode(text.charCodeAt(i + 1)) && opensSentence(text, i + 1)) {
        // `…/1234: Telegram. [Paraphrase.] Repeated to Tokyo.`: a note in brackets closed by its
        // own full stop ends the sentence when another follows.
        pushUnit(units, body, unitStart, i + 1, false, missingSpace, Verdict.No);
        unitStart = i + 1;
        missingSpace = false;
      }
    } else if (code === OPEN_QUOTE || (code === STRAIGHT_QUOTE && !quoted && opensStraightQuote(text, i))) {
      // A note typed with straight quotes (`reads: "OK. L."`) is read as one with curly quotes.
      quoted = true;
      straight = code === STRAIGHT_QUOTE;
    } else if (code === CLOSE_QUOTE || (code === STRAIGHT_QUOTE && quoted && straight)) {
      // A straight quote closes only what a straight quote opened (not `“… think"s. …”`).
      quoted = false;
      straight = false;
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
  if (isInitials(text, word, end - 1) || (isAbbreviation(text, word, end - 1) && !isCodeAbbreviation(text, word, end - 1)) || isClosingAbbreviation(text, word, end - 1)) return end;
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
