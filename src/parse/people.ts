/**
 * Stage 3c: drafting, clearance and approval clauses (`Drafted by McSweeney and Veliotes (SOV)
 * and cleared by Goodpaster, Kretzmann, and Rusk`). A clause runs from a role verb to the next
 * one; its names are split on commas and "and", with offices and dates attached per SPEC.
 *
 * @module
 */
import type { Person } from '../model/provenance.js';
import { findOfficeSymbol } from '../vocab/office-symbols.js';
import { hasSpace, hasWordAt, isDigitCode, isLetterCode, isSpaceCode, startsWithOneOf } from './chars.js';
import {
  bracketStep,
  endsLikeName,
  firstBracket,
  hasBlankOn,
  mayJoinGroups,
  onlyAnd,
  opensWithPlainBy,
  placeAfter,
  qualifierAt,
  separatorEnd,
  simpleSeparator,
  trailingParens,
  trimWordAnd,
} from './people-text.js';
import { rangeOf, spanOf, splitTopLevel, trimmedSpanOf, trimSpan, type Span } from './span.js';

/** Which record list a verb fills. */
export type Role = 'drafters' | 'clearances' | 'approvers' | null;

/**
 * Role verbs, in the order FRUS uses them. `null` verbs end a clause but fill no list. VERB and
 * LEADING_ROLE_VERB spell them out as pattern literals (for speed, and so that the ReDoS check
 * sees them); the tests hold the patterns to this table.
 */
export const ROLE_VERBS: Readonly<Record<string, Role>> = {
  drafted: 'drafters',
  prepared: 'drafters',
  redrafted: 'drafters',
  cleared: 'clearances',
  concurred: 'clearances',
  approved: 'approvers',
  initialed: null,
  initialled: null,
  signed: null,
  submitted: 'approvers',
  revised: null,
  typed: null,
  transmitted: null,
};

/** The people of one note, by list. */
export interface People {
  drafters: Person[];
  clearances: Person[];
  approvers: Person[];
  /** Subclauses with no role verb (`copies were sent to Kaysen and Cline`). */
  leftovers: Span[];
}

/**
 * The verbs of ROLE_VERBS, grouped by the list they fill (drafters, clearances, approvers, none),
 * so that a match tells its role by which group is set, with no lookup of the matched word.
 */
const VERB = /\b(?:(drafted|prepared|redrafted)|(cleared|concurred)|(approved|submitted)|(initialed|initialled|signed|revised|typed|transmitted))\b/gi;
/** A verb of ROLE_VERBS that fills a list, opening the text. */
const LEADING_ROLE_VERB = /^(?:drafted|prepared|redrafted|cleared|concurred|approved|submitted)\b/i;
/**
 * The first two letters (lower case) of the verbs of ROLE_VERBS that fill a list, at
 * `128 * first + second`: nearly every other unit (`Department …`, `Another …`) is turned down
 * by this lookup, before LEADING_ROLE_VERB runs.
 */
const ROLE_VERB_OPENINGS = roleVerbOpenings();

function roleVerbOpenings(): Uint8Array {
  const table = new Uint8Array(128 * 128);
  for (const [verb, role] of Object.entries(ROLE_VERBS)) if (role !== null) table[128 * verb.charCodeAt(0) + verb.charCodeAt(1)] = 1;
  return table;
}
/** The role of each capture group of VERB. */
const VERB_GROUP_ROLES: readonly Role[] = [null, 'drafters', 'clearances', 'approvers', null];
const QUALIFIER = /^(?:in\s+draft|in\s+substance|for\s+transmission|in\s+principle|in\s+part|orally|by\s+telephone)\b\s*/i;
// `(?<![\s,])` and `(?<!\s)` let a match start only where a run of blanks starts: linear searches.
const NAME_SEPARATOR = /,\s*and\s+|,\s*|(?<![\s,])\s+and\s+|;\s*/g;
/** ` on June 29`, ` on Feb. 21, 1961` at the end of a group (months written out or abbreviated). */
const DATE = /(?<![\s,])(?:\s*,\s*|\s+)on\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}(?:,\s*\d{4})?)\s*$/;
const LEADING_DATE = /^on\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}(?:,\s*\d{4})?)\s*/;
/** Persons whose parentheses held a qualifier (`Rusk (in substance)`): annotated one by one, so they share no office. */
const ANNOTATED = new WeakSet<Person>();
const PAREN_QUALIFIER = /^(?:in substance|in draft|in part|in principle|by telephone|orally|informally|subst\.?)$/i;
const OF_OFFICE = /(?<!\s)\s+of\s+(\S{1,12})$/;
const LEADING_ARTICLE = /^(?:the|his|her)\s+/i;
const OFFICE_PREFIX = /^(?:in|at)\s+(?:the\s+)?(?=\S)/;
const BY_WORD = /\sby\s/g;
const SUBCLAUSE_SEPARATOR = /;\s*/g;
/**
 * Names that {@link cleanName} leaves as they are: capitalised words (`Phyllis D. Bernau`), none
 * a qualifier (`In substance`) or, first, an article (`The`), each perhaps followed by a
 * capitalised office in parentheses (`Getz (EUR/RPM)`), joined by `, and `, `, ` or ` and `; no
 * place or trailing full stop. Without parentheses, {@link readPerson} returns them as they are.
 */
const SIMPLE_NAMES =
  /^(?!(?:T[Hh][Ee]|H[Ii][Ss]|H[Ee][Rr]) )[A-Z][A-Za-z'’-]*(?:\.? (?!(?:I[Nn]|F[Oo][Rr]|O[Nn]) )[A-Z][A-Za-z'’-]*)*(?: \([A-Z][A-Z/-]*\))?(?:(?:, and |, | and )(?!(?:T[Hh][Ee]|H[Ii][Ss]|H[Ee][Rr]) )[A-Z][A-Za-z'’-]*(?:\.? (?!(?:I[Nn]|F[Oo][Rr]|O[Nn]) )[A-Z][A-Za-z'’-]*)*(?: \([A-Z][A-Z/-]*\))?)*$/;

/** Strips what is not part of a name, keeping the span aligned with the note. */
function cleanName(span: Span): Span {
  let name = trimSpan(span, ',;.');
  // A qualifier or an article is followed by a blank: a single word (most names) has neither.
  if (!hasSpace(name.text)) return name;
  for (;;) {
    const qualifier = qualifierAt(name.text);
    if (qualifier < 0) break;
    name = trimmedSpanOf(name, 0, qualifier);
  }
  const article = startsWithOneOf(name.text, 'th') ? LEADING_ARTICLE.exec(name.text) : null;
  if (article) name = spanOf(name, article[0].length, name.text.length);
  return name;
}

/** One name with what follows it: `Veliotes (SOV)`, `Phyllis D. Bernau in the Office of …`. */
function readPerson(raw: Span): Person | null {
  const name = cleanName(raw);
  return name.text ? personOf(name) : null;
}

/** The person of a clean name (see {@link cleanName}) with what follows it. */
function personOf(name: Span): Person | null {
  let qualified = false;
  let office: string | undefined;
  const paren = trailingParens(name.text);
  if (paren) {
    // `Rusk (in substance)` qualifies the clearance; only other parentheses name an office.
    const inside = paren.inside.trim();
    if (!(startsWithOneOf(inside, 'ibos') && PAREN_QUALIFIER.test(inside))) office = inside;
    qualified = office === undefined;
    name = trimmedSpanOf(name, 0, paren.index);
  } else if (hasSpace(name.text)) {
    // A place or an `of` office follows a blank.
    const place = name.text.includes('in') || name.text.includes('at') ? placeAfter(name.text) : null;
    if (place && place.index > 0) {
      office = place.place.trim();
      name = trimmedSpanOf(name, 0, place.index);
    } else {
      const of = name.text.includes('of') ? OF_OFFICE.exec(name.text) : null;
      if (of && (findOfficeSymbol(of[1]!) || /^\p{Lu}[\p{Lu}/]+$/u.test(of[1]!))) {
        office = of[1]!;
        name = trimmedSpanOf(name, 0, of.index);
      }
    }
  }
  if (!name.text || !(isLetterCode(name.text.charCodeAt(0)) || /\p{L}/u.test(name.text))) return null;
  const found = person(name.text, office, undefined, rangeOf(name));
  if (qualified) ANNOTATED.add(found);
  return found;
}

/** A person record with its optional fields only when known (assigned in the record's key order). */
function person(name: string, office: string | undefined, date: string | undefined, range: Person['range']): Person {
  const found = { name } as Person;
  if (office) found.office = office;
  if (date) found.date = date;
  found.range = range;
  return found;
}

/** The names of one group (`by Laingen and Lincoln on June 29`), with shared office and date, added to `out`. */
function readGroup(group: Span, out: Person[]): void {
  let body = trimSpan(group, ',;');
  let groupOffice: string | undefined;
  let date: string | undefined;
  if (opensWithPlainBy(body.text)) {
    // `by Rusk …`: none of the openings below can match.
    body = spanOf(body, 3, body.text.length);
  } else {
    ({ body, groupOffice, date } = readOpening(body));
  }
  // A trailing date ends in a digit: most groups end in a name and need no search.
  const trailingDate = body.text.length > 0 && isDigitCode(body.text.charCodeAt(body.text.length - 1)) && hasBlankOn(body.text) ? DATE.exec(body.text) : null;
  if (trailingDate) {
    date = trailingDate[1];
    body = trimmedSpanOf(body, 0, trailingDate.index);
  }
  const persons: Person[] = [];
  let commaList: boolean;
  if (endsLikeName(body.text) && SIMPLE_NAMES.test(body.text)) {
    if (!body.text.includes('(')) {
      const first = out.length;
      readSimpleNames(body, groupOffice, date, out);
      joinNameSuffixes(body, out, first);
      return;
    }
    commaList = readNamesWithOffices(body, persons);
  } else {
    commaList = readNames(body, persons);
  }
  // `Lightner, Jr.`: the comma before a suffix separates no names.
  if (commaList && joinNameSuffixes(body, persons, 0)) commaList = commaSeparated(body, persons);
  // SPEC: a symbol after names joined only by "and" applies to all of them.
  const last = persons[persons.length - 1];
  let sharedOffice: string | undefined;
  if (!commaList && last?.office) {
    sharedOffice = last.office;
    for (let i = 0; i < persons.length - 1; i++) if (persons[i]!.office || ANNOTATED.has(persons[i]!)) sharedOffice = undefined;
  }
  for (const read of persons) {
    const office = read.office ?? sharedOffice ?? groupOffice;
    // Most names take nothing from their group: the person read is the record.
    out.push(office === read.office && !date ? read : person(read.name, office, date, read.range));
  }
}

/** A suffix that follows a name after a comma (`E. Allan Lightner, Jr.`), read as a name of its own by the splitting. */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * Joins each person of `persons[from…]` whose name is only a suffix (`Jr`) to the person before
 * it in the same group, when nothing but a comma and blanks lies between them: the name runs on
 * to the suffix, with its full stop (`E. Allan Lightner, Jr.`), and takes the suffix's office if
 * it has one. Returns whether any was joined.
 */
function joinNameSuffixes(body: Span, persons: Person[], from: number): boolean {
  let joined = false;
  for (let k = Math.max(from + 1, 1); k < persons.length; k++) {
    const suffix = persons[k]!;
    if (suffix.name.length > 4 || !NAME_SUFFIX.test(suffix.name)) continue;
    const previous = persons[k - 1]!;
    const gap = body.text.slice(previous.range[1] - body.start, suffix.range[0] - body.start);
    if (!/^\s*,\s*$/.test(gap)) continue;
    let end = suffix.range[1];
    if (body.text.charCodeAt(end - body.start) === 46 /* . */) end++;
    const name = body.text.slice(previous.range[0] - body.start, end - body.start);
    persons.splice(k - 1, 2, person(name, suffix.office ?? previous.office, previous.date ?? suffix.date, [previous.range[0], end]));
    k--;
    joined = true;
  }
  return joined;
}

/** Whether a comma or semicolon lies between two of the persons read from `body` (a list, not names joined by "and"). */
function commaSeparated(body: Span, persons: readonly Person[]): boolean {
  for (let k = 1; k < persons.length; k++) {
    const gap = body.text.slice(persons[k - 1]!.range[1] - body.start, persons[k]!.range[0] - body.start);
    if (gap.includes(',') || gap.includes(';')) return true;
  }
  return false;
}

/**
 * What opens a group before its names: qualifiers (`in substance`), a date (`on March 5`), an
 * office (`in S/S by`), `in`/`at`/`with`, `by`. Returns the names that follow, with the group's
 * office and date.
 */
function readOpening(group: Span): { body: Span; groupOffice: string | undefined; date: string | undefined } {
  let body = group;
  let groupOffice: string | undefined;
  let date: string | undefined;
  for (;;) {
    const qualifier = startsWithOneOf(body.text, 'ifob') ? QUALIFIER.exec(body.text) : null;
    if (!qualifier || qualifier[0].length === 0) break;
    body = spanOf(body, qualifier[0].length, body.text.length);
  }
  const leadingDate = body.text.startsWith('on') ? LEADING_DATE.exec(body.text) : null;
  if (leadingDate) {
    date = leadingDate[1];
    body = spanOf(body, leadingDate[0].length, body.text.length);
  }
  const withOffice = officeFirst(body.text);
  if (withOffice) {
    // `in S/S by Grant G. Hilliker`: the office comes first.
    groupOffice = withOffice.office;
    body = spanOf(body, withOffice.namesStart, body.text.length);
  }
  if (startsWithOneOf(body.text, 'iaw') && /^(?:in|at|with)\s/.test(body.text)) body = trimmedSpanOf(body, body.text.indexOf(' ') + 1, body.text.length);
  // `by`, in either case (`Drafted By Smith`), then a blank.
  body = trimSpan(body.text.length > 2 && hasWordAt(body.text, 0, 'by') && isSpaceCode(body.text.charCodeAt(2)) ? spanOf(body, 3, body.text.length) : body);
  return { body, groupOffice, date };
}

/**
 * Reads SIMPLE_NAMES with offices (`McSweeney and Veliotes (SOV)`) into `persons`, as
 * {@link readNames} would: its separators are those of the pattern, none in brackets, and
 * {@link cleanName} leaves each name as it is. Returns whether a comma separated them.
 */
function readNamesWithOffices(body: Span, persons: Person[]): boolean {
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
 * Reads names that need none of {@link readPerson}'s cleaning (SIMPLE_NAMES), split at their
 * separators, into `out` with the group's office and date.
 */
function readSimpleNames(body: Span, office: string | undefined, date: string | undefined, out: Person[]): void {
  const text = body.text;
  let last = 0;
  for (let at = simpleSeparator(text, 0); at >= 0; at = simpleSeparator(text, last)) {
    out.push(person(text.slice(last, at), office, date, [body.start + last, body.start + at]));
    last = separatorEnd(text, at);
  }
  out.push(person(last === 0 ? text : text.slice(last), office, date, [body.start + last, body.end]));
}

/**
 * Reads the names of `body`, split at NAME_SEPARATOR outside brackets, into `persons`. Returns
 * whether a comma or semicolon separated them (a list rather than names joined by "and").
 */
function readNames(body: Span, persons: Person[]): boolean {
  const text = body.text;
  // Every separator holds a comma, a semicolon or "and": without them the body is one name.
  if (!text.includes(',') && !text.includes(';') && !text.includes('and')) {
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
  NAME_SEPARATOR.lastIndex = 0;
  for (let match = NAME_SEPARATOR.exec(text); match; match = NAME_SEPARATOR.exec(text)) {
    if (bracket < match.index) {
      for (; scanned < match.index; scanned++) depth = Math.max(0, depth + bracketStep(text.charCodeAt(scanned)));
      if (depth !== 0) continue;
    }
    const read = readPerson(trimmedSpanOf(body, last, match.index));
    if (read) persons.push(read);
    if (match[0].startsWith(',') || match[0].startsWith(';')) commaList = true;
    last = match.index + match[0].length;
  }
  const read = readPerson(trimmedSpanOf(body, last, text.length));
  if (read) persons.push(read);
  return commaList;
}

/** The role of a VERB match: that of its capture group that is set. */
function roleOf(match: RegExpExecArray): Role {
  for (let group = 1; group < VERB_GROUP_ROLES.length; group++) if (match[group] !== undefined) return VERB_GROUP_ROLES[group]!;
  return null;
}

/** Whether `span` opens with a role verb (`Drafted by …`, `Approved in S …`). */
export function startsWithRoleVerb(span: Span): boolean {
  const text = span.text;
  if (text.length < 2) return false; // no read past the end
  // `| 32` maps an ASCII capital to its small letter, and no other code unit to a letter.
  const first = text.charCodeAt(0) | 32;
  const second = text.charCodeAt(1) | 32;
  return first < 128 && second < 128 && ROLE_VERB_OPENINGS[128 * first + second] === 1 && LEADING_ROLE_VERB.test(text);
}

/** Reads the people of a drafting sentence. */
export function readPeople(span: Span): People {
  const people: People = { drafters: [], clearances: [], approvers: [], leftovers: [] };
  // Most sentences have no semicolon: one subclause, read without splitting.
  if (!span.text.includes(';')) readSubclause(trimSpan(span), people);
  else for (const { piece } of splitTopLevel(span, SUBCLAUSE_SEPARATOR, [';'])) readSubclause(piece, people);
  return people;
}

/** Reads one subclause (`cleared by Goodpaster and Rusk`) into `people`, or keeps it as a leftover. */
function readSubclause(subclause: Span, people: People): void {
  const text = subclause.text;
  VERB.lastIndex = 0;
  let verb = VERB.exec(text);
  if (!verb || (verb.index > 0 && text.slice(0, verb.index).replace(/^and\s+/i, '').trim() !== '')) {
    if (text) people.leftovers.push(subclause);
    return;
  }
  // Roles joined by "and" with nothing between them share the names that follow.
  const pendingRoles: Role[] = [];
  let pending = 0;
  while (verb) {
    const bodyStart = verb.index + verb[0].length;
    pendingRoles[pending++] = roleOf(verb);
    verb = VERB.exec(text);
    const body = trimmedSpanOf(subclause, bodyStart, verb ? verb.index : text.length);
    if (onlyAnd(body.text)) continue;
    readRoleNames(trimSpan(body, ','), pendingRoles, pending, people);
    pending = 0;
  }
}

/**
 * Reads the names of a clause body into the lists of the first `count` of `roles`. Names that
 * fill no list (`initialed by Kohler`) are not read: reading has no other effect.
 */
function readRoleNames(body: Span, roles: Role[], count: number, people: People): void {
  if (count === 1) {
    // The usual case, one verb: its names go straight into its list.
    const role = roles[0];
    if (role) readGroups(body, listOf(people, role));
    return;
  }
  const persons: Person[] = [];
  readGroups(body, persons);
  for (let i = 0; i < count; i++) {
    const role = roles[i];
    if (role) listOf(people, role).push(...persons);
  }
}

/** The list of `people` that `role` fills. */
function listOf(people: People, role: NonNullable<Role>): Person[] {
  return role === 'drafters' ? people.drafters : role === 'clearances' ? people.clearances : people.approvers;
}

/**
 * "and" before a new group of the same clause (`… and in substance by …`, `… and at the White
 * House`), matched from the blank before "and" (SUB_GROUP without what precedes the blank).
 */
const GROUP_AND = /\sand\s+(?=(?:in|at|with|by)\s)/y;

/**
 * Reads the groups of a clause body (`by Klebenov, and in substance by Berlack (L/EUR)`) into
 * `out`. The body is split at SUB_GROUP outside brackets; its matches are found from the
 * occurrences of "and", as few bodies have more than one.
 */
function readGroups(body: Span, out: Person[]): void {
  const text = body.text;
  let last = 0;
  let bracket = -1;
  let depth = 0;
  let scanned = 0;
  for (let and = text.indexOf('and'); and >= 0; and = text.indexOf('and', and + 3)) {
    if (and === 0 || !mayJoinGroups(text, and)) continue;
    GROUP_AND.lastIndex = and - 1;
    if (!GROUP_AND.test(text)) continue;
    const end = GROUP_AND.lastIndex;
    // The separator starts where the blanks before "and" start, or at a comma just before them.
    let start = and - 1;
    while (start > 0 && isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text.charCodeAt(start - 1) === 44) start--;
    if (bracket < 0) scanned = bracket = firstBracket(text);
    if (bracket < start) {
      for (; scanned < start; scanned++) depth = Math.max(0, depth + bracketStep(text.charCodeAt(scanned)));
      if (depth !== 0) continue;
    }
    readGroup(trimWordAnd(trimmedSpanOf(body, last, start)), out);
    last = end;
  }
  readGroup(trimWordAnd(last === 0 ? body : trimmedSpanOf(body, last, text.length)), out);
}

/** `in S/S by Grant G. Hilliker`: an office without blanks, then "by", then the names. */
function officeFirst(text: string): { office: string; namesStart: number } | null {
  const prefix = startsWithOneOf(text, 'ia') ? OFFICE_PREFIX.exec(text) : null;
  if (!prefix) return null;
  // " by " is searched in place, after the prefix, rather than in a slice of the rest.
  BY_WORD.lastIndex = prefix[0].length;
  const by = BY_WORD.exec(text);
  if (!by) return null;
  const office = text.slice(prefix[0].length, by.index).trim();
  if (!office || hasSpace(office)) return null;
  let namesStart = by.index + by[0].length;
  while (namesStart < text.length && isSpaceCode(text.charCodeAt(namesStart))) namesStart++;
  return namesStart < text.length ? { office, namesStart } : null;
}
