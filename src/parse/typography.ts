/**
 * Typographic checks over the whole note: missing spaces after punctuation, spaces before it,
 * and line-break hyphenation left in the text. Each rule has a stable id and is triggered by
 * one character: the scan jumps from one occurrence of that character to the next and looks
 * only at its neighbours, so the whole check is linear and cheap.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { isDigit, isLetter, isLower, isSpace, isUpper } from './chars.js';

/** Word endings that a line break split off (`Correspond-ence`). */
const SPLIT_SUFFIXES: ReadonlySet<string> = new Set([
  'ence', 'ences', 'ance', 'ances', 'ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ity', 'ities',
  'ness', 'ary', 'ory', 'ible', 'able', 'ing', 'ings', 'ized', 'ised', 'ally', 'ical', 'ential', 'ative',
]);

/** Characters a word before the punctuation may contain (`States`, `p.m.`, `(1)`). */
function isWordBefore(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch) || ch === '.' || ch === ')';
}
/** Characters a word after the punctuation may contain (`John`, `Kennedy’s`, `Russian-language`). */
function isWordAfter(ch: string | undefined): boolean {
  return isLetter(ch) || ch === '’' || ch === "'" || ch === '-';
}

/** Start of the run of characters ending before `index` that satisfy `test`. */
function runStart(text: string, index: number, test: (ch: string | undefined) => boolean): number {
  let start = index;
  while (start > 0 && test(text[start - 1])) start--;
  return start;
}
/** End of the run of characters starting at `index` that satisfy `test`. */
function runEnd(text: string, index: number, test: (ch: string | undefined) => boolean): number {
  let end = index;
  while (end < text.length && test(text[end])) end++;
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
  if (!isWordBefore(text[i - 1]) || !(isLetter(text[i + 1]) || text[i + 1] === '“' || text[i + 1] === '"')) return null;
  const start = runStart(text, i, isWordBefore);
  const before = text.slice(start, i).toLowerCase();
  if (before === 'http' || before === 'https' || before === 'mailto' || before === 'urn' || before === 'doi') return null;
  return { start, end: runEnd(text, i + 2, isWordAfter) };
}

/** `Series,USSR` or `30,1964` — a missing space after a comma (not `1,000`). */
function checkComma(text: string, i: number): Finding | null {
  if (!isWordBefore(text[i - 1])) return null;
  const next = text[i + 1];
  if (isLetter(next) || next === '“' || next === '"') return { start: runStart(text, i, isWordBefore), end: runEnd(text, i + 2, isWordAfter) };
  const digitsEnd = runEnd(text, i + 1, isDigit);
  if (digitsEnd - (i + 1) === 4) return { start: runStart(text, i, isWordBefore), end: digitsEnd };
  return null;
}

/** `286-287;American` — a missing space after a semicolon (not an HTML entity). */
function checkSemicolon(text: string, i: number): Finding | null {
  const notSpace = (ch: string | undefined): boolean => ch !== undefined && !isSpace(ch) && ch !== ';';
  if (!notSpace(text[i - 1]) || !notSpace(text[i + 1])) return null;
  const start = runStart(text, i, notSpace);
  if (text[start] === '&') return null;
  return { start, end: runEnd(text, i + 1, notSpace) };
}

/** `marking.Kennedy’s` — a missing space after a full stop (not `state.gov`). */
function checkPeriod(text: string, i: number): Finding | null {
  if (!isLower(text[i - 1]) || !isLower(text[i - 2]) || !isUpper(text[i + 1]) || !isLower(text[i + 2])) return null;
  const start = runStart(text, i, isLower);
  if (text[start - 1] === '/' || text[start - 1] === '@' || text[start - 1] === '.') return null;
  return { start, end: runEnd(text, i + 1, (ch) => isLetter(ch) || ch === '’' || ch === "'") };
}

/** `Nixon , 1969` — a space before a comma or semicolon (`i` is the space). */
function checkSpaceBefore(text: string, i: number): Finding | null {
  if (!isSpace(text[i + 2] ?? ' ')) return null;
  if (i > 0 && text[i - 1] === ' ') return null; // only the first space of a run
  const start = runStart(text, i, (ch) => isLetter(ch) || isDigit(ch) || ch === ')');
  // Nothing before, or a bare number (`3 ,` in a list of pages): not a typesetting slip.
  if (start === i || runStart(text, i, isDigit) === start) return null;
  return { start, end: i + 2 };
}

/** `Correspond-ence` — a word split at a line break. */
function checkHyphenation(text: string, i: number): Finding | null {
  const start = runStart(text, i, isLetter);
  if (i - start < 3) return null;
  let suffixStart = i + 1;
  if (text[suffixStart] === ' ' || text[suffixStart] === '\n') suffixStart++;
  const end = runEnd(text, suffixStart, isLetter);
  if (!SPLIT_SUFFIXES.has(text.slice(suffixStart, end))) return null;
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

/** Runs every typographic rule over `text`. Offsets are relative to `text`. */
export function checkTypography(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    for (const trigger of rule.triggers) scanTrigger(text, rule, trigger, diagnostics);
  }
  return diagnostics;
}

/** Checks every occurrence of one trigger of `rule`, one finding per run. */
function scanTrigger(text: string, rule: TypographyRule, trigger: string, diagnostics: Diagnostic[]): void {
  for (let i = text.indexOf(trigger); i >= 0; i = text.indexOf(trigger, i + 1)) {
    const found = rule.check(text, i);
    if (!found) continue;
    const actual = text.slice(found.start, found.end);
    const diagnostic: Diagnostic = { ruleId: rule.ruleId, severity: 'warning', message: rule.message(actual), range: [found.start, found.end], actual };
    if (rule.expected) diagnostic.expected = rule.expected(actual);
    diagnostics.push(diagnostic);
    i = Math.max(i, found.end - 1);
  }
}
