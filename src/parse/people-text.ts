/**
 * Tests on the text of people clauses (stage 3c, readPeople in people.ts): cheap checks on code
 * units that decide the usual cases without running a pattern, each exact for what it replaces;
 * and the searches for what may follow a name (a qualifier, a place), read in place.
 *
 * @module
 */
import { OFFICE_NAME_ENDINGS, OFFICE_NAME_OPENINGS, OFFICE_NAMES_WITH_AND, PERSONAL_TITLES } from '../vocab/office-names.js';
import { hasWordAt, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, nextBracket } from './chars.js';
import { trimmedSpanOf, type Span } from './span.js';

/**
 * The parentheses that end a name (`Veliotes (SOV)`): what they hold (1 to 40 characters, no
 * bracket) and where the blanks before them start. This is what the pattern
 * `(?<!\s)\s*\(([^()]{1,40})\)\s*$` finds, found from the end: only the last `(` can match.
 */
export function trailingParens(text: string): { index: number; inside: string } | null {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end < 3 || text.charCodeAt(end - 1) !== 41) return null; // )
  const open = text.lastIndexOf('(', end - 2);
  if (open < 0 || end - 1 - open > 41) return null;
  const inside = text.slice(open + 1, end - 1);
  if (inside.length === 0 || inside.includes(')')) return null;
  let index = open;
  while (index > 0 && isSpaceCode(text.charCodeAt(index - 1))) index--;
  return { index, inside };
}

/**
 * Whether a group opens with `by`, a space and a name (not `by telephone`): the usual case,
 * with nothing else before the names. Tested on code units: a pattern costs more to start.
 */
export function opensWithPlainBy(text: string): boolean {
  return (
    text.length > 3 &&
    text.charCodeAt(0) === 98 && // b
    text.charCodeAt(1) === 121 && // y
    text.charCodeAt(2) === 32 &&
    !isSpaceCode(text.charCodeAt(3)) &&
    !hasWordAt(text, 3, 'telephone')
  );
}

/** Whether `text` ends as SIMPLE_NAMES does, in a letter, an apostrophe, a hyphen or `)` (`Rusk.` does not). */
export function endsLikeName(text: string): boolean {
  if (text.length === 0) return false; // no read past the end
  const code = text.charCodeAt(text.length - 1);
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 39 || code === 0x2019 || code === 45 || code === 41;
}

/**
 * Whether `text` is a single word of SIMPLE_NAMES (in people-names.ts), a capital and then
 * letters, apostrophes and hyphens (`Rusk`, `O'Neill`): what most groups name, told on code units
 * without the pattern, and read as it is.
 */
export function isOneName(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false; // also no read past the end
  for (let k = 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 0x2019 || code === 45)) return false;
  }
  return true;
}

/** The offset of the first bracket in `text`, or its length when it has none. */
export function firstBracket(text: string): number {
  const at = nextBracket(text, 0);
  return at < 0 ? text.length : at;
}

/** How a code unit changes the bracket depth: `(`/`[` open, `)`/`]` close. */
export function bracketStep(code: number): number {
  return code === 40 || code === 91 ? 1 : code === 41 || code === 93 ? -1 : 0;
}

/** Drops a trailing ", and" / " and" left before the next verb. */
export function trimWordAnd(span: Span): Span {
  const text = span.text;
  let end = text.length;
  if (end === 0) return span; // no read past the end
  const lastCode = text.charCodeAt(end - 1);
  // Only a text that ends in "d" or a blank can end in "and".
  if ((lastCode | 32) !== 100 && !isSpaceCode(lastCode)) return span;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end < 4 || !endsWithAnd(text, end)) return span;
  let cut = end - 3;
  const before = text.charCodeAt(cut - 1);
  if (!isSpaceCode(before) && before !== 44) return span; // `Rand`, not `… and`
  while (cut > 0 && isSpaceCode(text.charCodeAt(cut - 1))) cut--;
  if (cut > 0 && text.charCodeAt(cut - 1) === 44) cut--;
  return trimmedSpanOf(span, 0, cut);
}

/** Whether `text[0, end)` ends in "and", in either case (`end` ≥ 3). */
function endsWithAnd(text: string, end: number): boolean {
  // `| 32` maps an ASCII capital to its small letter, and no other code unit to a, n or d.
  return (text.charCodeAt(end - 3) | 32) === 97 && (text.charCodeAt(end - 2) | 32) === 110 && (text.charCodeAt(end - 1) | 32) === 100;
}

/** Whether a clause body is empty but for "and" and commas (`Drafted and approved by …`). */
export function onlyAnd(text: string): boolean {
  // Read on code units: blanks and commas, perhaps one "and" in either case, blanks and commas.
  const start = afterBlanksAndCommas(text, 0);
  if (start === text.length) return true;
  return start + 3 <= text.length && endsWithAnd(text, start + 3) && afterBlanksAndCommas(text, start + 3) === text.length;
}

/** The offset of the first character from `from` on that is neither a blank nor a comma. */
function afterBlanksAndCommas(text: string, from: number): number {
  let at = from;
  while (at < text.length && (isSpaceCode(text.charCodeAt(at)) || text.charCodeAt(at) === 44)) at++;
  return at;
}

/**
 * The offset of the first separator of SIMPLE_NAMES (in people.ts) in `text` from `from` on —
 * `, and `, `, ` or ` and `, as the pattern `/, and |, | and /g` finds them there — or -1. Every
 * comma of such names is followed by a blank, and no name holds " and ": the separators are
 * found by indexOf. {@link separatorEnd} tells where the one found ends.
 */
export function simpleSeparator(text: string, from: number): number {
  const comma = text.indexOf(',', from);
  const and = text.indexOf(' and ', from);
  return comma < 0 ? and : and < 0 || comma < and ? comma : and;
}

/** Where the separator of simple names at `at` ({@link simpleSeparator}) ends. */
export function separatorEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 44) return at + 5; // ` and `
  return text.startsWith(' and ', at + 1) ? at + 6 : at + 2; // `, and ` or `, `
}

/**
 * Qualifiers after a name (`Toon in substance`, `Flesch for paragraph 2`, `Steeves on behalf of
 * Parsons`, `Bundy for transmission`). Candidates are found here; {@link qualifierAt} checks what must follow each, so
 * that no pattern has to scan ahead to the end of the text from every position.
 */
const QUALIFIER_START = /(?<!\s)\s+(in\s+substance|in\s+draft|for\s+the\s+Secretary|for\s+transmission|for\s+paragraphs?\s+|on\s+behalf\s+of\s+)/gi;
/** A paragraph reference (`2`, `3 and 4`) ending the text, matched from `lastIndex`. */
const PARAGRAPH_REFERENCE = /[\w\s,–-]{1,20}$/y;
/** A line break at or after `lastIndex`. */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/** Whether `text` holds a line break at or after `from` (a qualifier or place does not run over one). */
function hasLineBreakFrom(text: string, from: number): boolean {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.test(text);
}
/** `… in the Office of …`, `… at the White House` (or in telegram capitals, `… AT THE WHITE HOUSE`): candidates for a place after a name. */
const PLACE_START = /(?<!\s)\s+(?:in|at|IN|AT)\s+(?:the\s+|THE\s+)?/g;

/**
 * The offset of the first trailing qualifier of `text`, or -1. What follows a candidate is read
 * in place, from its offset: no slice of the rest.
 */
export function qualifierAt(text: string): number {
  QUALIFIER_START.lastIndex = 0;
  for (let match = QUALIFIER_START.exec(text); match; match = QUALIFIER_START.exec(text)) {
    const rest = match.index + match[0].length;
    const first = match[1]!.charCodeAt(0) | 32; // f, o or i, in lower case
    if (first === 102 && isSpaceCode(text.charCodeAt(rest - 1))) {
      PARAGRAPH_REFERENCE.lastIndex = rest;
      if (PARAGRAPH_REFERENCE.test(text)) return match.index; // for paragraph(s) N
    } else if (first === 111) {
      const length = text.length - rest;
      if (length >= 1 && length <= 60 && !hasLineBreakFrom(text, rest)) return match.index; // on behalf of X
    } else if (rest === text.length) {
      return match.index; // in substance, in draft, for the Secretary, for transmission
    }
  }
  return -1;
}

/**
 * An office named in words after "of the" (`William H. Brubeck of the Executive Secretariat`):
 * the offset of the blank before "of" and the office, or null. The words before must read as a
 * person, not a title (`Secretary of the Treasury`) or a name with a place (`Bernau in the
 * Office of the Secretary of State`, which {@link placeAfter} reads).
 */
export function officeInWordsAfter(text: string): { index: number; office: string } | null {
  const of = text.indexOf(' of the ');
  if (of <= 0 || !isUpperCode(text.charCodeAt(0))) return null;
  const start = of + 8;
  const length = text.length - start;
  if (length < 5 || length > 80 || !opensOfficeName(text, start) || hasLineBreakFrom(text, start)) return null;
  const lastSpace = text.lastIndexOf(' ', of - 1);
  if (PERSONAL_TITLES.has(text.slice(lastSpace + 1, of)) || PLACE_WORD.test(text.slice(0, of))) return null;
  return { index: of, office: text.slice(start) };
}

/** The most words after "and" that {@link officeNameRunsOn} reads before giving up. */
const MAX_OFFICE_WORDS_AFTER_AND = 8;

/**
 * Whether the "and" of a list of names at `and` (`and ` ends at `tailStart`) is one of an office
 * named in words (`Robert Oakley of the Bureau of Near Eastern and South Asian Affairs`,
 * `National Intelligence Officer for the USSR and Eastern Europe`): the name since `from` holds
 * " of " or " for ", and the words after "and", each capitalised or "and" and
 * separated by single blanks, reach one of OFFICE_NAME_ENDINGS. A new name (`… Affairs and
 * Jones`, `… and Jones of the Embassy`) reaches none.
 */
export function officeNameRunsOn(text: string, from: number, and: number, tailStart: number): boolean {
  const of = text.indexOf(' of ', from);
  // `Special Assistant to the President for European and Soviet Affairs`: "for" links a title to its field as "of" does.
  if ((of < 0 || of >= and) && !hasForBefore(text, from, and)) return isOfficeNameWithAnd(text, from, and, tailStart);
  return runsToOfficeEnding(text, tailStart) || isOfficeNameWithAnd(text, from, and, tailStart);
}

/** Whether the words at `tailStart`, each capitalised or "and", reach one of OFFICE_NAME_ENDINGS. */
function runsToOfficeEnding(text: string, tailStart: number): boolean {
  let k = tailStart;
  for (let words = 0; words < MAX_OFFICE_WORDS_AFTER_AND && k < text.length; words++) {
    let end = k;
    while (end < text.length && (isLetterCode(text.charCodeAt(end)) || text.charCodeAt(end) === 45 /* - */)) end++;
    if (end === k) return false;
    const word = text.slice(k, end);
    if (OFFICE_NAME_ENDINGS.has(word)) return true;
    if (!isUpperCode(text.charCodeAt(k)) && word !== 'and') return false;
    if (end >= text.length || text.charCodeAt(end) !== 32) return false;
    k = end + 1;
  }
  return false;
}

/**
 * Whether the "and" at `and` joins the words of one of OFFICE_NAMES_WITH_AND (`the Foreign and
 * Commonwealth Office`): its head ends right before the "and", its tail opens after it.
 */
function isOfficeNameWithAnd(text: string, from: number, and: number, tailStart: number): boolean {
  // Every tail opens with a capital: a small word after "and" is passed over without a look at the table.
  if (!isUpperCode(text.charCodeAt(tailStart))) return false;
  let headEnd = and;
  while (headEnd > from && isSpaceCode(text.charCodeAt(headEnd - 1))) headEnd--;
  for (const [head, tail] of OFFICE_NAMES_WITH_AND) {
    if (headEnd - head.length >= from && text.startsWith(tail, tailStart) && text.startsWith(head, headEnd - head.length)) return true;
  }
  return false;
}

/** Whether " for " stands in `text` between `from` and `end`. */
function hasForBefore(text: string, from: number, end: number): boolean {
  const at = text.indexOf(' for ', from);
  return at >= 0 && at < end;
}

/**
 * Whether `text` is written as an office symbol (`NSC`, `S/S-RO`, `EUR/SOV`): a symbol of the
 * table, or two to twelve capitals, slashes and dashes with at least two capitals.
 */
export function isSymbolShaped(text: string, known: (symbol: string) => boolean): boolean {
  if (text.length < 2 || text.length > 12) return text.length === 1 && known(text);
  let capitals = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 65 && code <= 90) capitals++;
    else if (code !== 47 /* / */ && code !== 45 /* - */ && code !== 0x2013 /* – */) return false;
  }
  return capitals >= 2 || known(text);
}

/**
 * Whether the text in parentheses after an office symbol is a person's name (`Matlock` in `NSC
 * (Matlock)`, `Jack F. Matlock`): one to four words of letters (and points, apostrophes,
 * hyphens), the first capitalised, some letter in lower case (`(SOV)` is a symbol), not a title
 * (`Staff`, `Director`) nor an office named in words (`Office of …`).
 */
export function isPersonInParens(text: string): boolean {
  if (text.length === 0 || !isUpperCode(text.charCodeAt(0))) return false;
  let lower = false;
  let words = 1;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 32) {
      if (++words > 4) return false;
    } else if (isLetterCode(code)) {
      if (!lower && isLowerCode(code)) lower = true;
    } else if (code !== 46 /* . */ && code !== 39 /* ' */ && code !== 0x2019 /* ’ */ && code !== 45 /* - */) return false;
  }
  const space = text.indexOf(' ');
  return lower && !PERSONAL_TITLES.has(space < 0 ? text : text.slice(0, space)) && !opensOfficeName(text, 0);
}

/** " in " or " at " between words: a place follows the name. */
const PLACE_WORD = / (?:in|at) /i;

/** Whether one of OFFICE_NAME_OPENINGS opens `text` at `from`, as whole words. */
export function opensOfficeName(text: string, from: number): boolean {
  for (const opening of OFFICE_NAME_OPENINGS) {
    const end = from + opening.length;
    if (text.startsWith(opening, from) && (end === text.length || !isLetterCode(text.charCodeAt(end)))) return true;
  }
  return false;
}

/**
 * Words after "in" or "at" that open a phrase on why or how a paper was made, not a place
 * (`in response to NSSM 9`, `in consultation with EUR`, `at the request of Kissinger`).
 */
const NO_PLACE_WORDS: readonly string[] = ['response ', 'reply ', 'consultation ', 'coordination ', 'cooperation ', 'connection ', 'preparation ', 'accordance ', 'request '];

/** Whether a word of NO_PLACE_WORDS opens `text` at `from`. */
function opensNoPlacePhrase(text: string, from: number): boolean {
  for (const word of NO_PLACE_WORDS) if (text.startsWith(word, from)) return true;
  return false;
}

/**
 * The first place after a name (`in the Office of the Secretary of State`): its offset and text.
 * A phrase of NO_PLACE_WORDS after "in" or "at" (`in response to NSSM 9`) is no place: the name
 * ends there, with an empty place.
 */
export function placeAfter(text: string): { index: number; place: string } | null {
  PLACE_START.lastIndex = 0;
  for (let match = PLACE_START.exec(text); match; match = PLACE_START.exec(text)) {
    const start = match.index + match[0].length;
    if (isLowerCode(text.charCodeAt(start)) && opensNoPlacePhrase(text, start)) return { index: match.index, place: '' };
    const length = text.length - start;
    if (length >= 2 && length <= 80 && !hasLineBreakFrom(text, start)) return { index: match.index, place: text.slice(start) };
  }
  return null;
}
