/**
 * Typographic checks over the whole note: missing spaces after punctuation, spaces before it,
 * and line-break hyphenation left in the text. Each rule has a stable id and is triggered by
 * one character: the scan jumps from one occurrence of that character to the next and looks
 * only at its neighbours, so the whole check is linear and cheap.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { isDigitCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode } from './chars.js';
import { findMarks } from './marks.js';

/** Word endings that a line break split off (`Correspond-ence`). */
const SPLIT_SUFFIXES: ReadonlySet<string> = new Set([
  'ence', 'ences', 'ance', 'ances', 'ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ity', 'ities',
  'ness', 'ary', 'ory', 'ible', 'able', 'ing', 'ings', 'ized', 'ised', 'ally', 'ical', 'ential', 'ative',
]);
/** Lengths of the shortest and longest {@link SPLIT_SUFFIXES}: a run outside them needs no lookup. */
const SUFFIX_MIN = Math.min(...[...SPLIT_SUFFIXES].map((suffix) => suffix.length));
const SUFFIX_MAX = Math.max(...[...SPLIT_SUFFIXES].map((suffix) => suffix.length));

/** Characters a word before the punctuation may contain (`States`, `p.m.`, `(1)`). */
function isWordBefore(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 46 /* . */ || code === 41 /* ) */;
}
/** Characters a word after the punctuation may contain (`John`, `Kennedy’s`, `Russian-language`). */
function isWordAfter(code: number): boolean {
  return isLetterCode(code) || code === 0x2019 /* ’ */ || code === 39 /* ' */ || code === 45 /* - */;
}
/** Letters and apostrophes (`Kennedy’s`). */
function isLetterOrApostrophe(code: number): boolean {
  return isLetterCode(code) || code === 0x2019 || code === 39;
}
/** What a name before a misplaced space may contain (`Nixon`, `1969`, `(1)`). */
function isNameChar(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code) || code === 41;
}
/** Anything but whitespace and `;` (and not past the text's end). */
function isNotSpaceOrSemicolon(code: number): boolean {
  return code >= 0 && !isSpaceCode(code) && code !== 59;
}
/** `“` or `"`: a quotation opening right after the punctuation. */
function isQuote(code: number): boolean {
  return code === 0x201c || code === 34;
}

// The predicates take character codes: no one-character strings are made while scanning.
/** Start of the run of characters ending before `index` that satisfy `test`. */
function runStart(text: string, index: number, test: (code: number) => boolean): number {
  let start = index;
  while (start > 0 && test(text.charCodeAt(start - 1))) start--;
  return start;
}
/** End of the run of characters starting at `index` that satisfy `test`. */
function runEnd(text: string, index: number, test: (code: number) => boolean): number {
  let end = index;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}

/** A defect found at `[start, end)`. */
interface Finding {
  start: number;
  end: number;
}

/** A typographic rule: its id, the characters that trigger it, and the local check. */
interface TypographyRule {
  readonly ruleId: string;
  readonly triggers: readonly string[];
  /** Checks the occurrence of the trigger at `index`; returns the defect's extent or null. */
  readonly check: (text: string, index: number) => Finding | null;
  readonly message: (actual: string) => string;
  readonly expected?: (actual: string) => string;
}

/** `word:Word` — a missing space after a colon (not `10:00`, not `https://`). */
function checkColon(text: string, i: number): Finding | null {
  const next = text.charCodeAt(i + 1);
  if (!isWordBefore(text.charCodeAt(i - 1)) || !(isLetterCode(next) || isQuote(next))) return null;
  const start = runStart(text, i, isWordBefore);
  const before = text.slice(start, i).toLowerCase();
  if (before === 'http' || before === 'https' || before === 'mailto' || before === 'urn' || before === 'doi') return null;
  return { start, end: runEnd(text, i + 2, isWordAfter) };
}

/** `Series,USSR` or `30,1964` — a missing space after a comma (not `1,000`). */
function checkComma(text: string, i: number): Finding | null {
  if (!isWordBefore(text.charCodeAt(i - 1))) return null;
  const next = text.charCodeAt(i + 1);
  if (isLetterCode(next) || isQuote(next)) return { start: runStart(text, i, isWordBefore), end: runEnd(text, i + 2, isWordAfter) };
  const digitsEnd = runEnd(text, i + 1, isDigitCode);
  if (digitsEnd - (i + 1) === 4) return { start: runStart(text, i, isWordBefore), end: digitsEnd };
  return null;
}

/** `286-287;American` — a missing space after a semicolon (not an HTML entity). */
function checkSemicolon(text: string, i: number): Finding | null {
  if (!isNotSpaceOrSemicolon(text.charCodeAt(i - 1)) || !isNotSpaceOrSemicolon(text.charCodeAt(i + 1))) return null;
  const start = runStart(text, i, isNotSpaceOrSemicolon);
  if (text.charCodeAt(start) === 38 /* & */) return null;
  return { start, end: runEnd(text, i + 1, isNotSpaceOrSemicolon) };
}

/** `marking.Kennedy’s` — a missing space after a full stop (not `state.gov`). */
function checkPeriod(text: string, i: number): Finding | null {
  if (!isLowerCode(text.charCodeAt(i - 1)) || !isLowerCode(text.charCodeAt(i - 2)) || !isUpperCode(text.charCodeAt(i + 1)) || !isLowerCode(text.charCodeAt(i + 2))) return null;
  const start = runStart(text, i, isLowerCode);
  const before = text.charCodeAt(start - 1);
  if (before === 47 /* / */ || before === 64 /* @ */ || before === 46 /* . */) return null;
  return { start, end: runEnd(text, i + 1, isLetterOrApostrophe) };
}

/** `Nixon , 1969` — a space before a comma or semicolon (`i` is the space). */
function checkSpaceBefore(text: string, i: number): Finding | null {
  const after = text.charCodeAt(i + 2);
  if (after === after && !isSpaceCode(after)) return null; // the text's end counts as a space
  if (i > 0 && text.charCodeAt(i - 1) === 32) return null; // only the first space of a run
  const start = runStart(text, i, isNameChar);
  // Nothing before, or a bare number (`3 ,` in a list of pages): not a typesetting slip.
  if (start === i || runStart(text, i, isDigitCode) === start) return null;
  return { start, end: i + 2 };
}

/** `Correspond-ence` — a word split at a line break. */
function checkHyphenation(text: string, i: number): Finding | null {
  const start = runStart(text, i, isLetterCode);
  if (i - start < 3) return null;
  let suffixStart = i + 1;
  const next = text.charCodeAt(suffixStart);
  if (next === 32 || next === 10) suffixStart++;
  const end = runEnd(text, suffixStart, isLetterCode);
  const length = end - suffixStart;
  if (length < SUFFIX_MIN || length > SUFFIX_MAX || !SPLIT_SUFFIXES.has(text.slice(suffixStart, end))) return null;
  return { start, end };
}

const RULES: readonly TypographyRule[] = [
  {
    ruleId: 'missing-space-after-colon',
    triggers: [':'],
    check: checkColon,
    message: (a) => `Unexpected \`${a}\`, expected a space after the colon`,
    expected: (a) => a.replace(':', ': '),
  },
  {
    ruleId: 'missing-space-after-comma',
    triggers: [','],
    check: checkComma,
    message: (a) => `Unexpected \`${a}\`, expected a space after the comma`,
    expected: (a) => a.replace(',', ', '),
  },
  {
    ruleId: 'missing-space-after-semicolon',
    triggers: [';'],
    check: checkSemicolon,
    message: (a) => `Unexpected \`${a}\`, expected a space after the semicolon`,
    expected: (a) => a.replace(';', '; '),
  },
  {
    ruleId: 'missing-space-after-period',
    triggers: ['.'],
    check: checkPeriod,
    message: (a) => `Unexpected \`${a}\`, expected a space after the full stop`,
    expected: (a) => a.replace('.', '. '),
  },
  {
    ruleId: 'space-before-punctuation',
    triggers: [' ,', ' ;'],
    check: checkSpaceBefore,
    message: (a) => `Unexpected space before \`${a.at(-1)}\` in \`${a}\`, expected none`,
    expected: (a) => a.replace(/ (?=[,;]$)/, ''),
  },
  {
    ruleId: 'hyphenation-artifact',
    triggers: ['-'],
    check: checkHyphenation,
    message: (a) => `Unexpected \`${a}\`, a word split at a line break, expected \`${a.replace(/-\s?/, '')}\``,
    expected: (a) => a.replace(/-\s?/, ''),
  },
];

/** Whether `code` is `,` or `;`, which a misplaced space may precede. */
function isCommaOrSemicolon(code: number): boolean {
  return code === 44 || code === 59;
}

/** Whether the character after `index` is whitespace or the text ends there (`\s` or nothing, as the pattern sees it). */
function isBlankAfter(text: string, index: number): boolean {
  return index + 1 >= text.length || isSpaceCode(text.charCodeAt(index + 1));
}

/**
 * Occurrences of the triggers that a rule could flag, taken from the note's marks
 * ({@link findMarks}): every hyphen (the check looks behind it), a `:` `,` `;` or `.` only when
 * something other than whitespace follows it (every check needs that), and a space before `,`
 * or `;`. Most punctuation in a note is followed by a space, so few candidates reach the checks.
 * It must stay a superset of what the rules flag: it skips only occurrences whose check would
 * return null. Offsets are in `text`, in text order.
 */
function findCandidates(text: string, marks: readonly number[]): number[] {
  const candidates: number[] = [];
  for (const i of marks) {
    const code = text.charCodeAt(i);
    if (code === 45 /* - */) candidates.push(i);
    else if (isPunctuationTrigger(code)) {
      // The space of ` ,` comes first; the punctuation itself counts only when a non-blank follows.
      if (i > 0 && isCommaOrSemicolon(code) && text.charCodeAt(i - 1) === 32) candidates.push(i - 1);
      if (!isBlankAfter(text, i)) candidates.push(i);
    }
  }
  return candidates;
}

/** Whether `code` is `:` `,` `;` or `.`, the punctuation a missing space may follow. */
function isPunctuationTrigger(code: number): boolean {
  return code === 58 || code === 44 || code === 59 || code === 46;
}

/** Whether the candidate at `index` is an occurrence of `trigger` (one character, or a space and one). */
function isTriggerAt(text: string, index: number, trigger: string): boolean {
  if (text.charCodeAt(index) !== trigger.charCodeAt(0)) return false;
  return trigger.length === 1 || text.charCodeAt(index + 1) === trigger.charCodeAt(1);
}

/**
 * Runs every typographic rule over `text`. Offsets are relative to `text`. `marks` are the
 * note's marks, when the caller has them already.
 */
export function checkTypography(text: string, marks: readonly number[] = findMarks(text)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const candidates = findCandidates(text, marks);
  if (candidates.length === 0) return diagnostics;
  for (const rule of RULES) {
    for (const trigger of rule.triggers) scanTrigger(text, rule, trigger, candidates, diagnostics);
  }
  return diagnostics;
}

/** Checks every candidate occurrence of one trigger of `rule`, in text order, one finding per run. */
function scanTrigger(text: string, rule: TypographyRule, trigger: string, candidates: readonly number[], diagnostics: Diagnostic[]): void {
  let from = 0; // a finding covers the occurrences up to its end
  for (const i of candidates) {
    if (i < from || !isTriggerAt(text, i, trigger)) continue;
    const found = rule.check(text, i);
    if (!found) continue;
    const actual = text.slice(found.start, found.end);
    const diagnostic: Diagnostic = { ruleId: rule.ruleId, severity: 'warning', message: rule.message(actual), range: [found.start, found.end], actual };
    if (rule.expected) diagnostic.expected = rule.expected(actual);
    diagnostics.push(diagnostic);
    from = Math.max(i, found.end - 1) + 1;
  }
}
