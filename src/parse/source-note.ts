/**
 * The parser's entry points: text → units → clauses → fields → record. Each unit (sentence or
 * parenthetical) is read by the first clause reader that accepts it; what no reader takes is
 * kept verbatim in `remarks`, so nothing of the note is lost.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { emptyProvenanceRecord, type Clause, type Location, type Person, type ProvenanceRecord, type Reference } from '../model/provenance.js';
import { DOCUMENT_FORMS, findDocumentForm } from '../vocab/document-forms.js';
import { matchRepositoryPrefix } from '../vocab/repositories.js';
import { copyListStart, listEnd, mentionsCopy, openingCopyListStart, readCopies } from './copies.js';
import { isDistributionSentence, opensWithRepeatedMessage, readDistribution, RELATIVE_CLAUSE, REPEATED_MESSAGE_WORDS, transmittedToMessage } from './distribution.js';
import { hasContent, readLocation, type KnownRepository } from './location.js';
import { looksLikeMarking, readMarking, readMisspelledClassification, startsWithCaption, type Marking } from './marking.js';
import type { NoteInput, ParseOptions } from './options.js';
import { readNameGroups, readPeople, startsWithRoleVerb } from './people.js';
import { matchPrintedCue, readPublications } from './printed.js';
import { appendDocumentReferences, readDocumentReferences } from './references.js';
import { hasWordAt, isAsciiLetterCode, isLowerCode, isSpaceCode, isUpperCode, lastIndexOfForward, startsWithOneOf } from './chars.js';
import { splitUnits, unitContent, type Unit } from './sentences.js';
import { rangeOf, spanOf, trimmedSpanOf, trimSpan, type Span } from './span.js';
import { appendTypography } from './typography.js';
import { citationOpenings, dropSourceCue, opensWithRepository, readCitation, type CitationOpenings } from './citation.js';
import { findMarks, hasOtherBlanks, withPlainSpaces } from './marks.js';
import { readLabels, repeatedLabel } from './label.js';

const EDITORIAL_MARKER = /^\[[^\]]{1,80}\]\.?$/;
/**
 * `Transmitted in …`, `This letter was transmitted as …`, `The text of this letter was transmitted in …`,
 * `Transmitted under cover of a memorandum from …`, and the interwar volumes' `Copy transmitted
 * to the Department by the Ambassador in France in his despatch No. 1234, March 3`.
 */
const TRANSMITTED = /^(?:This\s+\w+\s+was\s+|The\s+text\s+of\s+this\s+\w+\s+was\s+|Copy\s+)?Transmitted\s+(?:to\s+the\s+Department\s+by|in|as|by|under\s+cover\s+of)\s+/i;

/**
 * The parts a telegram was sent in (`Transmitted in two sections`, `in 3 parts`): how it went, not
 * the message that carried it.
 */
const IN_PARTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:sections|parts)\b/i;

/**
 * A sentence naming who took the notes the source text is (`Notes taken by Jack Valenti`, `The notes
 * of the meeting were taken by Tom Johnson`, `Summary notes prepared by Bromley Smith`), up to
 * "by " and the blank after it.
 */
const NOTES_TAKEN_BY = /^(?:(?:The|These|Summary|Handwritten)\s+)?notes(?:\s+of\s+(?:the|this)\s+meeting)?\s+(?:were\s+)?(?:taken|prepared|made|recorded)\s+by\s/i;

/** `; received March 15` after the transmitting message of a copy: when the Department had it, kept as a remark. */
const RECEIVED_AFTER = /;\s*received\s/i;

/** The record being built, with the parser's running state. */
interface Draft {
  record: ProvenanceRecord;
  /** The location cited last, for `ibid.`. */
  lastLocation: Location | null;
}

/**
 * Appends `items` to `target`, one push each: the readers hand back short lists (often empty),
 * which a spread call (`push(...items)`) costs twice as much to append.
 */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) target.push(items[k]!);
}

function addClause(draft: Draft, kind: Clause['kind'], span: Span): void {
  draft.record.clauses.push({ kind, range: rangeOf(span) });
}

function addRemark(draft: Draft, span: Span): void {
  draft.record.remarks.push(span.text);
  appendDocumentReferences(span, draft.record.references);
  // Most remarks have no bracket: one native search.
  if (span.text.indexOf('(') >= 0) addInlineArchivalReferences(draft, span);
}

/**
 * A piece of a unit kept as a remark, with the unit's final stop when the piece ends the unit's
 * content: a remark is the note's text as written, like the whole sentences kept beside it
 * (`… and pouched to Belgrade.`). The content keeps the stop of a final abbreviation (`at 4:30
 * a.m.`), which a reader may have trimmed from the piece: only full stops then lie between them.
 */
function withFinalStop(piece: Span, unit: Unit, content: Span): Span {
  if (piece.end >= unit.end) return piece;
  if (piece.end !== content.end && !onlyFullStops(unit.text, piece.end - unit.start, content.end - unit.start)) return piece;
  return { text: unit.text.slice(piece.start - unit.start), start: piece.start, end: unit.end };
}

/**
 * A clause of a people or distribution sentence that no list takes, in `unit` (whose content is
 * `content`): the copies when it is a copy clause after a semicolon (`Drafted by Smith; another
 * copy is in the Carter Library, …`, `Sent to Rusk; a copy is in …`), else a remark.
 */
function addLeftover(draft: Draft, unit: Unit, content: Span, leftover: Span): void {
  // A copy clause has its verb (`is in`, `are ibid.`): most leftovers (`initialed by Kohler`) have none and skip the pattern.
  const start = hasCopyVerbWord(leftover.text, 0) ? copyListStart(leftover) : -1;
  if (start >= 0) {
    const copies = readCopies(leftover, start, draft.lastLocation, draft.record.diagnostics);
    if (copies.length > 0) {
      addClauseBeforeCopies(draft, leftover, start);
      appendAll(draft.record.copies, copies);
      draft.lastLocation = copies[copies.length - 1]!;
      return;
    }
  }
  addRemark(draft, withFinalStop(leftover, unit, content));
}

/** Whether `text` has ` is ` or ` are ` at or after `from`: the verb every copy clause read after a semicolon has (`another copy is in …`). */
function hasCopyVerbWord(text: string, from: number): boolean {
  return text.indexOf(' is ', from) >= 0 || text.indexOf(' are ', from) >= 0;
}

/** The offset in `list` of a semicolon after which a copy clause follows (`…, p. 5; another copy is in …`), or -1. */
function copyClauseAfterSemicolon(list: Span): number {
  if (!hasCopyVerbWord(list.text, list.text.indexOf(';'))) return -1;
  for (let semicolon = list.text.indexOf(';'); semicolon >= 0; semicolon = list.text.indexOf(';', semicolon + 1)) {
    if (copyListStart(trimmedSpanOf(list, semicolon + 1, list.text.length)) >= 0) return semicolon;
  }
  return -1;
}

/**
 * The relative clause after a transmitting message (`Transmitted in telegram 1101 from Moscow,
 * which is printed in vol. XI, Document 84`, `…, January 25, which is not printed`, `Transmitted
 * as Tosec 230 to Kissinger, who was in Moscow`), kept as a remark from "which" or "who" on, as a
 * distribution sentence's is, with the documents it points at: `wordStart` is the offset in
 * `content` of that word, `end` where the clause ends (before `; received …`, else the content's end).
 */
function addRelativeClause(draft: Draft, unit: Unit, content: Span, wordStart: number, end = content.text.length): void {
  const clause = spanOf(content, wordStart, end);
  addRemark(draft, withFinalStop(clause, unit, content));
}

/** Where the relative word of a RELATIVE_CLAUSE match starts, past its comma and blanks, in the text it was found in. */
function relativeWordStart(relative: RegExpExecArray): number {
  let at = relative.index + 1;
  while (isSpaceCode(relative.input.charCodeAt(at))) at++;
  return at;
}

/**
 * The opening of a transmitting sentence (TRANSMITTED: `Transmitted in …`, `Copy transmitted by
 * …`), or null; only a text opening with T or with `Copy ` is matched.
 */
function transmittedOpening(text: string): RegExpExecArray | null {
  return startsWithOneOf(text, 't') || opensWithCopyOf(text) ? TRANSMITTED.exec(text) : null;
}

/** Whether `text[from, to)` is one or more full stops and nothing else. */
function onlyFullStops(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 46 /* . */) return false;
  return true;
}

/** Whether `text` opens with `Copy ` (`Copy transmitted …`): checked by its first and fourth letters before a pattern runs. */
function opensWithCopyOf(text: string): boolean {
  return (text.charCodeAt(0) | 32) === 99 /* c */ && (text.charCodeAt(3) | 32) === 121 /* y */ && text.charCodeAt(4) === 32;
}

const IBID_OPENING = /^ibid\b/i;
const LEADING_THE = /^the\s+/i;

/** `text` without a leading "the" (`the Kennedy Library`). */
function dropArticle(text: string): string {
  return startsWithOneOf(text, 't') ? text.replace(LEADING_THE, '') : text;
}

/**
 * Whether the unit read last was a marking: its words (`Secret; Verbatim Text`) mention no copy,
 * so a parenthetical after it locates none.
 */
function followsMarking(draft: Draft): boolean {
  const clauses = draft.record.clauses;
  return clauses.length > 0 && clauses[clauses.length - 1]!.kind === 'marking';
}

/** Reads a free-standing parenthetical: a copy of this document or a reference to another. */
function readParenthetical(draft: Draft, unit: Unit, previous: Unit | undefined): void {
  const { record } = draft;
  const close = lastClosingParenthesis(unit.text);
  const inner = trimSpan(spanOf(unit, 1, close > 0 ? close : unit.text.length), '.');
  const { read, describesOther } = readParentheticalLocation(draft, inner, record.diagnostics);
  if (read && hasContent(read.location) && !describesOther && previous && !followsMarking(draft) && mentionsCopy(previous)) {
    record.copies.push(read.location);
    draft.lastLocation = read.location;
    addClause(draft, 'copy', unit);
    return;
  }
  const reference: Reference = read
    ? { kind: 'archival', text: inner.text, location: read.location, range: rangeOf(inner) }
    : { kind: 'other', text: inner.text, range: rangeOf(inner) };
  if (read) draft.lastLocation = read.location;
  record.references.push(reference, ...readDocumentReferences(inner));
  record.remarks.push(unit.text);
  addClause(draft, 'reference', unit);
}

/**
 * The location a parenthetical's text names (`Kennedy Library, National Security Files, …`,
 * `ibid., Box 7`), or null: the part after its last semicolon (`Memorandum of conversation;
 * Department of State, …`, which then describes another document), read when it opens with a
 * known repository or `ibid.`.
 */
function readParentheticalLocation(draft: Draft, inner: Span, diagnostics: Diagnostic[]): { read: ReturnType<typeof readLocation>; describesOther: boolean } {
  const semicolon = lastIndexOfForward(inner.text, ';');
  const describesOther = semicolon > 0;
  const where = describesOther ? trimSpan(spanOf(inner, semicolon + 1, inner.text.length)) : inner;
  const ibid = startsWithOneOf(where.text, 'i') && IBID_OPENING.test(where.text);
  // The repository looked up here is handed on, so that reading the location does not walk it again.
  let known: KnownRepository | undefined;
  if (!ibid) {
    const named = dropArticle(where.text);
    known = { text: named, match: matchRepositoryPrefix(named) };
  }
  const read = ibid || known?.match !== undefined ? readLocation(where, draft.lastLocation, diagnostics, known) : null;
  return { read, describesOther };
}

/**
 * The offset of the last `)` in a parenthetical unit's `text`, or -1: most end with it, or with
 * `).`, which is read without a backward search (V8's `lastIndexOf` is a slow runtime call).
 */
function lastClosingParenthesis(text: string): number {
  const end = text.length;
  if (end > 0 && text.charCodeAt(end - 1) === 41 /* ) */) return end - 1;
  if (end > 1 && text.charCodeAt(end - 1) === 46 /* . */ && text.charCodeAt(end - 2) === 41 /* ) */) return end - 2;
  return text.lastIndexOf(')');
}

/**
 * The archival items a remark names in parentheses (`noted in Rusk’s Appointment Book (Johnson
 * Library)`, `a covering memorandum (ibid., Job 80–R01580R, Box 7)`), as references: each
 * top-level parenthetical whose location {@link readParentheticalLocation} reads. What reading
 * them reports is dropped: the remark is kept as written.
 */
function addInlineArchivalReferences(draft: Draft, span: Span): void {
  const text = span.text;
  let depth = 0;
  let open = -1;
  for (let at = text.indexOf('('); at >= 0 && at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 40 /* ( */) {
      if (depth++ === 0) open = at;
    } else if (code === 41 /* ) */ && depth > 0 && --depth === 0) {
      const inner = trimSpan(spanOf(span, open + 1, at), '.');
      const { read } = readParentheticalLocation(draft, inner, []);
      if (read && hasContent(read.location)) {
        draft.record.references.push({ kind: 'archival', text: inner.text, location: read.location, range: rangeOf(inner) });
        draft.lastLocation = read.location;
      }
      const next = text.indexOf('(', at + 1);
      if (next < 0) return;
      at = next - 1;
    }
  }
}

/**
 * Reads one unit after the citation; `content` is the unit without its final stop.
 * `afterCitation` says that the unit comes right after the citation, which a form may complete.
 */
function readUnit(draft: Draft, unit: Unit, content: Span, previous: Unit | undefined, afterCitation: boolean): void {
  const { record } = draft;
  if (unit.parenthetical) return readParenthetical(draft, unit, previous);

  if (record.classification ? startsWithCaption(content) : looksLikeMarking(content)) {
    // A second marking sentence (`Confidential. Priority.`) can only add captions. What it
    // reports counts only if the unit is read as one (else it is a remark, with no warning).
    const found: Diagnostic[] = [];
    const marking = readMarking(content, found);
    if (marking && (!record.classification || !marking.classification)) {
      appendAll(record.diagnostics, found);
      addClause(draft, 'marking', unit);
      addMarking(draft, unit, content, marking);
      return;
    }
    // The note's first unit opened with a caption's word but is no marking: a citation may
    // (`Personal Papers of Harold H. Saunders, Chronological File`).
    if (!marking && previous === undefined && readOpeningCitation(draft, unit, content)) return;
  }
  // The readers of sentences about the document ask only those opening with T that may be one.
  const subject = (content.text.charCodeAt(0) | 32) === 116 /* t */ ? tSentenceSubject(content.text) : Subject.Any;
  // `The minutes were drafted by Jan Lodal`: the drafting caption as a sentence about the document.
  const drafting = content.text.charCodeAt(0) === 84 /* T */ && (subject & Subject.Form) !== 0 ? documentDraftedAt(content.text) : -1;
  if (drafting > 0 || startsWithRoleVerb(content)) {
    if (!readPeopleInto(draft, unit, content, drafting > 0 ? spanOf(content, drafting, content.text.length) : content)) {
      // `Drafted on June 3.`: a sentence that names no one is kept as written, not lost.
      addRemark(draft, unit);
      addClause(draft, 'remark', unit);
      return;
    }
    addClause(draft, 'people', unit);
    return;
  }
  // `Notes taken by Jack Valenti`: the note-taker of meeting notes is their drafter, as `Recorded by …` is.
  const takenBy = (subject & Subject.Notes) !== 0 && startsWithOneOf(content.text, 'ntsh') && content.text.indexOf('otes ') > 0 ? NOTES_TAKEN_BY.exec(content.text) : null;
  if (takenBy) {
    const takers = readNameGroups(spanOf(content, takenBy[0].length - 3, content.text.length));
    if (takers.length > 0) {
      appendAll(record.drafters, takers);
      addClause(draft, 'people', unit);
      return;
    }
  }
  const transmitted = (subject & (Subject.Text | Subject.WasTransmitted)) !== 0 ? transmittedOpening(content.text) : null;
  if (transmitted && IN_PARTS.test(content.text.slice(transmitted[0].length))) {
    // `Transmitted in two sections and repeated to London.`: read as `Sent in two sections …` is.
    readDistributionInto(draft, unit, content, content);
    addClause(draft, 'distribution', unit);
    return;
  }
  if (transmitted) {
    let message = content.text.slice(transmitted[0].length);
    // `…, March 3; received March 15`: the day of receipt is no part of the message.
    const received = message.indexOf(';') >= 0 ? RECEIVED_AFTER.exec(message) : null;
    if (received) message = message.slice(0, received.index);
    const relative = RELATIVE_CLAUSE.exec(message);
    record.transmittedIn ??= relative ? message.slice(0, relative.index) : message;
    // The relative clause ends where the day of receipt starts.
    if (relative) addRelativeClause(draft, unit, content, transmitted[0].length + relativeWordStart(relative), received ? transmitted[0].length + received.index : content.text.length);
    if (received) {
      const from = transmitted[0].length + received.index + 1;
      addRemark(draft, withFinalStop(trimSpan(spanOf(content, from, content.text.length)), unit, content));
    }
    addClause(draft, 'transmitted', unit);
    return;
  }
  // `Transmitted to Moscow in telegram 1234`: the place before the message.
  if ((subject & (Subject.Text | Subject.WasTransmitted)) !== 0 && startsWithOneOf(content.text, 't')) {
    // `…, January 24; received January 30`: the day of receipt is no part of the message.
    const received = content.text.indexOf(';') >= 0 ? RECEIVED_AFTER.exec(content.text) : null;
    const sentence = received ? content.text.slice(0, received.index) : content.text;
    const transmittedTo = transmittedToMessage(sentence);
    if (transmittedTo !== null) {
      record.transmittedIn ??= transmittedTo;
      // The message was read up to a relative clause after it, if there is one.
      const relative = sentence.indexOf(',') >= 0 ? RELATIVE_CLAUSE.exec(sentence) : null;
      if (relative) addRelativeClause(draft, unit, content, relativeWordStart(relative), sentence.length);
      if (received) addRemark(draft, withFinalStop(trimSpan(spanOf(content, received.index + 1, content.text.length)), unit, content));
      addClause(draft, 'transmitted', unit);
      return;
    }
  }
  if (isDistributionSentence(content.text)) {
    readDistributionInto(draft, unit, content, content);
    addClause(draft, 'distribution', unit);
    return;
  }
  const printedCue = matchPrintedCue(content);
  if (printedCue) {
    const list = spanOf(content, printedCue.listStart, content.text.length);
    // `Also printed in Vance, Hard Choices, p. 5; another copy is in …`: the copy clause ends the list.
    const copyClause = list.text.indexOf(';') >= 0 ? copyClauseAfterSemicolon(list) : -1;
    appendAll(record.printed, readPublications(copyClause < 0 ? list : trimmedSpanOf(list, 0, copyClause), printedCue));
    if (copyClause >= 0) addLeftover(draft, unit, content, trimmedSpanOf(list, copyClause + 1, list.text.length));
    addClause(draft, 'printed', unit);
    return;
  }
  const copyStart = copyListStart(content);
  if (copyStart >= 0) {
    const copies = readCopies(content, copyStart, draft.lastLocation, record.diagnostics);
    if (copies.length > 0) {
      addClauseBeforeCopies(draft, content, copyStart);
      appendAll(record.copies, copies);
      draft.lastLocation = copies[copies.length - 1]!;
      addClauseAfterCopies(draft, unit, content, copyStart);
      addClause(draft, 'copy', unit);
      return;
    }
  }
  // What no reader above took: the rare sentences read at the remark fallback, else a remark.
  if (readRareSentence(draft, unit, content, afterCitation, subject)) return;
  addRemark(draft, unit);
  addClause(draft, 'remark', unit);
}

/**
 * Reads a sentence that no reader of {@link readUnit} took, in the shapes looked for only there
 * (each rare, and each test kept out of the common readers): a form completing the citation, a
 * message's number then its repeat, a classification with a slip, a clause naming the
 * transmitting message after a semicolon, the copy the text is printed from. False when the
 * sentence is none of them (the caller keeps it as a remark).
 */
function readRareSentence(draft: Draft, unit: Unit, content: Span, afterCitation: boolean, subject: number): boolean {
  const { record } = draft;
  if (afterCitation && isFormSentence(record, content)) {
    // `893.00/4567. Telegram.`: the form completes the citation, as after a colon. No reader
    // takes a form name, so only the sentences left for remarks are looked up.
    record.form = content.text;
    addClause(draft, 'citation', unit);
    return true;
  }
  if ((subject & (Subject.Message | Subject.OtherWord)) !== 0 && opensWithRepeatedMessage(content.text)) {
    // `Dulte 42 repeated to Paris.`: a distribution sentence that opens with the message's number.
    readDistributionInto(draft, unit, content, content);
    addClause(draft, 'distribution', unit);
    return true;
  }
  // `Secrct.`: a classification with a slip of the pen, read and reported.
  const misspelled = record.classification ? null : readMisspelledClassification(content, record.diagnostics);
  if (misspelled) {
    addClause(draft, 'marking', unit);
    addMarking(draft, unit, content, misspelled);
    return true;
  }
  // `Translated in the Embassy; transmitted in telegram 1789 from Moscow, January 17`: the clause after the semicolon names the message.
  const semicolon = content.text.indexOf('; transmitted ');
  if (semicolon > 0 && readTransmittedClause(draft, trimmedSpanOf(content, semicolon + 2, content.text.length))) {
    addRemark(draft, withFinalStop(trimmedSpanOf(content, 0, semicolon), unit, content));
    addClause(draft, 'transmitted', unit);
    return true;
  }
  // `763.72/1234. Printed from the copy in the Lansing Papers.`: after the citation, the copy the
  // text is printed from is another place of it (a sentence opening with P or T only is looked at).
  const first = content.text.charCodeAt(0);
  if ((first === 80 /* P */ || (first === 84 /* T */ && (subject & Subject.Source) !== 0)) && record.primary && readSourceCopy(draft, unit, content)) return true;
  return false;
}

/** Whether two locations name the same place: the same repository, path and identifiers. */
function samePlace(a: Location, b: Location): boolean {
  return (
    a.repositoryId === b.repositoryId &&
    a.collection === b.collection &&
    a.series.join('\n') === b.series.join('\n') &&
    a.file === b.file &&
    a.lot === b.lot &&
    a.box === b.box &&
    a.folder === b.folder
  );
}

/**
 * Reads a sentence naming the copy the text is printed from (`Printed from the copy in the
 * Lansing Papers`, `The source text is the signed original in the Roosevelt Papers`) after the
 * citation into the copies; false when it opens with no such words or names no place.
 */
function readSourceCopy(draft: Draft, unit: Unit, content: Span): boolean {
  const place = dropSourceCue(content);
  if (place.start === content.start) return false;
  const read = readLocation(place, draft.lastLocation, draft.record.diagnostics);
  // `Roosevelt Papers. Printed from a copy in the Roosevelt Papers.`: the citation's own place is no other copy (a remark).
  if (!read || samePlace(read.location, draft.record.primary!)) return false;
  draft.record.copies.push(read.location);
  draft.lastLocation = read.location;
  addClause(draft, 'copy', unit);
  return true;
}

/**
 * Reads a clause that opens with `transmitted` after another clause (`Drafted by Smith;
 * transmitted in telegram 1789 from Moscow`) into `transmittedIn`, as the sentence
 * `Transmitted in …` is read (without a relative clause after the message); false when it does
 * not name the message as such a sentence does.
 */
function readTransmittedClause(draft: Draft, clause: Span): boolean {
  const opening = transmittedOpening(clause.text);
  if (!opening || IN_PARTS.test(clause.text.slice(opening[0].length))) return false;
  const message = trimSpan(spanOf(clause, opening[0].length, clause.text.length), '.');
  if (message.text.length === 0 || message.text.indexOf(';') >= 0 || RELATIVE_CLAUSE.test(message.text)) return false;
  draft.record.transmittedIn ??= message.text;
  return true;
}

/**
 * Reads `sentence`, a people sentence in `unit` (whose content is `content`), into the record;
 * false, with nothing read, when it names no one and leaves nothing over.
 */
function readPeopleInto(draft: Draft, unit: Unit, content: Span, sentence: Span): boolean {
  const people = readPeople(sentence);
  if (people.drafters.length + people.clearances.length + people.approvers.length + people.leftovers.length === 0) return false;
  const { record } = draft;
  unglueBy(people.drafters, record.diagnostics);
  unglueBy(people.clearances, record.diagnostics);
  unglueBy(people.approvers, record.diagnostics);
  appendAll(record.drafters, people.drafters);
  appendAll(record.clearances, people.clearances);
  appendAll(record.approvers, people.approvers);
  for (const leftover of people.leftovers) {
    // `Drafted by Heavner and repeated to CINCPAC`: the repeat closing the drafting line fills repeatedTo.
    if (hasWordAt(leftover.text, 0, 'repeated ')) readDistributionInto(draft, unit, content, leftover);
    else if (!(hasWordAt(leftover.text, 0, 'transmitted ') && readTransmittedClause(draft, leftover))) addLeftover(draft, unit, content, leftover);
  }
  return true;
}

/** Reads `marking`, read from `unit` (whose content is `content`), into the record: its classification, captions, addressee, distribution and people. */
function addMarking(draft: Draft, unit: Unit, content: Span, marking: Marking): void {
  const { record } = draft;
  record.classification ??= marking.classification;
  appendAll(record.handling, marking.handling);
  // `… for the President from the Former Naval Person`: whom the message is for, kept as written.
  if (marking.addressee) addRemark(draft, withFinalStop(marking.addressee, unit, content));
  // `Confidential; repeated to Tokyo`: read as the sentence `Repeated to Tokyo` would be.
  if (marking.distribution) readDistributionInto(draft, unit, content, marking.distribution);
  // `Secret; Nodis Drafted by Smith; cleared by Jones`: the drafting sentence whose full stop is missing.
  if (marking.people && !readPeopleInto(draft, unit, content, marking.people)) addRemark(draft, withFinalStop(marking.people, unit, content));
}

/** The first words of the document forms' aliases, in small letters (`minutes`, `memorandum`, `national`). */
const FORM_FIRST_WORDS: ReadonlySet<string> = new Set(DOCUMENT_FORMS.flatMap((form) => form.aliases.map((alias) => alias.split(' ')[0]!.toLowerCase())));
/** The longest of FORM_FIRST_WORDS. */
const MAX_FORM_WORD = Math.max(...[...FORM_FIRST_WORDS].map((word) => word.length));

/** Whether `text[start, end)` is one of FORM_FIRST_WORDS, in either case (looked up among SUBJECT_WORDS, which holds them). */
function isFormFirstWord(text: string, start: number, end: number): boolean {
  return (subjectOfWord(text, start, end) & Subject.Form) !== 0;
}

/**
 * Where `drafted by` or `prepared by` starts in a sentence that says who drafted the document,
 * naming it by its form (`The minutes were drafted by Jan Lodal of the NSC Staff`, `This
 * memorandum was prepared by Sonnenfeldt`), or `drafted in` its office (`The telegram was
 * drafted in the White House and cleared by McGeorge Bundy`), or -1. Other subjects (`The final drafting of this
 * message was done …`, `The paper was prepared in response to …`) are no drafting caption. The
 * words are compared in place, with no slice but the form's, which most sentences (`The meeting
 * was held …`, `The memorandum is Part VII of VIII`) never reach.
 */
function documentDraftedAt(text: string): number {
  const by = documentVerbAt(text);
  return by >= 0 && (hasWordAt(text, by, 'drafted by ') || hasWordAt(text, by, 'prepared by ') || draftedInOffice(text, by)) ? by : -1;
}

/**
 * What a sentence opening with T may be about, as far as {@link tSentenceSubject} tells from its
 * first words: each reader of sentences about the document looks for one of these openings
 * first, and is asked only when the sentence may have it. Flags; {@link Subject.Any} when the
 * words do not tell (and for every sentence that opens otherwise).
 */
const enum Subject {
  /** `The minutes were drafted by …`: a form of the document-form table after the article. */
  Form = 1,
  /** `These notes were taken by …`. */
  Notes = 2,
  /** `The text of this telegram was transmitted …`. */
  Text = 4,
  /** `This cable was repeated to …`. */
  Message = 8,
  /** `The source text is …`. */
  Source = 16,
  /** `This report was transmitted …`: any word, then "was transmitted". */
  WasTransmitted = 32,
  /** `Telegram 12 repeated to …`: a first word that is no article (a numbered message may open so). */
  OtherWord = 64,
  /** Any of them: the words do not tell, or the sentence opens otherwise than with T. */
  Any = 127,
}

/**
 * The words after `The`, `This` or `These` that open a sentence about the document, with what
 * each may open ({@link Subject}): the forms (`minutes`, `telegram`), `notes`, `text`, the words
 * that name a repeated message and `source`.
 */
const SUBJECT_WORDS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (word: string, subject: Subject): void => {
    words.set(word, (words.get(word) ?? 0) | subject);
  };
  for (const word of FORM_FIRST_WORDS) add(word, Subject.Form);
  for (const word of REPEATED_MESSAGE_WORDS) add(word, Subject.Message);
  add('notes', Subject.Notes);
  add('text', Subject.Text);
  add('source', Subject.Source);
  return words;
})();
/** The longest of SUBJECT_WORDS: a longer word is none of them. */
const MAX_SUBJECT_WORD = Math.max(...[...SUBJECT_WORDS.keys()].map((word) => word.length));
/** A word's first letter (an ASCII letter, in either case) and length, as one cell of SUBJECT_WORDS_BY_SHAPE; -1 for any other first character or a longer word. */
function subjectWordShape(first: number, length: number): number {
  const letter = (first | 32) - 97;
  return letter >= 0 && letter < 26 && length <= MAX_SUBJECT_WORD ? letter * (MAX_SUBJECT_WORD + 1) + length : -1;
}
/** SUBJECT_WORDS by their shape: a word is compared in place with the few of its first letter and length, not sliced. */
const SUBJECT_WORDS_BY_SHAPE: readonly (readonly { readonly word: string; readonly subject: number }[])[] = (() => {
  const table: { word: string; subject: number }[][] = Array.from({ length: 26 * (MAX_SUBJECT_WORD + 1) }, () => []);
  for (const [word, subject] of SUBJECT_WORDS) table[subjectWordShape(word.charCodeAt(0), word.length)]!.push({ word, subject });
  return table;
})();

/** What the word `text[start, end)` may open after an article: its SUBJECT_WORDS flags, in either case, or 0. */
function subjectOfWord(text: string, start: number, end: number): number {
  const shape = subjectWordShape(text.charCodeAt(start), end - start);
  if (shape < 0) return 0;
  const words = SUBJECT_WORDS_BY_SHAPE[shape]!;
  for (let k = 0; k < words.length; k++) if (hasWordAt(text, start, words[k]!.word)) return words[k]!.subject;
  return 0;
}

/**
 * What the sentence `text`, which opens with T, may be about ({@link Subject}). Most such
 * sentences open with an article and a word that tells (`The source text is …`, `The memorandum
 * is …`, `The meeting was held …`), and each reader of sentences about the document then need
 * not test its opening. Whatever is not plainly written (blanks other than one space, a word not
 * of ASCII letters) may be anything: {@link Subject.Any}.
 */
function tSentenceSubject(text: string): number {
  const article = hasWordAt(text, 0, 'the') ? (hasWordAt(text, 3, 'se') ? 5 : 3) : hasWordAt(text, 0, 'this') ? 4 : -1;
  if (article < 0 || (article < text.length && isAsciiLetterCode(text.charCodeAt(article)))) return hasWordAt(text, 0, 'transmitted') ? Subject.Any : Subject.OtherWord;
  if (article >= text.length || text.charCodeAt(article) !== 32) return Subject.Any;
  const wordStart = article + 1;
  let wordEnd = wordStart;
  while (wordEnd < text.length && isAsciiLetterCode(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd === wordStart || wordEnd + 1 >= text.length || text.charCodeAt(wordEnd) !== 32 || !isAsciiLetterCode(text.charCodeAt(wordEnd + 1))) return Subject.Any;
  return subjectOfWord(text, wordStart, wordEnd) | (wasTransmittedAt(text, wordEnd + 1) ? Subject.WasTransmitted : 0);
}

/**
 * Whether "was transmitted" may stand at `at` (`This report was transmitted …`): "was", then
 * one space and "transmitted"; after "was" and any other character than a space or a letter
 * (another blank, a comma), the readers' patterns decide.
 */
function wasTransmittedAt(text: string, at: number): boolean {
  if (!hasWordAt(text, at, 'was')) return false;
  // (No read past the end: V8 would recompile the test more generally.)
  if (at + 3 >= text.length) return true;
  const after = text.charCodeAt(at + 3);
  return after === 32 ? hasWordAt(text, at + 4, 'transmitted') : !isAsciiLetterCode(after);
}

/**
 * Where the words after the verb start in a sentence about the document named by its form (`The
 * minutes were drafted by …`, `The telegram was drafted in the White House …`): past " was " or
 * " were " after the form; -1 for any other sentence.
 */
function documentVerbAt(text: string): number {
  const article = hasWordAt(text, 0, 'the ') ? 4 : hasWordAt(text, 0, 'this ') ? 5 : -1;
  if (article < 0) return -1;
  let wordEnd = article;
  while (wordEnd < text.length && wordEnd - article <= MAX_FORM_WORD && text.charCodeAt(wordEnd) !== 32) wordEnd++;
  if (!isFormFirstWord(text, article, wordEnd)) return -1;
  // The verb follows the form, which is short: " was " or " were " within the first words, looked
  // for there only (a search of the whole sentence would read to the end of a long remark).
  const limit = Math.min(text.length - 1, article + MAX_FORM_LENGTH + 1);
  for (let at = wordEnd; at < limit; at++) {
    if (text.charCodeAt(at) !== 32 || text.charCodeAt(at + 1) !== 119 /* w */) continue;
    const verbLength = hasWordAt(text, at + 1, 'was ') ? 5 : hasWordAt(text, at + 1, 'were ') ? 6 : 0;
    if (verbLength === 0) continue;
    return findDocumentForm(text.slice(article, at)) ? at + verbLength : -1;
  }
  return -1;
}

/**
 * Whether `drafted in` or `drafted at` at `at` names the office the document was drafted in
 * (`was drafted in the White House`, `was drafted in S/P and cleared by …`): a capital follows,
 * perhaps after "the"; not `drafted in response to …`.
 */
function draftedInOffice(text: string, at: number): boolean {
  if (!hasWordAt(text, at, 'drafted ') || !(hasWordAt(text, at + 8, 'in ') || hasWordAt(text, at + 8, 'at '))) return false;
  const office = hasWordAt(text, at + 11, 'the ') ? at + 15 : at + 11;
  return isUpperCode(text.charCodeAt(office));
}

/**
 * `approved byBall`: a name read with the `by` run on to it (a small `by`, then a capitalised
 * word) is the name after `by`; the slip is reported. A person of two lists (`Drafted and
 * approved byBall`) is one object, mended and reported once. Two character tests a name.
 */
function unglueBy(persons: readonly Person[], diagnostics: Diagnostic[]): void {
  for (const person of persons) {
    const name = person.name;
    // The length first: a read past the end of a short name (`S`, `EUR`) would make V8 recompile the test.
    if (name.length < 4 || name.charCodeAt(0) !== 98 /* b */ || name.charCodeAt(1) !== 121 /* y */ || !isUpperCode(name.charCodeAt(2)) || !isLowerCode(name.charCodeAt(3))) continue;
    const start = person.range?.[0] ?? 0;
    diagnostics.push({
      ruleId: 'missing-space-after-by',
      severity: 'warning',
      message: `Unexpected \`${name}\`, expected a space after \`by\`: \`by ${name.slice(2)}\``,
      range: [start, start + name.length],
      actual: name,
      expected: `by ${name.slice(2)}`,
    });
    person.name = name.slice(2);
    if (person.range) person.range = [start + 2, person.range[1]];
  }
}

/** Reads `sentence`, a distribution sentence in `unit` (whose content is `content`), into the record. */
function readDistributionInto(draft: Draft, unit: Unit, content: Span, sentence: Span): void {
  const distribution = readDistribution(sentence);
  appendAll(draft.record.repeatedTo, distribution.repeatedTo);
  for (const leftover of distribution.leftovers) addLeftover(draft, unit, content, leftover);
}

/** Reads the note's first unit as its citation into the draft; false when it locates nothing. */
function readOpeningCitation(draft: Draft, unit: Unit, content: Span, openings?: CitationOpenings): boolean {
  const citation = readCitation(draft.record, content, openings);
  if (!citation) return false;
  addClause(draft, 'citation', unit);
  if (citation.marking) addMarking(draft, unit, content, citation.marking);
  if (citation.textNote) addRemark(draft, citation.textNote);
  draft.lastLocation = citation.lastLocation;
  return true;
}

/**
 * Reads a note's first unit that is a copy sentence (`Another copy is in the Kennedy Library, …`)
 * as its copies, and reports that the note gives no location of the source text itself; false,
 * with nothing read, when the unit is no copy sentence or locates nothing.
 */
function readOpeningCopy(draft: Draft, unit: Unit, content: Span): boolean {
  const start = openingCopyListStart(content);
  if (start < 0) return false;
  // What reading the list reports counts only if the unit is read as copies.
  const found: Diagnostic[] = [];
  const copies = readCopies(content, start, null, found);
  if (copies.length === 0) return false;
  const { record } = draft;
  addClauseBeforeCopies(draft, content, start);
  appendAll(record.copies, copies);
  draft.lastLocation = copies[copies.length - 1]!;
  addClauseAfterCopies(draft, unit, content, start);
  addClause(draft, 'copy', unit);
  record.diagnostics.push(missingPrimary(unit, 'copy sentence'), ...found);
  return true;
}

/**
 * The clause before a copy clause of the same sentence, after a semicolon (`The signed original
 * was sent to the White House; a copy is in the Carter Library, …`), kept as a remark: the copy
 * reader takes the text from the copy's verb on, and the subject's own clause would be lost.
 */
function addClauseBeforeCopies(draft: Draft, content: Span, start: number): void {
  // Most copy sentences have no semicolon before their locations.
  const semicolon = content.text.lastIndexOf(';', start);
  if (semicolon <= 0 || !parenthesesClosed(content.text, semicolon)) return;
  const clause = trimSpan(spanOf(content, 0, semicolon));
  if (clause.text.length > 0) addRemark(draft, clause);
}

/** Whether every parenthesis opened in `text` before `end` is closed there: a semicolon at `end` stands outside them. */
function parenthesesClosed(text: string, end: number): boolean {
  let depth = 0;
  for (let at = text.indexOf('('); at >= 0 && at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 40 /* ( */) depth++;
    else if (code === 41 /* ) */ && depth > 0) depth--;
  }
  return depth === 0;
}

/**
 * The clause after the list of a copy sentence that starts at `start`, past a semicolon (`…,
 * Whitman File; it is attached to a memorandum of May 4.`), kept as a remark: the list stops
 * before it, and nothing of the note is lost.
 */
function addClauseAfterCopies(draft: Draft, unit: Unit, content: Span, start: number): void {
  // Most copy sentences have no semicolon: listEnd is not called.
  if (content.text.indexOf(';', start) < 0) return;
  const end = listEnd(content.text, start);
  if (end >= content.text.length) return;
  const clause = trimSpan(spanOf(content, end + 1, content.text.length));
  if (clause.text.length > 0) addRemark(draft, withFinalStop(clause, unit, content));
}

/** The report that the note opens with `what` (a copy sentence, …) instead of the location of the source text. */
function missingPrimary(unit: Unit, what: string): Diagnostic {
  return {
    ruleId: 'missing-primary-location',
    severity: 'warning',
    message: `Unexpected ${what} \`${truncate(unit.text)}\` at the start of the note, expected the location of the source text itself (such as \`Department of State, Central Files, …\`) before ${what === 'copy sentence' ? 'other copies' : 'it'}`,
    range: rangeOf(unit),
    actual: unit.text,
  };
}

/**
 * Whether a note's first unit, which locates nothing, tells where the message went: a
 * distribution sentence (`Repeated to Tokyo`) or a transmitting one (`Copy transmitted by …`).
 * Only a unit opening with C, T, R, S, A or P is looked at.
 */
function opensWithMessageHistory(text: string): boolean {
  if (startsWithOneOf(text, 'ct')) return transmittedOpening(text) !== null;
  return isDistributionSentence(text);
}

/**
 * Parses without guarding against internal errors. Line breaks, tabs and no-break spaces (a note
 * pasted from a page) are read as spaces, offset for offset; remarks and the text diagnostics
 * quote stay as written.
 */
function parse(note: string, options?: ParseOptions): ProvenanceRecord {
  if (!hasOtherBlanks(note)) return parseText(note, findMarks(note), options);
  const text = withPlainSpaces(note);
  return withVerbatimText(parseText(text, findMarks(text), options), note, text);
}

/**
 * The record of `text`, read with its other blanks as spaces (`spaced`), with its remarks and the
 * `actual` text of its diagnostics taken from the note as written (`note`): the two differ only
 * in those blanks, offset for offset. A remark is found in `spaced` from where the one before it
 * ended (remarks are in the note's order), or else from the start.
 */
function withVerbatimText(record: ProvenanceRecord, note: string, spaced: string): ProvenanceRecord {
  let from = 0;
  record.remarks = record.remarks.map((remark) => {
    let at = spaced.indexOf(remark, from);
    if (at < 0) at = spaced.indexOf(remark);
    if (at < 0) return remark;
    from = at + remark.length;
    return note.slice(at, from);
  });
  for (const diagnostic of record.diagnostics) {
    const [start, end] = diagnostic.range;
    if (diagnostic.actual !== undefined && diagnostic.actual === spaced.slice(start, end)) diagnostic.actual = note.slice(start, end);
  }
  return record;
}

/** Parses `text`, whose marks ({@link findMarks}) are `marks`. */
function parseText(text: string, marks: number[], options?: ParseOptions): ProvenanceRecord {
  const draft: Draft = { record: emptyProvenanceRecord(text, options?.context), lastLocation: null };
  const { record } = draft;
  appendTypography(text, marks, record.diagnostics);
  const labels = readLabels(text);
  if (labels.count > 1) record.diagnostics.push(repeatedLabel(text, labels));
  const whole: Span = { text, start: 0, end: text.length };
  if (labels.count > 0) addClause(draft, 'source-label', trimmedSpanOf(whole, 0, labels.end));
  const body = trimmedSpanOf(whole, labels.end, text.length);

  if (body.text.length === 0) {
    record.diagnostics.push({
      ruleId: 'empty-note',
      severity: 'warning',
      message: 'Unexpected empty source note, expected a location such as `Department of State, Central Files, …`',
      range: [0, text.length],
    });
    return record;
  }
  if (body.text.charCodeAt(0) === 91 /* [ */ && EDITORIAL_MARKER.test(body.text)) {
    record.remarks.push(body.text);
    addClause(draft, 'editorial-marker', body);
    record.diagnostics.push({
      ruleId: 'editorial-marker',
      severity: 'info',
      message: `Unexpected editorial marker \`${body.text}\` where a source note was expected`,
      range: rangeOf(body),
      actual: body.text,
    });
    return record;
  }

  if (isNumberedHeading(body.text)) {
    // `No. 123.] Mr. Seward to Mr. Adams.`: the heading of a numbered despatch, not a note.
    record.remarks.push(body.text);
    addClause(draft, 'editorial-marker', body);
    record.diagnostics.push(headingDiagnostic(body));
    return record;
  }

  const units = splitUnits(body, marks);
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]!;
    const content = unitContent(unit);
    // Most notes open with a repository, whose citation is read first: the tests for a marking,
    // a people sentence or a copy sentence are made only when it is not.
    const openings = index === 0 ? citationOpenings(content.text) : undefined;
    const cited = openings !== undefined && opensWithRepository(openings);
    if (cited && readOpeningCitation(draft, unit, content, openings)) continue;
    if (index === 0 && !looksLikeMarking(content) && !startsWithRoleVerb(content)) {
      if (readOpeningCopy(draft, unit, content)) continue;
      if (!cited && readOpeningCitation(draft, unit, content, openings)) continue;
      if (opensWithMessageHistory(content.text)) {
        // `Repeated to Tokyo.`, `Copy transmitted by the Ambassador in his despatch No. 345`: a
        // footnote on the message's way given alone, read as after a citation, and reported.
        record.diagnostics.push(missingPrimary(unit, 'sentence on where the message went'));
        readUnit(draft, unit, content, undefined, false);
        continue;
      }
      if (units.length === 1 && isDocumentHeading(content.text)) {
        // `The Minister in China (Johnson) to the Secretary of State`: the heading, not a note.
        record.remarks.push(unit.text);
        addClause(draft, 'editorial-marker', unit);
        record.diagnostics.push(headingDiagnostic(unit));
        continue;
      }
      record.diagnostics.push({
        ruleId: 'unparsed-text',
        severity: 'warning',
        message: `Unexpected \`${truncate(unit.text)}\`, expected a repository, file or publication for the source text`,
        range: rangeOf(unit),
        actual: unit.text,
      });
      addRemark(draft, unit);
      addClause(draft, 'remark', unit);
      continue;
    }
    readUnit(draft, unit, content, units[index - 1], index === 1);
  }
  return record;
}

/**
 * A document heading (`The Minister in China (Johnson) to the Secretary of State`, `Mr. Seward to
 * Mr. Adams`, `President Wilson to the Secretary of State`): a sender of two or more words,
 * perhaps a name in parentheses, "to", an addressee likewise. A word is capitalised (`Minister`,
 * `Mr.`) or a small word of a title (`in`, `of`), and each follows a blank, so that the words
 * cannot be read in two ways.
 */
const DOCUMENT_HEADING =
  /^(?:The\s)?\p{Lu}[\p{L}.’'-]*(?:\s(?:\p{Lu}[\p{L}.’'-]*|in|of|at|for|on|and|the|to)){1,10}?(?:\s\([^()]{1,80}\))?\sto\s(?:the\s)?\p{Lu}[\p{L}.’'-]*(?:\s(?:\p{Lu}[\p{L}.’'-]*|in|of|at|for|on|and|the|to)){1,10}(?:\s\([^()]{1,80}\))?$/u;

/** The note of a document heading given where a source note was expected. */
function headingDiagnostic(span: Span): Diagnostic {
  return {
    ruleId: 'document-heading',
    severity: 'info',
    message: `Unexpected document heading \`${truncate(span.text)}\` where a source note was expected`,
    range: rangeOf(span),
    actual: span.text,
  };
}

/** The number of a despatch or instruction before its heading in the nineteenth-century volumes (`No. 123.] `). */
const DESPATCH_NUMBER = /^No\.\s?\d{1,5}\.?\]\s*/;

/**
 * Whether the whole note is a numbered heading (`No. 123.] Mr. Seward to Mr. Adams.`): a
 * despatch number closed by a bracket, then a document heading. Only a note opening with `No`
 * and holding a `]` is looked at.
 */
function isNumberedHeading(text: string): boolean {
  if (text.charCodeAt(0) !== 78 /* N */ || text.charCodeAt(1) !== 111 /* o */ || text.indexOf(']') < 0) return false;
  const number = DESPATCH_NUMBER.exec(text);
  if (!number) return false;
  const heading = text.slice(number[0].length);
  return isDocumentHeading(heading.endsWith('.') ? heading.slice(0, -1) : heading);
}

/** Whether the note is a document heading, not a note (only a whole note of one unit that locates nothing is looked at). */
function isDocumentHeading(text: string): boolean {
  return text.length < 200 && text.indexOf(' to ') > 0 && DOCUMENT_HEADING.test(text);
}

/** The longest form name of the table, in code units: a longer sentence is not looked up. */
const MAX_FORM_LENGTH = Math.max(...DOCUMENT_FORMS.flatMap((form) => form.aliases.map((alias) => alias.length)));

/**
 * Whether `content` is a document form written as a sentence of its own right after an archival
 * citation (`893.00/4567. Telegram.`): the whole sentence is a form of the table, and no form was
 * read after a colon. Most sentences are longer or open with no capital and are not looked up.
 */
function isFormSentence(record: ProvenanceRecord, content: Span): boolean {
  const text = content.text;
  return record.primary !== null && record.form === null && text.length <= MAX_FORM_LENGTH && isUpperCode(text.charCodeAt(0)) && findDocumentForm(text) !== undefined;
}

function truncate(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The text of a value an untyped caller passed as a note: strings as they are; numbers,
 * booleans and objects with a working `toString` converted; anything else (null-prototype
 * objects, a throwing `toString`, symbols) as the empty string.
 */
function inputText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    const text = String(value);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

/**
 * The text, stored by the engine with two bytes per character. V8 keeps a string of Latin-1
 * characters in one byte each and any other string in two; the parser's character loops run
 * over slices of the note and, met with both kinds, slow down several times (they stop being
 * specialised to one kind). Parsing every note as a two-byte string keeps them fast. The
 * characters are the same, so nothing the parser returns changes.
 */
function twoByte(text: string): string {
  return `\u0100${text}`.slice(1);
}

/**
 * Parses one FRUS source note into a provenance record.
 *
 * Never throws: problems (typographic defects, malformed file numbers, text it could not
 * read) are reported in `record.diagnostics` with stable rule ids and exact ranges.
 *
 * @param text - the note, with or without its `Source:` label
 * @param options - context to carry into the record
 * @example
 * ```ts
 * const record = parseSourceNote('Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.');
 * record.primary?.file;          // '711.11-KE/1-2161'
 * record.classification?.level;  // 'unclassified'
 * record.handling;               // ['Niact']
 * ```
 */
export function parseSourceNote(text: string, options?: ParseOptions): ProvenanceRecord {
  const input = inputText(text);
  try {
    const record = parse(twoByte(input), options);
    record.text = input;
    if (typeof text !== 'string') {
      record.diagnostics.push({
        ruleId: 'invalid-input',
        severity: 'error',
        message: `Unexpected ${text === null ? 'null' : typeof text} input, expected a string`,
        range: [0, input.length],
      });
    }
    return record;
  } catch (error) {
    const record = emptyProvenanceRecord(input, options?.context);
    record.remarks.push(input);
    record.diagnostics.push({
      ruleId: 'internal-error',
      severity: 'error',
      message: `Unexpected parser failure (${error instanceof Error ? error.message : String(error)}); the note is kept in remarks`,
      range: [0, input.length],
    });
    return record;
  }
}

/**
 * Parses a batch of notes lazily, in input order, one record per input (nothing dropped).
 * Inputs may be strings or `{ text, ...context }` objects; the context is carried into
 * `record.context`.
 */
export function* parseSourceNotes(notes: Iterable<string | NoteInput>): Iterable<ProvenanceRecord> {
  for (const note of notes) {
    if (typeof note !== 'object' || note === null) {
      // A string — or, from an untyped caller, anything else, which parseSourceNote reports.
      yield parseSourceNote(note as string);
    } else {
      const { text, ...context } = note;
      yield parseSourceNote(text, { context });
    }
  }
}
