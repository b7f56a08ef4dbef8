/**
 * Stage 3d: publications (`Also printed in A, p. 3, and B, pp. 296-297; and C, pp. 59-60`).
 * The list is cut into comma/semicolon chunks; a page locator closes a publication, and a
 * chunk opening with "and" or following a semicolon starts the next one.
 *
 * @module
 */
import type { Publication } from '../model/provenance.js';
import { matchPublicationPrefix } from '../vocab/publications.js';
import { hasWordAt, isDigitCode, isLetterCode, isSpaceCode, nextBracket, skipSpaces } from './chars.js';
import { rangeOf, spanOf, trimSpan, type Span } from './span.js';
import { isClosingAbbreviation, wordStart } from './stop-words.js';

/** What a printed-in sentence says about the document. */
export interface PrintedCue {
  /** Offset in the unit where the list of publications starts. */
  listStart: number;
  partial: boolean;
  note: string | undefined;
}

/** The opening that says another version of the document is printed (`A slightly different text …`). */
const VERSION_OPENING =
  /^(?:An?|The)\s+((?:slightly|somewhat)\s+)?(different|revised|earlier|edited|abridged|shorter|longer|later|draft|unofficial|official)\s+(text|translation|version)(?:\s+of\s+this\s+\w+)?\s+(?:is|was)\s+(?:also\s+)?(?:printed|published)\s+in\s+/i;

/**
 * The opening that says the document's text in its own language is printed (`The Russian text is
 * printed in Izvestia, …`, `The original French-language text was published in …`): the words
 * before "is" are the note.
 */
const LANGUAGE_TEXT_OPENING =
  /^(?:An?|The)\s+((?:original\s+)?(?:Russian|French|German|Chinese|Japanese|Italian|Spanish|Portuguese|Polish|Czech|Hungarian|Vietnamese|Korean|Hebrew|Arabic|Persian|Greek|Turkish|Dutch)(?:[-–]language)?\s+(?:text|version|original))\s+(?:is|was)\s+(?:also\s+)?(?:printed|published)\s+in\s+/;

/** The opening that says the document is printed with changes (`Printed with minor variations in …`): the changes are the note. */
const VARIATIONS_OPENING = /^(?:also\s+)?(?:printed|published|reprinted)(?:\s+also)?,?\s+with\s+((?:minor|slight|some|small)\s+(?:variations|changes|differences|revisions|modifications)),?\s+in\s+/i;

/**
 * Sentence openings that say *this* document is printed somewhere. "The full text of
 * telegram 306 is printed in …" speaks of another document and does not match.
 */
const PRINTED_OPENINGS: readonly RegExp[] = [
  // `Printed also in …`, the order of the wartime volumes, as `Also printed in …`.
  /^(?:also\s+)?(?:printed|published|reprinted)(?:\s+also)?(\s+in\s+(?:part|full|extract))?\s+in\s+/i,
  /^Also\s+(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/i,
  // `Printed from the text in …`, `Reprinted from …`: the work the text is taken from. (A bare
  // `Printed from` is not one: `Printed from a copy in the Eisenhower Library` names an archive.)
  /^(?:(?:printed|published)\s+from\s+the\s+text\s+(?:in|of)|reprinted\s+from(?:\s+the\s+text\s+(?:in|of))?)\s+/i,
  // `The full text is printed in …`: the whole of a document printed here in part.
  /^(?:This|The)\s+(?:(?:full|complete)\s+)?(?:message|letter|telegram|memorandum|document|paper|note|statement|report|text|address|speech|agreement|communiqué|declaration|estimate|record|exchange|treaty|reply|translation|transcript)\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/i,
  // `A transcript of this conversation is also printed in …`: the tapes' transcripts.
  /^(?:(?:The|An?)\s+)?(?:full\s+|complete\s+)?(?:text|transcript)\s+of\s+this\s+[\p{L}-]+\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:printed|published|reprinted)(\s+in\s+(?:part|full))?\s+in\s+/iu,
  // `Text printed in …`, `Full text printed in …`: the text of this document, with no article.
  /^(?:full\s+)?text\s+(?:also\s+)?(?:printed|published)(\s+in\s+(?:part|full))?\s+in\s+/i,
  /^(?:Extracts?|Excerpts?|Portions)\s+(?:of\s+this\s+\w+\s+)?(?:(?:is|are|were|was)\s+)?(?:also\s+)?(?:printed|published)()\s+in\s+/i,
  VERSION_OPENING,
  VARIATIONS_OPENING,
  LANGUAGE_TEXT_OPENING,
];

/**
 * Cheap pre-checks, in this order: the first letter of every opening (OPENING_LETTERS), which
 * turns most units down by one lookup; the words every opening starts with (OPENING_WORDS); then
 * a word every opening contains.
 */
const OPENING_LETTERS = 'acefprt';
/** Whether an ASCII code (a letter in lower case) is one of OPENING_LETTERS. */
const OPENS_LIKE_CUE = Uint8Array.from({ length: 128 }, (_, code) => (OPENING_LETTERS.includes(String.fromCharCode(code)) ? 1 : 0));
/**
 * What every opening starts with, each followed by a blank: its first word, or, after an
 * article (`The`, `This`, `A`, `An`), the word that follows it in one of the openings: a noun
 * of the third, `full`, `complete` or `text` of the fourth, or a word of VERSION_OPENING. Read
 * at the start of the unit only, it turns down the many remarks that open with an article
 * (`The meeting was held …`) without the scan of PRINTED_WORD over the whole unit.
 */
const OPENING_WORDS =
  /^(?:also|printed|published|reprinted|full|complete|text|ex(?:tract|cerpt)s?|portions|(?:th(?:is|e)|an?)\s+(?:message|letter|telegram|memorandum|document|paper|note|statement|report|text|address|speech|agreement|communiqué|declaration|estimate|record|exchange|treaty|reply|translation|transcript|full|complete|slightly|somewhat|different|revised|earlier|edited|abridged|shorter|longer|later|draft|unofficial|official|original|russian|french|german|chinese|japanese|italian|spanish|portuguese|polish|czech|hungarian|vietnamese|korean|hebrew|arabic|persian|greek|turkish|dutch))[\s-]/i;
const PRINTED_WORD = /printed|published/i;
const LOCATOR = /^(?:pp?\.\s*)?([A-Za-z]?\d+[A-Za-z]?(?:\s?[-–]\s?[A-Za-z]?\d+[A-Za-z]?)?)$/;
const YEAR = /\b(1[789]\d\d|20\d\d)\b/g;
/** The words of a cue that say it prints another version of the document. */
const DIFFERENT_VERSION = /\b(different|revised|earlier|edited|abridged|shorter|longer|later|draft|unofficial|official)\s+(text|translation|version)/i;
/** The words of a cue that say it prints part of the document. */
const PARTIAL = /\bin\s+(?:part|extract)\b|^(?:extracts?|excerpts?|portions)\b/i;
const SLIGHTLY = /\bslightly\b/i;
const SOMEWHAT = /\bsomewhat\b/i;

/** The printed-in cue at the start of `unit`, if any. */
export function matchPrintedCue(unit: Span): PrintedCue | null {
  const first = unit.text.length > 0 ? unit.text.charCodeAt(0) | 32 : 0; // ASCII letters in lower case
  if (first >= 128 || OPENS_LIKE_CUE[first] === 0) return null;
  if (!OPENING_WORDS.test(unit.text) || !PRINTED_WORD.test(unit.text)) return null;
  for (const pattern of PRINTED_OPENINGS) {
    const match = pattern.exec(unit.text);
    if (!match) continue;
    const words = match[0];
    return { listStart: words.length, partial: PARTIAL.test(words), note: cueNote(pattern, match) };
  }
  return null;
}

/** A run of blanks in a cue's words, written as one space in its note. */
const BLANKS = /\s+/g;

/**
 * The note a printed-in cue, matched by `pattern`, makes on the publications it opens: the
 * version printed (`slightly different text`), the changes (`minor variations`) or the language
 * of the text (`Russian text`), with single spaces; undefined for the other openings. The cue's
 * words are read as written (the patterns ignore case): lower-casing them would copy them
 * first. Only the version opening can hold DIFFERENT_VERSION (in the others no such word
 * precedes text, translation or version).
 */
function cueNote(pattern: RegExp, match: RegExpExecArray): string | undefined {
  if (pattern === VERSION_OPENING) {
    const words = match[0];
    const different = DIFFERENT_VERSION.exec(words);
    return different ? `${SLIGHTLY.test(words) ? 'slightly ' : SOMEWHAT.test(words) ? 'somewhat ' : ''}${different[0].toLowerCase()}` : undefined;
  }
  if (pattern === VARIATIONS_OPENING) return match[1]!.replace(BLANKS, ' ').toLowerCase();
  if (pattern === LANGUAGE_TEXT_OPENING) return match[1]!.replace(BLANKS, ' ');
  return undefined;
}

/** The last year written in a title, if any: the end of the last YEAR match, found with `test` (no match arrays). */
function yearOf(title: string): string | undefined {
  let end = -1;
  YEAR.lastIndex = 0;
  while (YEAR.test(title)) end = YEAR.lastIndex;
  return end < 0 ? undefined : title.slice(end - 4, end);
}

/** Builds a publication from the title span and an optional locator. */
function publication(title: Span, whole: Span, pages: string | undefined, cue: Omit<PrintedCue, 'listStart'>): Publication {
  const known = matchPublicationPrefix(title.text);
  const year = yearOf(title.text);
  // Optional fields are assigned, not spread (no temporary objects); `range` is added last to
  // keep the key order of the record.
  const found = { text: whole.text, title: title.text } as Publication;
  if (year) found.year = year;
  if (pages) found.pages = pages;
  if (cue.partial) found.partial = true;
  if (cue.note) found.note = cue.note;
  if (known) found.publicationId = known.publication.id;
  found.range = rangeOf(whole);
  return found;
}

/** `list` without its final full stops and blanks, but for the stop of a closing abbreviation (`1st sess.`), which is the word's. */
function withoutFinalStop(list: Span): Span {
  const trimmed = trimSpan(list, '.');
  const end = trimmed.end - list.start;
  const text = list.text;
  // No read past the end (a list with no final stop): it would make V8 recompile this more generally.
  if (end >= text.length || text.charCodeAt(end) !== 46 /* . */ || !isLetterCode(text.charCodeAt(end - 1))) return trimmed;
  return isClosingAbbreviation(text, wordStart(text, end), end) ? spanOf(list, trimmed.start - list.start, end + 1) : trimmed;
}

/**
 * Reads the list of publications in `list`. The list is cut into chunks at commas and
 * semicolons outside brackets (what splitTopLevel gives for the pattern `;\s*|,\s*`, the
 * separators found by indexOf), each read on its offsets in one pass: only the publications'
 * texts and pages are sliced.
 */
export function readPublications(list: Span, cue: Omit<PrintedCue, 'listStart'>): Publication[] {
  const reader = new PublicationReader(withoutFinalStop(list), cue);
  const text = reader.list.text;
  // Bracket depth is counted only in lists with a bracket, up to each separator.
  const bracketed = nextBracket(text, 0) >= 0;
  let depth = 0;
  let scanned = 0;
  let last = 0;
  let afterSemicolon = false;
  let comma = text.indexOf(',');
  let semicolon = text.indexOf(';');
  while (comma >= 0 || semicolon >= 0) {
    const atComma = semicolon < 0 || (comma >= 0 && comma < semicolon);
    const at = atComma ? comma : semicolon;
    if (atComma) comma = text.indexOf(',', at + 1);
    else semicolon = text.indexOf(';', at + 1);
    if (bracketed) {
      for (; scanned < at; scanned++) {
        const code = text.charCodeAt(scanned);
        if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
        else if ((code === 41 /* ) */ || code === 93 /* ] */) && depth > 0) depth--;
      }
      if (depth !== 0) continue;
    }
    reader.chunk(last, at, afterSemicolon);
    afterSemicolon = !atComma;
    last = at + 1;
  }
  reader.chunk(last, text.length, afterSemicolon);
  return reader.finish();
}

/**
 * The state of {@link readPublications}: the publications read, and the one being read, from
 * the start of its first chunk to the end of the last chunk of its title (-1: none open). A
 * page locator closes a publication; a chunk opening with "and" or following a semicolon starts
 * the next one.
 */
class PublicationReader {
  readonly publications: Publication[] = [];
  private openStart = -1;
  private titleEnd = -1;
  /** The last publication closed by a locator of pages (`pp. 1`), which a bare number may go on (`pp. 1, 16`): its start, title end and pages; -1 when none. */
  private pagedStart = -1;
  private pagedTitleEnd = -1;
  private pagedPages = '';

  constructor(
    readonly list: Span,
    private readonly cue: Omit<PrintedCue, 'listStart'>,
  ) {}

  /** Reads the chunk `list.text[from, to)`; `afterSemicolon`: a semicolon, not a comma, precedes it. */
  chunk(from: number, to: number, afterSemicolon: boolean): void {
    const text = this.list.text;
    let start = from;
    let end = to;
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (start === end) return;
    const open = this.openStart >= 0;
    // `pp. 1, 16`: after a locator of pages, a bare page number (or range) is more pages of the same work.
    if (!open && this.pagedStart >= 0 && !afterSemicolon && isPageNumber(text, start, end)) {
      this.pagedPages = `${this.pagedPages}, ${text.slice(start, end)}`;
      const title = spanOf(this.list, this.pagedStart, this.pagedTitleEnd);
      this.publications[this.publications.length - 1] = publication(title, spanOf(this.list, this.pagedStart, end), this.pagedPages, this.cue);
      return;
    }
    this.pagedStart = -1;
    const startsNext = afterSemicolon || opensWithAnd(text, start, end);
    if (!open || startsNext) start = afterNextOpening(text, start, end);
    const pages = open && !startsNext ? locatorPages(text, start, end) : undefined;
    if (pages !== undefined) {
      const added = this.add(pages, end);
      if (added && text.startsWith('pp.', start)) {
        this.pagedStart = this.openStart;
        this.pagedTitleEnd = this.titleEnd;
        this.pagedPages = pages;
      }
      this.openStart = -1;
      return;
    }
    if (startsNext || !open) {
      if (open) this.add(undefined, this.titleEnd);
      this.openStart = start;
    }
    this.titleEnd = end;
  }

  /** The publications, the open one closed. */
  finish(): Publication[] {
    if (this.openStart >= 0) this.add(undefined, this.titleEnd);
    return this.publications;
  }

  /** Closes the open publication, its text ending at `end` (after its locator, if any), unless its title is empty. */
  private add(pages: string | undefined, end: number): boolean {
    if (this.titleEnd === this.openStart) return false;
    const title = spanOf(this.list, this.openStart, this.titleEnd);
    const whole = end === this.titleEnd ? title : spanOf(this.list, this.openStart, end);
    this.publications.push(publication(title, whole, pages, this.cue));
    return true;
  }
}

/** Whether `text[from, to)` opens with "and" and a blank, in either case (`and Claflin, …`). */
function opensWithAnd(text: string, from: number, to: number): boolean {
  return to - from > 3 && hasWordAt(text, from, 'and') && isSpaceCode(text.charCodeAt(from + 3));
}

/**
 * Where a chunk `text[from, to)` goes on after a leading "and" and "in" (NEXT_OPENING), each
 * followed by blanks, in either case: `from` when it has neither.
 */
function afterNextOpening(text: string, from: number, to: number): number {
  let at = from;
  if (to - at > 3 && hasWordAt(text, at, 'and') && isSpaceCode(text.charCodeAt(at + 3))) at = skipSpaces(text, at + 3);
  if (to - at > 2 && hasWordAt(text, at, 'in') && isSpaceCode(text.charCodeAt(at + 2))) at = skipSpaces(text, at + 2);
  return at < to ? at : to;
}

/**
 * The pages of a chunk `text[from, to)` that is a locator (LOCATOR: `p. 3`, `pp. 296-297`, or an
 * item number as ITEM_LOCATOR, `77E`), or undefined. The label is read on code units; only a
 * chunk that may be a locator is sliced for the patterns.
 */
function locatorPages(text: string, from: number, to: number): string | undefined {
  const first = text.charCodeAt(from);
  if (first === 112 /* p */) {
    if (!(text.startsWith('.', from + 1) || text.startsWith('p.', from + 1))) return undefined;
  } else if (!isItemNumber(text, from, to)) {
    return undefined;
  }
  return LOCATOR.exec(text.slice(from, to))?.[1];
}

/** Whether `text[from, to)` is a bare page number or range of them (`16`, `18–19`): digits, a dash, digits. */
function isPageNumber(text: string, from: number, to: number): boolean {
  if (to - from > 11 || !isDigitCode(text.charCodeAt(from))) return false;
  let dashes = 0;
  for (let at = from + 1; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 45 /* - */ || code === 0x2013 /* – */) {
      if (++dashes > 1 || at === to - 1) return false;
    } else if (!isDigitCode(code)) return false;
  }
  return true;
}

/** Whether `text[from, to)` is an item number (ITEM_LOCATOR, `77E`): one to three digits, then a capital. */
function isItemNumber(text: string, from: number, to: number): boolean {
  const digits = to - 1 - from;
  if (digits < 1 || digits > 3) return false;
  for (let at = from; at < to - 1; at++) if (!isDigitCode(text.charCodeAt(at))) return false;
  const last = text.charCodeAt(to - 1);
  return last >= 65 && last <= 90;
}

/** A source text cited as a printed work, and other works the note says print it too. */
export interface PublicationCitation {
  /** The first work cited: the source text. */
  source: Publication;
  /** The works cited after it (`…, pp. 132–133; Documents on Disarmament, 1962, p. 47`). */
  alsoPrintedIn: Publication[];
}

/**
 * Reads a whole citation (`American Foreign Policy: Current Documents, 1960, p. 476`) as one
 * publication, or as a list of them when each has its pages (`A, pp. 132–133; B, p. 47`): the
 * first is the source text, the others print it too. A printed-in cue opening the citation
 * (`Printed in Foreign Relations, 1946, vol. VI`) is no part of the title: it says what the
 * works are, as in an `Also printed in` sentence. Null for anything else. `cue` is the cue
 * opening `span` (or null), when the caller looked for it already.
 */
export function readPublicationCitation(span: Span, cue: PrintedCue | null = matchPrintedCue(span)): PublicationCitation | null {
  const list = cue ? readPublications(spanOf(span, cue.listStart, span.text.length), cue) : readPublications(span, { partial: false, note: undefined });
  if (list.length === 0 || (list.length > 1 && !list.every((found) => found.pages !== undefined))) return null;
  return { source: list[0]!, alsoPrintedIn: list.slice(1) };
}
