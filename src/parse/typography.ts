/**
 * Typographic checks over the whole note: missing spaces after punctuation, spaces before it,
 * and line-break hyphenation left in the text. Each rule has a stable id and is triggered by
 * one character: the scan jumps from one occurrence of that character to the next and looks
 * only at its neighbours, so the whole check is linear and cheap.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { isDigitCode, isLetterCode, isSpaceCode, isUpperCode, unspacedStopWordStart } from './chars.js';
import { findMarks } from './marks.js';
import { findOfficeSymbol } from '../vocab/office-symbols.js';
import { gluesNoteSentenceAt } from './sentences.js';

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
/** Letters and digits (`CINCPAC`, `2463`). */
function isLetterOrDigit(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code);
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

/** `word:Word` — a missing space after a colon (not `10:00`, not `https://`, not `EUR/SOV:TWGRAHAM`). */
function checkColon(text: string, i: number): Finding | null {
  const next = text.charCodeAt(i + 1);
  if (!isWordBefore(text.charCodeAt(i - 1)) || !(isLetterCode(next) || isQuote(next))) return null;
  const start = runStart(text, i, isWordBefore);
  if (isTelegramColon(text, start, i)) return null;
  const before = text.slice(start, i).toLowerCase();
  if (before === 'http' || before === 'https' || before === 'mailto' || before === 'urn' || before === 'doi') return null;
  return { start, end: runEnd(text, i + 2, isWordAfter) };
}

/**
 * Whether the colon at `colon`, after the word at `[start, colon)`, joins an office to a name in
 * the telegram's own capitals, which print no space there (`Drafted by EUR/SOV:MGARRISON`,
 * `approved by P:DNEWSOM`, the typist's initials in `EUR/SOV:JFMATLOCK:MJH`): the word before
 * is capitals that end an office's symbol after `/` or a dash (`S/S-O`), are an office's symbol of the table or
 * follow another such colon, and a word of two capitals or more, or an initial (`EUR/RPM:J. Goodby`),
 * follows. `STATES:JOHN` is none.
 */
function isTelegramColon(text: string, start: number, colon: number): boolean {
  // A word of two capitals (`MGARRISON`, `RSteven`) or an initial (`EUR/RPM:J. Goodby`).
  if (!isUpperCode(text.charCodeAt(colon + 1)) || !(isUpperCode(text.charCodeAt(colon + 2)) || text.charCodeAt(colon + 2) === 46 /* . */)) return false;
  const before = text.charCodeAt(start - 1);
  // The typist's initials after the name and its office (`EUR/SOV:JFMATLOCK:MJH`, `AF/S:JRBullington:CAC`).
  if (before === 58 /* : */) return true;
  for (let j = start; j < colon; j++) if (!isUpperCode(text.charCodeAt(j))) return false;
  // … and after a blank that follows the office's colon (`EUR/SOV: RBARRY:LR`).
  if (before === 32 && text.charCodeAt(start - 2) === 58 /* : */) return true;
  // After `/` (`EUR/SOV:`) or a dash (`S/S-O:`, `S/S–O:`).
  if (before === 47 /* / */ || before === 45 /* - */ || before === 0x2013 /* – */) return true;
  return colon - start <= 4 && findOfficeSymbol(text.slice(start, colon)) !== undefined;
}

/** `Series,USSR`, `30,1964` or `Files,611.61/…` — a missing space after a comma (not `1,000`). */
function checkComma(text: string, i: number): Finding | null {
  const before = text.charCodeAt(i - 1);
  if (!isWordBefore(before)) return null;
  const next = text.charCodeAt(i + 1);
  if (isLetterCode(next) || isQuote(next)) return { start: runStart(text, i, isWordBefore), end: runEnd(text, i + 2, isWordAfter) };
  const digitsEnd = runEnd(text, i + 1, isDigitCode);
  // A year after a number (`30,1964`), or any number after a word: only figures join figures with a comma.
  if (digitsEnd - (i + 1) === 4 || (digitsEnd > i + 1 && isLetterCode(before))) return { start: runStart(text, i, isWordBefore), end: digitsEnd };
  return null;
}

/** `286-287;American` — a missing space after a semicolon (not an HTML entity). */
function checkSemicolon(text: string, i: number): Finding | null {
  if (!isNotSpaceOrSemicolon(text.charCodeAt(i - 1)) || !isNotSpaceOrSemicolon(text.charCodeAt(i + 1))) return null;
  const start = runStart(text, i, isNotSpaceOrSemicolon);
  if (text.charCodeAt(start) === 38 /* & */) return null;
  return { start, end: runEnd(text, i + 1, isNotSpaceOrSemicolon) };
}

/**
 * `marking.Kennedy’s`, `Secret.Drafted` — a missing space after a full stop (not `state.gov`);
 * and after a code or a number before a marking or a sentence's opening word (`VIET S.Secret`,
 * `CINCPAC.Received`), where the splitter ends a sentence too.
 */
function checkPeriod(text: string, i: number): Finding | null {
  // Both readings need a capital after the stop (not the point of a file number, `611.61`).
  if (!isUpperCode(text.charCodeAt(i + 1))) return null;
  const start = unspacedStopWordStart(text, i);
  if (start >= 0) return { start, end: runEnd(text, i + 1, isLetterOrApostrophe) };
  if (!gluesNoteSentenceAt(text, i)) return null;
  // The code or number before the stop, or the bracket that closes there (`(FE).Repeated`).
  return { start: text.charCodeAt(i - 1) === 41 /* ) */ ? i - 1 : runStart(text, i, isLetterOrDigit), end: runEnd(text, i + 1, isLetterOrApostrophe) };
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

/** Whether the character after `index` is whitespace or the text ends there (`\s` or nothing, as the pattern sees it). */
function isBlankAfter(text: string, index: number): boolean {
  return index + 1 >= text.length || isSpaceCode(text.charCodeAt(index + 1));
}

/**
 * The rule of each trigger, trigger by trigger in RULES order: a slot is the unit findings are
 * kept and reported in (a rule's findings by trigger, each trigger's in text order).
 */
const SLOTS: readonly TypographyRule[] = RULES.flatMap((rule) => rule.triggers.map(() => rule));

/** The slot of a trigger in SLOTS. */
function slotOf(trigger: string): number {
  let slot = 0;
  for (const rule of RULES) {
    for (const other of rule.triggers) {
      if (other === trigger) return slot;
      slot++;
    }
  }
  throw new Error(`No typographic rule is triggered by "${trigger}"`);
}

const COLON_SLOT = slotOf(':');
const COMMA_SLOT = slotOf(',');
const SEMICOLON_SLOT = slotOf(';');
const PERIOD_SLOT = slotOf('.');
const SPACE_COMMA_SLOT = slotOf(' ,');
const SPACE_SEMICOLON_SLOT = slotOf(' ;');
const HYPHEN_SLOT = slotOf('-');

/**
 * Per slot, the offset before which its occurrences are covered by a finding of that slot (one
 * finding per run): scratch space, so that a check allocates nothing. Only a finding sets it,
 * so a call resets it only after one that found something (most notes have no finding).
 */
const COVERED = new Int32Array(SLOTS.length);
let coveredSet = false;

/**
 * Runs every typographic rule over `text`. Offsets are relative to `text`. `marks` are the
 * note's marks, when the caller has them already.
 */
export function checkTypography(text: string, marks: readonly number[] = findMarks(text)): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  appendTypography(text, marks, diagnostics);
  return diagnostics;
}

/**
 * Appends to `out` what {@link checkTypography} finds, rule by rule in RULES order, each rule's
 * findings in text order. One pass over the marks ({@link findMarks}) finds every occurrence a
 * rule could flag: every hyphen (the check looks behind it), a `:` `,` `;` or `.` only when
 * something other than whitespace follows it (every check needs that), and a space before `,`
 * or `;`. Most punctuation in a note is followed by a space, so few occurrences reach a check,
 * and most notes have no finding at all.
 */
export function appendTypography(text: string, marks: readonly number[], out: Diagnostic[]): void {
  if (coveredSet) {
    for (let slot = 0; slot < COVERED.length; slot++) COVERED[slot] = 0;
    coveredSet = false;
  }
  let found: Diagnostic[][] | null = null;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    const code = text.charCodeAt(i);
    let slot: number;
    if (code === 45 /* - */) slot = HYPHEN_SLOT;
    else if (code === 44 /* , */ || code === 59 /* ; */) {
      // The space of ` ,` comes before the punctuation, and counts whatever follows it.
      const spaceSlot = code === 44 ? SPACE_COMMA_SLOT : SPACE_SEMICOLON_SLOT;
      if (i > 0 && text.charCodeAt(i - 1) === 32 && i - 1 >= COVERED[spaceSlot]!) found = flag(text, spaceSlot, i - 1, found);
      if (isBlankAfter(text, i)) continue;
      slot = code === 44 ? COMMA_SLOT : SEMICOLON_SLOT;
    } else if (code === 58 /* : */ || code === 46 /* . */) {
      if (isBlankAfter(text, i)) continue;
      slot = code === 58 ? COLON_SLOT : PERIOD_SLOT;
    } else continue;
    if (i >= COVERED[slot]!) found = flag(text, slot, i, found);
  }
  if (found === null) return;
  for (const findings of found) for (const diagnostic of findings) out.push(diagnostic);
}

/**
 * Checks the occurrence at `i` for the rule of `slot`; a finding goes into that slot's list of
 * `found` (created with the first finding) and covers the slot's occurrences up to its end.
 */
function flag(text: string, slot: number, i: number, found: Diagnostic[][] | null): Diagnostic[][] | null {
  const rule = SLOTS[slot]!;
  const finding = rule.check(text, i);
  if (!finding) return found;
  const actual = text.slice(finding.start, finding.end);
  const diagnostic: Diagnostic = { ruleId: rule.ruleId, severity: 'warning', message: rule.message(actual), range: [finding.start, finding.end], actual };
  if (rule.expected) diagnostic.expected = rule.expected(actual);
  const lists = found ?? SLOTS.map((): Diagnostic[] => []);
  lists[slot]!.push(diagnostic);
  COVERED[slot] = Math.max(i, finding.end - 1) + 1;
  coveredSet = true;
  return lists;
}
