/**
 * Stage 3c: drafting, clearance and approval clauses (`Drafted by McSweeney and Veliotes (SOV)
 * and cleared by Goodpaster, Kretzmann, and Rusk`). A clause runs from a role verb to the next
 * one; its names are split on commas and "and", with offices and dates attached per SPEC.
 *
 * @module
 */
import type { Person } from '../model/provenance.js';
import { hasWordAt, isDigitCode, isSpaceCode, isUpperCode, startsWithOneOf } from './chars.js';
import { bracketStep, endsLikeName, firstBracket, isOneName, isSymbolShaped, onlyAnd, opensWithPlainBy, trimWordAnd } from './people-text.js';
import { commaSeparated, isKnownSymbol, joinNameSuffixes, joinQualifiers, person, readNames, readNamesWithOffices, readSimpleNames, SIMPLE_NAMES, type NameRead } from './people-names.js';
import { rangeOf, spanOf, splitTopLevel, trimmedSpanOf, trimSpan, type Span } from './span.js';

/** Which record list a verb fills. */
export type Role = 'drafters' | 'clearances' | 'approvers' | null;

/**
 * Role verbs, in the order FRUS uses them. `null` verbs end a clause but fill no list. VERB and
 * LEADING_ROLE_VERB spell them out as pattern literals (for speed, and so that the ReDoS check
 * sees them); the tests hold the patterns to this table, and {@link nextRoleVerb} reads from it
 * the role of the verb VERB found.
 */
export const ROLE_VERBS: Readonly<Record<string, Role>> = {
  drafted: 'drafters',
  prepared: 'drafters',
  redrafted: 'drafters',
  // The minute-taker of a meeting of the conference volumes (`Recorded by Bohlen`).
  recorded: 'drafters',
  // The secretary who took down a telephone conversation (`Transcribed by Phyllis D. Bernau`).
  transcribed: 'drafters',
  // The author of a memorandum for the record that he spoke to a secretary (`Dictated by McCone on April 10`).
  dictated: 'drafters',
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
 * The verbs of ROLE_VERBS as whole words, in either case. It is only tested: where a match ends
 * is `lastIndex`, and the word is read back from there, which costs less than the array (and
 * the capture groups) that `exec` builds.
 */
const VERB = /\b(?:drafted|prepared|redrafted|recorded|transcribed|dictated|cleared|concurred|approved|submitted|initialed|initialled|signed|revised|typed|transmitted)\b/gi;
/** A verb of ROLE_VERBS that fills a list, opening the text. */
const LEADING_ROLE_VERB = /^(?:drafted|prepared|redrafted|recorded|transcribed|dictated|cleared|concurred|approved|submitted)\b/i;
/** A verb that fills no list, "and", then one that does, opening the text (`Initialed and drafted by Thompson`, as `Drafted and initialed by Thompson`). */
const LEADING_UNLISTED_AND_ROLE_VERB = /^(?:initialed|initialled|signed)\s+and\s+(?:drafted|prepared|redrafted|recorded|transcribed|dictated|cleared|concurred|approved|submitted)\b/i;
/** The verbs of ROLE_VERBS that fill no list but may open a sentence of people before one that does (LEADING_UNLISTED_AND_ROLE_VERB). */
const LEADING_UNLISTED_VERBS: readonly string[] = ['initialed', 'initialled', 'signed'];
/**
 * The first three letters (lower case) of the verbs that may open a sentence of people
 * (LEADING_ROLE_VERB, LEADING_UNLISTED_AND_ROLE_VERB): at `128 * first + second`, a bit for each
 * third letter (`1 << (third - 97)`). Nearly every other unit (`Department …`, `Another …`, and
 * `Repeated …`, `Printed …`, `Copied …` past the first two letters) is turned down by this
 * lookup, before a pattern runs.
 */
const ROLE_VERB_OPENINGS = roleVerbOpenings();

function roleVerbOpenings(): Uint32Array {
  const table = new Uint32Array(128 * 128);
  const add = (verb: string) => (table[128 * verb.charCodeAt(0) + verb.charCodeAt(1)]! |= 1 << (verb.charCodeAt(2) - 97));
  for (const [verb, role] of Object.entries(ROLE_VERBS)) if (role !== null) add(verb);
  for (const verb of LEADING_UNLISTED_VERBS) add(verb);
  return table;
}

/** A verb of ROLE_VERBS found in a subclause: where it lies, and the list it fills. */
interface RoleVerb {
  index: number;
  end: number;
  role: Role;
}

/**
 * The verbs of ROLE_VERBS with their roles, by length and first letter (at `26 * length +
 * letter`): a verb that VERB found is the only one of its cell but for `transcribed` and
 * `transmitted`, which are compared.
 */
const ROLE_VERBS_BY_SHAPE = roleVerbsByShape();

function roleVerbsByShape(): { verb: string; role: Role }[][] {
  const cells: { verb: string; role: Role }[][] = [];
  for (const [verb, role] of Object.entries(ROLE_VERBS)) (cells[shapeOf(verb, 0, verb.length)] ??= []).push({ verb, role });
  for (let cell = 0; cell < cells.length; cell++) cells[cell] ??= [];
  return cells;
}

/** The cell of ROLE_VERBS_BY_SHAPE of the word `text[start, end)`, which opens with an ASCII letter. */
function shapeOf(text: string, start: number, end: number): number {
  return 26 * (end - start) + ((text.charCodeAt(start) | 32) - 97);
}

/** The first verb of ROLE_VERBS in `text` at or after `from`, as a whole word in either case (VERB), or null. */
function nextRoleVerb(text: string, from: number): RoleVerb | null {
  VERB.lastIndex = from;
  if (!VERB.test(text)) return null;
  const end = VERB.lastIndex;
  // The match is a whole word: it starts after the last character before it that is not a word's.
  let index = end - 1;
  while (index > 0 && isWordCode(text.charCodeAt(index - 1))) index--;
  return { index, end, role: roleOfVerb(text, index, end) };
}

/** The role of the verb of ROLE_VERBS that VERB found at `text[start, end)`. */
function roleOfVerb(text: string, start: number, end: number): Role {
  const verbs = ROLE_VERBS_BY_SHAPE[shapeOf(text, start, end)] ?? [];
  if (verbs.length === 1) return verbs[0]!.role;
  for (const { verb, role } of verbs) if (hasWordAt(text, start, verb)) return role;
  return null;
}

/** Whether the code unit is a character of a word for `\b`: an ASCII letter or digit, or `_`. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
const QUALIFIER = /^(?:in\s+draft|in\s+substance|for\s+transmission|in\s+principle|in\s+part|orally|by\s+telephone)\b\s*/i;
/**
 * ` on June 29`, ` on Feb. 21, 1961` at the end of a group (months written out or abbreviated),
 * in any case: telegram-style notes write it in capitals (`DRAFTED BY LINCOLN ON JUNE 29`). The
 * later volumes also write the date in figures, month first (`Drafted by J. Armitage (EUR/SOV)
 * on 3/4/74`), and may set it after a comma without "on" (`Drafted by J. Doe (NEA/INS), 1/2/74`)
 * or right after the office's bracket or the name (`Drafted by Oakley (NEA) 7/3/74`, `Drafted by Curran (S/S)
 * February 3`, `Drafted by Boster July 30`). A paper
 * drafted over two days has both (`on October 19 and 20`, `on May 8–9`).
 */
const DATE = /(?<![\s,])(?:\s*,\s*(?:on\s+)?|\s+on\s+|(?<=[)A-Za-z])\s+)((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}(?:\s?[-–]\s?\d{1,2}|\s+and\s+\d{1,2})?(?:,\s*\d{4})?|\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)\s*$/i;
const LEADING_DATE = /^on\s+((?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}(?:\s?[-–]\s?\d{1,2}|\s+and\s+\d{1,2})?(?:,\s*\d{4})?|\d{1,2}\/\d{1,2}\/\d{2}(?:\d{2})?)\s*/i;
// The small words of a clause ignore case, as the verbs do: telegram-style notes are in capitals (`APPROVED IN S`).
const OFFICE_PREFIX = /^(?:in|at)\s+(?:the\s+)?(?=\S)/i;
const BY_WORD = /\sby\s/gi;
const SUBCLAUSE_SEPARATOR = /;\s*/g;
/** The names of one group (`by Laingen and Lincoln on June 29`), with shared office, date and qualifier, added to `out`. */
function readGroup(group: Span, out: Person[]): void {
  let body = trimSpan(group, ',;');
  // `cleared: Nye (T)`, `Drafted: Pickering`: the colon of a telegram's drafting line after the verb, with no "by".
  if (body.text.charCodeAt(0) === 58 /* : */) body = trimmedSpanOf(body, 1, body.text.length);
  let groupOffice: string | undefined;
  let date: string | undefined;
  let qualifier: string | undefined;
  if (opensWithPlainBy(body.text)) {
    // `by Rusk …`: none of the openings below can match.
    body = spanOf(body, 3, body.text.length);
  } else {
    ({ body, groupOffice, date, qualifier } = readOpening(body));
  }
  // A trailing date ends in a digit: most groups end in a name and need no search.
  const trailingDate = body.text.length > 0 && isDigitCode(body.text.charCodeAt(body.text.length - 1)) && (body.text.includes(' ') || body.text.includes(',')) ? DATE.exec(body.text) : null;
  if (trailingDate) {
    date = trailingDate[1];
    body = trimmedSpanOf(body, 0, trailingDate.index);
  } else if (body.text.charCodeAt(body.text.length - 1) === 41 /* ) */) {
    // `Smith on July 2 (S/P)`: the office's symbol after the date is the group's, as in `Drafted in S/P by Smith on July 2`.
    // After an office written first (`Drafted in S/S by Smith on July 2 (EUR)`) it is the person's own, which wins, as in `in S/S by Smith (EUR)`.
    const dated = officeAfterDate(body);
    if (dated) ({ names: body, date, office: groupOffice } = dated);
  }
  if (isOneName(body.text)) {
    // `by Rusk`, the usual group: one word of SIMPLE_NAMES, the name as written, with the group's office, date and qualifier.
    out.push(person(body.text, groupOffice, date, rangeOf(body), qualifier));
    return;
  }
  const persons: NameRead[] = [];
  let sharedOffice: string | undefined;
  const simple = endsLikeName(body.text) && SIMPLE_NAMES.test(body.text);
  if (simple && !body.text.includes('(')) {
    // Names without offices: the group's office, if any, is each one's.
    readSimpleNames(body, persons);
    joinNameSuffixes(body, persons, 0);
  } else {
    let commaList = simple ? readNamesWithOffices(body, persons) : readNames(body, persons);
    // `Lightner, Jr.`: the comma before a suffix separates no names.
    if (commaList && joinNameSuffixes(body, persons, 0)) commaList = commaSeparated(body, persons);
    if (!commaList) sharedOffice = officeSharedByAll(persons);
  }
  for (const read of persons) {
    // `cleared in substance by Toon and Berlack`: the group's qualifier is each person's, after the person's own.
    out.push(person(read.name, read.office ?? sharedOffice ?? groupOffice, date, read.range, qualifier ? joinQualifiers(read.qualifier, qualifier) : read.qualifier));
  }
}

/** The longest office symbol {@link isSymbolShaped} takes, with the brackets around it. */
const MAX_BRACKETED_SYMBOL = 14;

/**
 * The names, date and office of a group that ends with a date and an office's symbol in brackets
 * (`Smith on July 2 (S/P)`), or null: the bracket closes the group, follows a digit, and holds a
 * symbol as {@link isSymbolShaped} tells one, not a note on the drafting (`on May 3 (not sent)`).
 */
function officeAfterDate(body: Span): { names: Span; date: string; office: string } | null {
  const text = body.text;
  // The bracket is found from the end, over the characters a symbol may hold (V8's `lastIndexOf` is slow): `(SOV)` after a name stops at once.
  let open = text.length - 2;
  while (open > 0 && text.length - open <= MAX_BRACKETED_SYMBOL && isSymbolCode(text.charCodeAt(open))) open--;
  if (open < 2 || text.charCodeAt(open) !== 40 /* ( */ || text.charCodeAt(open - 1) !== 32 || !isDigitCode(text.charCodeAt(open - 2))) return null;
  const office = text.slice(open + 1, text.length - 1);
  if (!isSymbolShaped(office, isKnownSymbol)) return null;
  const dated = DATE.exec(text.slice(0, open - 1));
  return dated ? { names: trimmedSpanOf(body, 0, dated.index), date: dated[1]!, office } : null;
}

/** Whether the code unit can stand in an office's symbol as {@link isSymbolShaped} reads one: a capital, a slash or a dash. */
function isSymbolCode(code: number): boolean {
  return (code >= 65 && code <= 90) || code === 47 || code === 45 || code === 0x2013;
}

/**
 * SPEC: a symbol after names joined only by "and" applies to all of them (`McSweeney and
 * Veliotes (SOV)`): the office of the last name, when no name before it has an office or
 * parentheses of its own, and the office is not one written before the name (`NSC (Matlock)`).
 */
function officeSharedByAll(persons: readonly NameRead[]): string | undefined {
  const last = persons[persons.length - 1];
  if (!last?.office || last.officeFirst) return undefined;
  for (let i = 0; i < persons.length - 1; i++) if (persons[i]!.office || persons[i]!.annotated) return undefined;
  return last.office;
}

/**
 * What opens a group before its names: qualifiers (`in substance`), a date (`on March 5`), an
 * office (`in S/S by`), `in`/`at`/`with`, `by`. Returns the names that follow, with the group's
 * office and date.
 */
function readOpening(group: Span): { body: Span; groupOffice: string | undefined; date: string | undefined; qualifier: string | undefined } {
  let body = group;
  let groupOffice: string | undefined;
  let date: string | undefined;
  let qualifier: string | undefined;
  for (;;) {
    const opening = startsWithOneOf(body.text, 'ifob') ? QUALIFIER.exec(body.text) : null;
    if (!opening || opening[0].length === 0) break;
    const words = opening[0].trim();
    qualifier = qualifier ? `${qualifier}, ${words}` : words;
    body = spanOf(body, opening[0].length, body.text.length);
  }
  const leadingDate = hasWordAt(body.text, 0, 'on') ? LEADING_DATE.exec(body.text) : null;
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
  if (startsWithOneOf(body.text, 'iaw') && /^(?:in|at|with)\s/i.test(body.text)) body = trimmedSpanOf(body, body.text.indexOf(' ') + 1, body.text.length);
  // `by`, in either case (`Drafted By Smith`), then a blank or, as the telegram's own lines print it, a colon (`Drafted by: EUR/SOV:ABCRONIN`).
  body = trimSpan(body.text.length > 2 && hasWordAt(body.text, 0, 'by') && isBlankOrColon(body.text.charCodeAt(2)) ? spanOf(body, 3, body.text.length) : body);
  return { body, groupOffice, date, qualifier };
}

/** Whether the code unit after `by` is a blank or a colon. */
function isBlankOrColon(code: number): boolean {
  return isSpaceCode(code) || code === 58 /* : */;
}

/** Whether `span` opens with a role verb (`Drafted by …`, `Approved in S …`). */
export function startsWithRoleVerb(span: Span): boolean {
  const text = span.text;
  if (text.length < 3) return false; // no read past the end
  // `| 32` maps an ASCII capital to its small letter, and no other code unit to a letter.
  const first = text.charCodeAt(0) | 32;
  const second = text.charCodeAt(1) | 32;
  const third = (text.charCodeAt(2) | 32) - 97;
  if (first >= 128 || second >= 128 || third < 0 || third > 25 || ((ROLE_VERB_OPENINGS[128 * first + second]! >>> third) & 1) === 0) return false;
  // `Initialed and drafted by …`, `Signed and approved by …`: of the words that fill no list, only `initialed` and `signed` before "and" open one.
  if ((first === 105 /* i */ && second === 110) /* n */ || (first === 115 /* s */ && second === 105) /* i */) return LEADING_UNLISTED_AND_ROLE_VERB.test(text);
  return LEADING_ROLE_VERB.test(text);
}

/**
 * The names of a group read as {@link readPeople} reads those after a verb (`by Jack Valenti`, `by
 * Bromley Smith on July 27`): the note-takers of a sentence that names no role verb (`Notes taken
 * by Jack Valenti`).
 */
export function readNameGroups(body: Span): Person[] {
  const out: Person[] = [];
  readGroups(trimSpan(body), out);
  return out;
}

/** Reads the people of a drafting sentence. */
export function readPeople(span: Span): People {
  const people: People = { drafters: [], clearances: [], approvers: [], leftovers: [] };
  // Most sentences have no semicolon: one subclause, read without splitting.
  if (!span.text.includes(';')) readSubclause(trimSpan(span), people);
  else {
    let role: Role = null;
    for (const { piece } of splitTopLevel(span, SUBCLAUSE_SEPARATOR, [';'])) {
      // `cleared by EUR: Seitz; P: Kimmitt; S/S: Wolff`: a name after its office's symbol and a colon, with no verb, goes on with
      // the clearances before it. After an approver (`approved by EUR: AHARTMAN; S/S: JPMOFFAT`) the telegram's later lines are
      // its clearing officers, not more approvers: that subclause stays a leftover.
      if (role === 'clearances' && opensWithOfficeColon(piece.text) && !nextRoleVerb(piece.text, 0)) readGroups(piece, people.clearances);
      else role = readSubclause(piece, people);
    }
  }
  return people;
}

/** An office's symbol, a colon and a capital opening a subclause (`P: Kimmitt`, `S/S:PTarnoff`). */
const OFFICE_COLON_OPENING = /^[A-Z][A-Z/\-–]{0,15}:\s?[A-Z]/;

/** Whether `text` opens with OFFICE_COLON_OPENING; tested on its first code units before the pattern runs. */
function opensWithOfficeColon(text: string): boolean {
  return text.length > 3 && isUpperCode(text.charCodeAt(0)) && text.indexOf(':') > 0 && OFFICE_COLON_OPENING.test(text);
}

/**
 * "and" before a verb of sending that ends the names of a clause (`Prepared by Moorer and sent to
 * Laird under a covering memorandum`, `Prepared by the Department of Defense and forwarded by
 * Laird`), or of what was done with the paper next (`Prepared by the Interagency Group and
 * considered by the SRG on March 3`): what follows is no name. The
 * lookbehind lets a match start only where the run of blanks starts.
 */
const AND_SENT = /(?<!\s)\s+and\s+(?=(?:sent|forwarded)\s+(?:to|through|via)\s|(?:pouched|passed|repeated)\s+to\s|(?:considered|discussed|reviewed|forwarded)\s+(?:by|at|in)\s)/i;
/**
 * A verb of AND_SENT between blanks: AND_SENT is tried only on a subclause that holds one (one
 * scan, where two searches of the words cost more). The distribution of a telegram may close its
 * drafting line (`Drafted by Hughes and sent through S/S`, `… and pouched to Saigon`, `… and
 * passed to the White House`).
 */
const SENDING = / (?:sent|forwarded|considered|discussed|reviewed|pouched|passed|repeated) /;

/**
 * Whether `text` opens with the word "from" or "to" and a blank (in any case): what a paper was
 * made from (`Transcribed from a tape recording`) or whom it went to (`submitted to the
 * Secretary on June 2`) names no one who made it.
 */
function opensWithFromOrTo(text: string): boolean {
  return hasWordAt(text, 0, 'from ') || hasWordAt(text, 0, 'to ');
}

/** A relative clause after a name (`approved by Kissinger, who initialed the memorandum`), from its comma. */
const RELATIVE_AFTER_NAME = /,\s*wh(?:o|ich)\s/;

/**
 * Reads one subclause (`cleared by Goodpaster and Rusk`) into `people`, or keeps it as a leftover.
 * Returns the role of its last verb that fills a list, or null.
 */
function readSubclause(subclause: Span, people: People): Role {
  // `approved by Kissinger, who initialed the memorandum`: the clause says what he did; it names no one.
  if (subclause.text.indexOf(' wh') > 0) {
    const relative = RELATIVE_AFTER_NAME.exec(subclause.text);
    if (relative) {
      readSubclause(trimmedSpanOf(subclause, 0, relative.index), people);
      // The clause runs to the end, or to ", and" before another role (`…, who was in Paris, and cleared by Jones`).
      const text = subclause.text;
      let end = text.length;
      for (let and = text.indexOf(', and ', relative.index + 1); and >= 0; and = text.indexOf(', and ', and + 1)) {
        if (LEADING_ROLE_VERB.test(text.slice(and + 6, and + 20))) {
          end = and;
          break;
        }
      }
      people.leftovers.push(trimmedSpanOf(subclause, relative.index + 1, end));
      // A verbless subclause after the relative clause goes on with no list.
      return end < text.length ? readSubclause(trimmedSpanOf(subclause, end + 2, text.length), people) : null;
    }
  }
  // `Prepared by Moorer and sent to Laird …`: the sending is kept as a leftover, not read as a name.
  if (SENDING.test(subclause.text)) {
    const sent = AND_SENT.exec(subclause.text);
    if (sent) {
      readSubclause(trimmedSpanOf(subclause, 0, sent.index), people);
      people.leftovers.push(trimmedSpanOf(subclause, sent.index + sent[0].length, subclause.text.length));
      return null;
    }
  }
  const text = subclause.text;
  let verb = nextRoleVerb(text, 0);
  if (!verb || (verb.index > 0 && text.slice(0, verb.index).replace(/^and\s+/i, '').trim() !== '')) {
    if (text) people.leftovers.push(subclause);
    return null;
  }
  // Roles joined by "and" with nothing between them share the names that follow.
  const pendingRoles: Role[] = [];
  let pending = 0;
  let clauseStart = verb.index;
  let filling = false;
  // Where the first verb that fills no list (`initialed`) stands among verbs joined by "and", or -1.
  let unlistedVerbStart = -1;
  // The role of the last list filled by one verb alone, which a verbless subclause after it goes on with.
  let lastRole: Role = null;
  while (verb) {
    const bodyStart = verb.end;
    const role = verb.role;
    if (pending === 0) {
      clauseStart = verb.index;
      filling = false;
      unlistedVerbStart = -1;
    }
    pendingRoles[pending++] = role;
    if (role === null && unlistedVerbStart < 0) unlistedVerbStart = verb.index;
    filling ||= role !== null;
    verb = nextRoleVerb(text, bodyStart);
    let body = trimmedSpanOf(subclause, bodyStart, verb ? verb.index : text.length);
    if (onlyAnd(body.text)) continue;
    // `Dictated by Dulles but not signed`: what "but" adds, to the end (its verb too), is no name; it is kept as a leftover.
    const but = body.text.indexOf(' but ');
    if (but > 0) {
      people.leftovers.push(trimmedSpanOf(subclause, body.start - subclause.start + but + 1, text.length));
      body = trimmedSpanOf(body, 0, but);
      verb = null;
    }
    // `Transcribed from a tape recording`, `Prepared from notes`: what it was made from names no
    // one, nor whom it went to (`Drafted by Cargo and submitted to the Secretary on June 2`).
    if (filling && !opensWithFromOrTo(body.text)) {
      // `Drafted by Goodpaster on July 2 (memorandum dated July 3)`: the bracket is kept as a leftover.
      const lastCode = body.text.charCodeAt(body.text.length - 1);
      const names = lastCode === 100 /* d, of a final "and" */ ? trimWordAnd(body) : body;
      const note = lastCode === 41 /* ) */ || (names !== body && names.text.charCodeAt(names.text.length - 1) === 41) ? bracketAfterDate(names.text) : -1;
      // `Drafted and initialed by Thompson`: the initialing is kept as written, from its verb on, as `initialed by Kohler` is.
      if (unlistedVerbStart >= 0) people.leftovers.push(trimSpan(trimWordAnd(trimmedSpanOf(subclause, unlistedVerbStart, (note >= 0 ? names.start + note : body.end) - subclause.start)), ','));
      if (note >= 0) people.leftovers.push(trimmedSpanOf(names, note, names.text.length));
      readRoleNames(trimSpan(note >= 0 ? trimmedSpanOf(names, 0, note) : body, ','), pendingRoles, pending, people);
      lastRole = pending === 1 ? pendingRoles[0]! : null;
    }
    // `initialed by Roosevelt`: names that fill no list are kept as written, not lost.
    else people.leftovers.push(trimSpan(trimWordAnd(trimmedSpanOf(subclause, clauseStart, body.end - subclause.start)), ','));
    pending = 0;
  }
  return lastRole;
}

/**
 * The offset of a bracket that ends a clause body after a date and opens with a small letter
 * (`on July 2 (memorandum dated July 3)`, `on May 3 (not sent)`): a note on the drafting, not an
 * office (offices are symbols or names in capitals); -1 when there is none.
 */
function bracketAfterDate(text: string): number {
  const open = text.lastIndexOf(' (');
  if (open < 1 || !isDigitCode(text.charCodeAt(open - 1))) return -1;
  const first = text.charCodeAt(open + 2);
  return first >= 97 && first <= 122 && text.indexOf(')', open) === text.length - 1 ? open + 1 : -1;
}

/**
 * Reads the names of a clause body into the lists of the first `count` of `roles` (at least one
 * of which fills a list).
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
 * House`), in small letters or in telegram capitals (`AND IN S`; not `And`), matched from the
 * blank before it; the word after it in either case.
 */
const GROUP_AND = /\s(?:and|AND)\s+(?=(?:[Ii][Nn]|[Aa][Tt]|[Ww][Ii][Tt][Hh]|[Bb][Yy])\s)/g;

/**
 * Reads the groups of a clause body (`by Klebenov, and in substance by Berlack (L/EUR)`) into
 * `out`. The body is split at GROUP_AND outside brackets, found in one scan: it is only tested,
 * and where "and" lies is read back from the end of the match.
 */
function readGroups(body: Span, out: Person[]): void {
  const text = body.text;
  // `by Coerr, in substance by Bowles, and by Bundy`: a comma alone may open a qualified group.
  const comma = commaGroupStart(text);
  if (comma >= 0) {
    readGroups(trimmedSpanOf(body, 0, comma), out);
    readGroups(trimmedSpanOf(body, comma + 1, text.length), out);
    return;
  }
  let last = 0;
  let bracket = -1;
  let depth = 0;
  let scanned = 0;
  // GROUP_AND's "and" is in small letters or capitals: most bodies (`by Rusk`) have neither, and the pattern does not run.
  for (let from = 0; from > 0 || text.indexOf('and') >= 0 || text.indexOf('AND') >= 0; ) {
    GROUP_AND.lastIndex = from;
    if (!GROUP_AND.test(text)) break;
    const end = GROUP_AND.lastIndex;
    from = end;
    // The separator starts where the blanks before "and" start, or at a comma just before them.
    let start = end;
    while (isSpaceCode(text.charCodeAt(start - 1))) start--;
    start -= 4; // "and" and the blank before it
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

/** A group that a comma opens without "and": a qualifier, then "by" (`, in substance by Bowles`, `, in draft by Kitchen`). */
const COMMA_GROUP = /in\s+(?:substance|draft)\s+by\s/iy;

/**
 * The offset of the first comma of `text` that opens a qualified group (COMMA_GROUP after its
 * blanks), or -1. Only a comma followed by "in" is tried, so the pattern runs at few places.
 */
function commaGroupStart(text: string): number {
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let at = comma + 1;
    while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
    if (!hasWordAt(text, at, 'in')) continue;
    COMMA_GROUP.lastIndex = at;
    if (COMMA_GROUP.test(text)) return comma;
  }
  return -1;
}

/** The longest office named before "by" (`in the Office of the Historian by`), in characters. */
const MAX_OFFICE_FIRST = 60;

/**
 * `in S/S by Grant G. Hilliker`, `in the Office of the Historian by Smith`: an office (no comma
 * or semicolon in it), then "by", then the names.
 */
function officeFirst(text: string): { office: string; namesStart: number } | null {
  const prefix = startsWithOneOf(text, 'ia') ? OFFICE_PREFIX.exec(text) : null;
  if (!prefix) return null;
  // " by " is searched in place, after the prefix, rather than in a slice of the rest.
  BY_WORD.lastIndex = prefix[0].length;
  const by = BY_WORD.exec(text);
  if (!by) return null;
  const office = text.slice(prefix[0].length, by.index).trim();
  if (!office || office.length > MAX_OFFICE_FIRST || office.includes(',') || office.includes(';')) return null;
  let namesStart = by.index + by[0].length;
  while (namesStart < text.length && isSpaceCode(text.charCodeAt(namesStart))) namesStart++;
  return namesStart < text.length ? { office, namesStart } : null;
}
