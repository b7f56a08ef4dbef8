/**
 * Stage 3c, the names of a group (`Laingen and Lincoln`, `Getz (EUR/RPM), Bernau, and Kohler`):
 * split at commas and "and" outside brackets, each name cleaned of qualifiers and articles,
 * with the office that follows it in parentheses, after `in`/`at` or `of`, and suffixes (`Jr.`)
 * kept with the name they follow.
 *
 * @module
 */
import type { Range } from '../model/diagnostic.js';
import type { Person } from '../model/provenance.js';
import { APPOSITIVE_TITLE_OPENINGS, INSTITUTION_WORDS } from '../vocab/office-names.js';
import { findOfficeSymbol } from '../vocab/office-symbols.js';
import { hasAndFrom, hasSpace, hasWordAt, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, startsWithOneOf } from './chars.js';
import { bracketStep, firstBracket, isPersonInParens, isSymbolShaped, officeInWordsAfter, officeNameRunsOn, placeAfter, qualifierAt, separatorEnd, simpleSeparator, trailingParens } from './people-text.js';
import { rangeOf, spanOf, trimmedSpanOf, trimSpan, type Span } from './span.js';

// `(?<![\s,])` and `(?<!\s)` let a match start only where a run of blanks starts: linear searches.
const NAME_SEPARATOR = /,\s*and\s+|,\s*|(?<![\s,])\s+and\s+|;\s*/gi;

/**
 * A name as a group's reader finds it, before its group's office, date and qualifier make it a
 * record ({@link person}). Every field is always set, so that the objects that flow through
 * the reader share one shape; a record has only the fields that are known.
 */
export interface NameRead {
  name: string;
  office: string | undefined;
  qualifier: string | undefined;
  range: Range;
  /** Its parentheses held a qualifier (`Rusk (in substance)`): annotated one by one, it shares no office. */
  annotated: boolean;
  /** Named after its office's symbol, in parentheses (`NSC (Matlock)`) or after a colon (`S/S–O: Davison`): the office, written first, is its alone. */
  officeFirst: boolean;
}

/** A name read, with an office and a qualifier only when known (an empty one is none, as in a record). */
export function nameRead(name: string, office: string | undefined, range: Range, qualifier?: string): NameRead {
  return { name, office: office || undefined, qualifier: qualifier || undefined, range, annotated: false, officeFirst: false };
}

/** Whether `symbol` is in the office-symbol table. */
export function isKnownSymbol(symbol: string): boolean {
  return findOfficeSymbol(symbol) !== undefined;
}
// `Shulman (info)`: cleared for information only, as the telegram's drafting line marks it.
const PAREN_QUALIFIER = /^(?:in substance|in draft|in part|in principle|by telephone|orally|informally|substance|subst?\.?|info)$/i;
/**
 * An office after "of" ending a name: a symbol (`Goodby of ACDA`), or a symbol's staff after
 * "the" (`Rodman of the NSC Staff`): group 1 is the office as written, group 2 its symbol.
 */
const OF_OFFICE = /(?<!\s)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?((\S{1,12})(?:\s+(?:[Ss]taff|STAFF))?)$/;
/** An office in capitals after "of" (`ACDA`, `S/P`), read as one only where the sentence is not in telegram capitals. */
const CAPITALS_OFFICE = /^\p{Lu}[\p{Lu}/]+$/u;
/** Any letter: a name holds one. */
const ANY_LETTER = /\p{L}/u;
const LEADING_ARTICLE = /^(?:the|his|her)\s+/i;
/** The office symbol that opens a name in the telegram's own style, before a colon (`EUR/SOV:TWGRAHAM`). */
const TELEGRAM_OFFICE = /^[A-Z][A-Z/\-–]{0,15}$/;

/**
 * Names that {@link cleanName} leaves as they are: capitalised words (`Phyllis D. Bernau`), none
 * a qualifier (`In substance`) or a place (`AT THE WHITE HOUSE`), "of" before an office (`GOODBY OF ACDA`) or, first, an article
 * (`The`) or, after a separator, "and" in capitals (`JONES, AND DAVIS`, which NAME_SEPARATOR
 * cuts), each perhaps followed by a
 * capitalised office in parentheses (`Getz (EUR/RPM)`), joined by `, and `, `, ` or ` and `; no
 * place or trailing full stop. Without parentheses, {@link readPerson} returns them as they are.
 */
export const SIMPLE_NAMES =
  /^(?!(?:T[Hh][Ee]|H[Ii][Ss]|H[Ee][Rr]) )[A-Z][A-Za-z'’-]*(?:\.? (?!(?:I[Nn]|A[Tt]|F[Oo][Rr]|O[Nn]|O[Ff]|A[Nn][Dd]) )[A-Z][A-Za-z'’-]*)*(?: \([A-Z][A-Z/-]*\))?(?:(?:, and |, | and )(?!(?:T[Hh][Ee]|H[Ii][Ss]|H[Ee][Rr]|A[Nn][Dd]) )[A-Z][A-Za-z'’-]*(?:\.? (?!(?:I[Nn]|A[Tt]|F[Oo][Rr]|O[Nn]|O[Ff]|A[Nn][Dd]) )[A-Z][A-Za-z'’-]*)*(?: \([A-Z][A-Z/-]*\))?)*$/;

/** A name stripped of what is not part of it, and the qualifiers after it (`in substance`), as written. */
interface CleanName {
  name: Span;
  qualifier: string | undefined;
}

/** Strips what is not part of a name, keeping the span aligned with the note. */
function cleanName(span: Span): CleanName {
  let name = trimSpan(span, ',;.');
  // A qualifier or an article is followed by a blank: a single word (most names) has neither.
  if (!hasSpace(name.text)) return { name, qualifier: undefined };
  const whole = name.text;
  for (;;) {
    const qualifier = qualifierAt(name.text);
    if (qualifier < 0) break;
    name = trimmedSpanOf(name, 0, qualifier);
  }
  // Qualifiers were cut from the end, the last first: together they are the rest of the name's text.
  const qualifier = name.text.length < whole.length ? whole.slice(name.text.length).trim() : undefined;
  const article = startsWithOneOf(name.text, 'th') ? LEADING_ARTICLE.exec(name.text) : null;
  if (article) name = spanOf(name, article[0].length, name.text.length);
  return { name, qualifier };
}

/** One name with what follows it: `Veliotes (SOV)`, `Phyllis D. Bernau in the Office of …`, `Toon in substance`. */
function readPerson(raw: Span): NameRead | null {
  const { name, qualifier } = cleanName(raw);
  if (!name.text) return null;
  // `Eagleburger (P), in substance, and Palmer`: a qualifier set off by commas names no one.
  if (startsWithOneOf(name.text, 'ibos') && PAREN_QUALIFIER.test(name.text)) return null;
  const found = personOf(name);
  // `Rusk (in substance) for paragraph 2`: the qualifiers after the name follow those in its parentheses.
  if (found && qualifier) found.qualifier = joinQualifiers(found.qualifier, qualifier);
  return found;
}

/** Whether `text` opens as TELEGRAM_OFFICE and its separator allow: an ASCII capital, then a capital, `/`, `-`, `:` or `—`. */
function opensOfficeSymbol(text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  const second = text.charCodeAt(1);
  return (second >= 65 && second <= 90) || second === 47 /* / */ || second === 45 /* - */ || second === 58 /* : */ || second === 0x2014 /* — */;
}

/** `qualifier` after the qualifiers `before`, if any (`in substance, for paragraph 2`). */
export function joinQualifiers(before: string | undefined, qualifier: string): string {
  return before ? `${before}, ${qualifier}` : qualifier;
}

/**
 * The length of the office symbol that opens a name as the telegram's drafting line prints it
 * (`EUR/SOV:TWGRAHAM`, `S/S: MHARRIS`), or as later notes print it with an em dash
 * (`EUR/SOV—Mark R. Parris`): capitals and slashes before the colon or dash, followed by a name;
 * -1 when the name opens otherwise.
 */
function telegramOfficeLength(text: string): number {
  // The symbol opens with a capital, then a capital, a slash, a hyphen or the separator: most names (`Rusk`) are turned down here.
  if (!opensOfficeSymbol(text)) return -1;
  const colon = text.indexOf(':');
  const separator = colon >= 0 ? colon : text.indexOf('\u2014');
  if (separator <= 0 || !TELEGRAM_OFFICE.test(text.slice(0, separator))) return -1;
  const next = text.charCodeAt(separator + 1 + (isSpaceCode(text.charCodeAt(separator + 1)) ? 1 : 0));
  return isUpperCode(next) ? separator : -1;
}

/** Whether `text` from `from` to its end is a typist's initials: two to four capitals (`MJH`) or small letters (`jp`). */
function isTypistInitials(text: string, from: number): boolean {
  const length = text.length - from;
  if (length < 2 || length > 4) return false;
  const isCase = isUpperCode(text.charCodeAt(from)) ? isUpperCode : isLowerCode;
  for (let at = from; at < text.length; at++) if (!isCase(text.charCodeAt(at))) return false;
  return true;
}

/** The person of a clean name (see {@link cleanName}) with what follows it. */
function personOf(name: Span): NameRead | null {
  let qualified = false;
  let office: string | undefined;
  const officeLength = telegramOfficeLength(name.text);
  const paren = officeLength > 0 ? null : trailingParens(name.text);
  if (officeLength > 0) {
    office = name.text.slice(0, officeLength);
    // `EUR/SOV:JFMATLOCK:MJH`: the typist's initials after a second colon are no part of the name.
    const typist = name.text.indexOf(':', officeLength + 1);
    name = trimmedSpanOf(name, officeLength + 1, typist > 0 && isTypistInitials(name.text, typist + 1) ? typist : name.text.length);
  } else if (paren) {
    // `Rusk (in substance)` qualifies the clearance; only other parentheses name an office.
    const inside = paren.inside.trim();
    if (!(startsWithOneOf(inside, 'ibos') && PAREN_QUALIFIER.test(inside))) office = inside;
    qualified = office === undefined;
    let before = trimmedSpanOf(name, 0, paren.index);
    // `Dam (D) (in substance)`: the office's parentheses before the qualifier's.
    const officeParen = qualified && before.text.charCodeAt(before.text.length - 1) === 41 /* ) */ ? trailingParens(before.text) : null;
    if (officeParen && isSymbolShaped(officeParen.inside.trim(), isKnownSymbol)) {
      office = officeParen.inside.trim();
      before = trimmedSpanOf(before, 0, officeParen.index);
    }
    if (office !== undefined && isSymbolShaped(before.text, isKnownSymbol) && isPersonInParens(inside)) {
      // `NSC (Matlock)`: the office's symbol, then the person in parentheses.
      const open = name.text.indexOf('(', paren.index);
      const named = trimmedSpanOf(name, open + 1, open + 1 + paren.inside.length);
      const found = nameRead(named.text, before.text, rangeOf(named));
      found.officeFirst = true;
      return found;
    }
    if (office !== undefined && isPersonInParens(inside) && isTitle(before.text)) {
      // `the Acting Secretary (Christopher)`: a title, then the person who held it in parentheses.
      const open = name.text.indexOf('(', paren.index);
      const named = trimmedSpanOf(name, open + 1, open + 1 + paren.inside.length);
      const found = nameRead(named.text, before.text, rangeOf(named));
      found.officeFirst = true;
      return found;
    }
    name = before;
  } else if (hasSpace(name.text)) {
    // A place or an `of` office follows a blank.
    const inWords = officeInWordsAfter(name.text);
    const place = inWords === null && mayHavePlace(name.text) ? placeAfter(name.text) : null;
    if (inWords) {
      office = inWords.office;
      name = trimmedSpanOf(name, 0, inWords.index);
    } else if (place && place.index > 0) {
      // `… in response to NSSM 9`: an empty place ends the name but names no office.
      office = place.place.trim() || undefined;
      name = trimmedSpanOf(name, 0, place.index);
    } else {
      const of = name.text.includes('of') || name.text.includes('OF') ? OF_OFFICE.exec(name.text) : null;
      // In telegram capitals (`GOODBY OF ACDA`) every word is in capitals: only a known symbol is an office there.
      if (of && (findOfficeSymbol(of[2]!) || (of[0].includes('of') && CAPITALS_OFFICE.test(of[2]!)))) {
        office = of[1]!;
        name = trimmedSpanOf(name, 0, of.index);
      }
    }
  }
  if (!name.text || !(isLetterCode(name.text.charCodeAt(0)) || ANY_LETTER.test(name.text))) return null;
  // `Rusk (in substance)`: the parentheses' words are the qualifier.
  const found = nameRead(name.text, office, rangeOf(name), qualified ? paren?.inside.trim() : undefined);
  found.annotated = qualified;
  // `S/S–O: Davison`: an office written before its name is that name's alone (`Simons and S/S–O: Davison`).
  found.officeFirst = officeLength > 0;
  return found;
}

/**
 * Whether a name may go on to a place (`in the Office of …`, `at the White House`): it holds
 * "in" or "at", or, in telegram capitals (a capital second), " IN " or " AT ".
 */
function mayHavePlace(text: string): boolean {
  return text.includes('in') || text.includes('at') || (isUpperCode(text.charCodeAt(1)) && (text.includes(' IN ') || text.includes(' AT ')));
}

/**
 * A person record with its optional fields only when known, in the record's key order. Each set
 * of fields has its literal: the record is built whole, with no field added to it afterwards.
 */
export function person(name: string, office: string | undefined, date: string | undefined, range: Range, qualifier: string | undefined): Person {
  if (!qualifier) {
    if (!date) return office ? { name, office, range } : { name, range };
    return office ? { name, office, date, range } : { name, date, range };
  }
  if (!date) return office ? { name, office, qualifier, range } : { name, qualifier, range };
  return office ? { name, office, date, qualifier, range } : { name, date, qualifier, range };
}

/**
 * A suffix that follows a name after a comma, read as a name of its own by the splitting: `Jr.`
 * (`E. Allan Lightner, Jr.`), or the armed service of an officer (`Colonel Edward G. Lansdale,
 * USAF`, `Captain Anderson, USN`), which names no one else.
 */
const NAME_SUFFIX = /^(?:(?:Jr|Sr|II|III|IV)\.?|US(?:A|AF|N|MC|CG|NR|AR))$/;

/**
 * Joins each person of `persons[from…]` whose name is only a suffix (`Jr`) to the person before
 * it in the same group, when nothing but a comma and blanks lies between them: the name runs on
 * to the suffix, with its full stop (`E. Allan Lightner, Jr.`), and takes the suffix's office if
 * it has one. A "person" that opens with "of" after a comma (`Jones, USN, of the Joint Staff`),
 * or that is a staff (`Sonnenfeldt, NSC staff`), is the office of the one before, when that has none. Returns whether any was joined.
 */
export function joinNameSuffixes(body: Span, persons: NameRead[], from: number): boolean {
  // One pass, compacting in place: each person is kept, or joined to the one kept before it.
  let kept = from;
  for (let k = from; k < persons.length; k++) {
    const suffix = persons[k]!;
    const previous = kept > from ? persons[kept - 1]! : undefined;
    if (previous && suffix.name.length <= 4 && NAME_SUFFIX.test(suffix.name) && onlyCommaBetween(body, previous.range[1], suffix.range[0])) {
      let end = suffix.range[1];
      // The full stop of `Jr.`; a service's capitals take none (`USAF.` ends the sentence).
      if (body.text.charCodeAt(end - body.start) === 46 /* . */ && suffix.name.charCodeAt(0) !== 85 /* U */) end++;
      const name = body.text.slice(previous.range[0] - body.start, end - body.start);
      persons[kept - 1] = nameRead(name, suffix.office ?? previous.office, [previous.range[0], end], previous.qualifier ?? suffix.qualifier);
    } else if (previous && !previous.office && opensWithOf(suffix.name) && onlyCommaBetween(body, previous.range[1], suffix.range[0])) {
      // `Captain Harry Jones, USN, of the Joint Staff`: the office of the name before, as without the comma.
      persons[kept - 1] = nameRead(previous.name, suffix.name.replace(OF_THE, ''), previous.range, previous.qualifier ?? suffix.qualifier);
    } else if (previous && !previous.office && !suffix.office && isStaffName(suffix.name) && onlyCommaBetween(body, previous.range[1], suffix.range[0])) {
      // `Helmut Sonnenfeldt, NSC staff`: the staff the name before belongs to, as `of the NSC staff`.
      persons[kept - 1] = nameRead(previous.name, suffix.name, previous.range, previous.qualifier ?? suffix.qualifier);
    } else persons[kept++] = suffix;
  }
  const joined = kept < persons.length;
  // Setting an array's length goes through the runtime even when it does not change: most groups join nothing.
  if (joined) persons.length = kept;
  return joined;
}

/** Whether `name` is a staff of two words (`NSC staff`, `NSC Staff`): an office, not a person. */
function isStaffName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && name.length - space === 6 && (name.charCodeAt(space + 1) | 32) === 115 /* s */ && name.endsWith('taff') && name.indexOf(' ', space + 1) < 0;
}

/** The words that open an office written after a name and a comma (`, of the Joint Staff`). */
const OF_THE = /^of\s+(?:the\s+)?/;

/** Whether `name` opens with "of" and a blank (`of the Joint Staff`): no name does. */
function opensWithOf(name: string): boolean {
  return name.charCodeAt(0) === 111 /* o */ && name.charCodeAt(1) === 102 /* f */ && name.charCodeAt(2) === 32 && name.length > 3;
}

/** Whether only a comma and blanks lie in the note between `from` and `to` (offsets in the note, inside `body`). */
function onlyCommaBetween(body: Span, from: number, to: number): boolean {
  let comma = false;
  for (let i = from - body.start; i < to - body.start; i++) {
    const code = body.text.charCodeAt(i);
    if (code === 44 /* , */ && !comma) comma = true;
    else if (!isSpaceCode(code)) return false;
  }
  return comma;
}

/** Whether a comma or semicolon lies between two of the persons read from `body` (a list, not names joined by "and"). */
export function commaSeparated(body: Span, persons: readonly NameRead[]): boolean {
  for (let k = 1; k < persons.length; k++) {
    const gap = body.text.slice(persons[k - 1]!.range[1] - body.start, persons[k]!.range[0] - body.start);
    if (gap.includes(',') || gap.includes(';')) return true;
  }
  return false;
}

/**
 * Reads SIMPLE_NAMES with offices (`McSweeney and Veliotes (SOV)`) into `persons`, as
 * {@link readNames} would: its separators are those of the pattern, none in brackets, and
 * {@link cleanName} leaves each name as it is. Returns whether a comma separated them.
 */
export function readNamesWithOffices(body: Span, persons: NameRead[]): boolean {
  const text = body.text;
  let last = 0;
  let commaList = false;
  for (let at = simpleSeparator(text, 0); at >= 0; at = simpleSeparator(text, last)) {
    const read = personOf(spanOf(body, last, at));
    if (read) persons.push(read);
    if (text.charCodeAt(at) === 44) commaList = true;
    last = separatorEnd(text, at);
  }
  const read = personOf(last === 0 ? body : spanOf(body, last, text.length));
  if (read) persons.push(read);
  return commaList;
}

/**
 * Reads names that need none of {@link readPerson}'s cleaning (SIMPLE_NAMES, without
 * parentheses), split at their separators, into `persons`.
 */
export function readSimpleNames(body: Span, persons: NameRead[]): void {
  const text = body.text;
  let last = 0;
  for (let at = simpleSeparator(text, 0); at >= 0; at = simpleSeparator(text, last)) {
    persons.push(nameRead(text.slice(last, at), undefined, [body.start + last, body.start + at]));
    last = separatorEnd(text, at);
  }
  persons.push(nameRead(last === 0 ? text : text.slice(last), undefined, [body.start + last, body.end]));
}

/**
 * Reads the names of `body`, split at NAME_SEPARATOR outside brackets, into `persons`. Returns
 * whether a comma or semicolon separated them (a list rather than names joined by "and").
 */
export function readNames(body: Span, persons: NameRead[]): boolean {
  const text = body.text;
  // Every separator holds a comma, a semicolon or "and" in any case (`SMITH AND JONES`): without them the body is one name.
  if ((!text.includes(',') && !text.includes(';') && !hasAndFrom(text)) || isInstitutionPath(text)) {
    const read = readPerson(trimSpan(body));
    if (read) persons.push(read);
    return false;
  }
  // Before the first bracket the depth is 0: it is counted, one character at a time, only after it.
  const bracket = firstBracket(text);
  let depth = 0;
  let scanned = bracket;
  let last = 0;
  let commaList = false;
  // Whether the separator before the current segment holds a comma or semicolon.
  let afterComma = false;
  NAME_SEPARATOR.lastIndex = 0;
  for (let match = NAME_SEPARATOR.exec(text); match; match = NAME_SEPARATOR.exec(text)) {
    if (bracket < match.index) {
      for (; scanned < match.index; scanned++) depth = Math.max(0, depth + bracketStep(text.charCodeAt(scanned)));
      if (depth !== 0) continue;
    }
    const separator = match[0].charCodeAt(0);
    // `of the Bureau of Near Eastern and South Asian Affairs`: the "and" of an office's name.
    if (separator !== 44 /* , */ && separator !== 59 /* ; */ && officeNameRunsOn(text, last, match.index, match.index + match[0].length)) continue;
    const segment = trimmedSpanOf(body, last, match.index);
    // `Charles E. Bohlen, Counselor of the Department, and …`: the title after the comma is the office of the name before it.
    if (!(afterComma && takeAppositiveTitle(persons, segment))) {
      const read = readPerson(segment);
      if (read) persons.push(read);
      commaList ||= afterComma;
    }
    afterComma = separator === 44 /* , */ || separator === 59 /* ; */;
    last = match.index + match[0].length;
  }
  const segment = trimmedSpanOf(body, last, text.length);
  if (!(afterComma && takeAppositiveTitle(persons, segment))) {
    const read = readPerson(segment);
    if (read) persons.push(read);
    commaList ||= afterComma;
  }
  return commaList;
}

/** The most words of a title before a person in parentheses (`Assistant Secretary for European Affairs (Burt)`). */
const MAX_TITLE_WORDS = 6;

/**
 * Whether `text` is a title of office (`Acting Secretary`, `Deputy Secretary`, `Under Secretary
 * for Political Affairs`): it opens with a word of APPOSITIVE_TITLE_OPENINGS and has a few words.
 */
function isTitle(text: string): boolean {
  const space = text.indexOf(' ');
  if (!APPOSITIVE_TITLE_OPENINGS.has(space < 0 ? text : text.slice(0, space))) return false;
  let words = 1;
  for (let at = space; at >= 0; at = text.indexOf(' ', at + 1)) if (++words > MAX_TITLE_WORDS) return false;
  return true;
}

/** Whether the words of `text` from `start` to `end` open or end with a word of INSTITUTION_WORDS (`Office of …`, `… Center`). */
function isInstitutionName(text: string, start: number, end: number): boolean {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const firstSpace = text.indexOf(' ', start);
  if (firstSpace < 0 || firstSpace >= end) return false;
  return INSTITUTION_WORDS.has(text.slice(start, firstSpace)) || INSTITUTION_WORDS.has(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
}

/**
 * Whether `text` is one office and the offices it lies within, separated by commas alone
 * (`the Office of Soviet Analysis, Directorate of Intelligence`, `Office of Political Analysis,
 * National Foreign Assessment Center`): every part names an office (INSTITUTION_WORDS), none after
 * the first opens with "the", and no "and" or semicolon makes a list of them. The first part is
 * tested first: names of persons (`Vest, Newsom`) stop there.
 */
function isInstitutionPath(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const articled = startsWithOneOf(text, 't') && LEADING_ARTICLE.test(text);
  if (!isInstitutionName(text, articled ? text.indexOf(' ') + 1 : 0, comma) || text.includes(';') || hasAndFrom(text)) return false;
  for (let start = comma + 1; start < text.length; ) {
    const next = text.indexOf(',', start);
    const end = next < 0 ? text.length : next;
    let at = start;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
    if (hasWordAt(text, at, 'the ') || !isInstitutionName(text, at, end)) return false;
    start = end + 1;
  }
  return true;
}

/**
 * Makes `segment` the office of the last of `persons` when it is a title set after that
 * person's name and a comma (`Counselor of the Department`, `Special Assistant to the President`):
 * it opens with a word of APPOSITIVE_TITLE_OPENINGS and goes on with "of", "to" or "for", and the
 * person has no office yet. Returns whether it did.
 */
function takeAppositiveTitle(persons: NameRead[], segment: Span): boolean {
  const previous = persons[persons.length - 1];
  if (!previous || previous.office) return false;
  const text = segment.text;
  const space = text.indexOf(' ');
  if (space < 0 || !APPOSITIVE_TITLE_OPENINGS.has(text.slice(0, space)) || !TITLE_LINK.test(text)) return false;
  persons[persons.length - 1] = nameRead(previous.name, trimSpan(segment, ',;.').text, previous.range, previous.qualifier);
  return true;
}

/** The small word that links a title to what it is of (`Secretary of the NSC`, `Assistant to the President`, `Secretary for European Affairs`). */
const TITLE_LINK = / (?:of|to|for) /;
