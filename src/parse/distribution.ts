/**
 * Stage 3f: distribution sentences (`Repeated to Geneva and London`, `Also sent to London;
 * repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade`). Only "repeated to" fills
 * `repeatedTo`; the other parts stay in remarks.
 *
 * @module
 */
import { matchDocumentFormPrefix } from '../vocab/document-forms.js';
import { matchHandlingPrefix } from '../vocab/handling.js';
import { hasAndFrom, hasSpace, hasWordAt, isAsciiLetterCode, isDigitCode, isSpaceCode, isUpperAsciiCode, nextBracket, skipSpaces } from './chars.js';
import { bracketDepthAfter, splitTopLevel, spanOf, trimSpan, type Span } from './span.js';

/**
 * Sentence openings of a distribution sentence: a verb of sending, then its recipients or its
 * purpose (`Repeated to`, `Sent for information`, `Repeated Niact to`, `Repeated Flash to`,
 * `Sent by pouch`), not another account of the document (`Sent under a July 16 covering
 * memorandum to Rogers …`).
 */
export const DISTRIBUTION_OPENING = /^(?:Also\s+)?(?:Repeated|Sent|Pouched|Passed|Copied|Relayed|Transmitted\s+for\s+information)\s+(?:also\s+)?(?:to|for|by|via|as|in|niact|priority|immediate|flash|routine|operational|info)\b/i;
/**
 * "repeated" at the start of the sentence or after `;`, `,` or `and`: "to" follows, perhaps after
 * qualifiers ({@link afterQualifiers}: `Repeated for information Immediate to`). After the
 * number of the message that opens the sentence (`Dulte 42 repeated to Paris`) it is found by
 * {@link repeatedMessageCue}.
 */
const REPEATED = /(?:^|[;,]\s*|(?<!\s)\s+and\s+)(?:also\s+)?repeated\s+/gi;
/** How many qualifiers may stand between "repeated" and "to" (`for information Niact Immediate`). */
const MAX_QUALIFIERS = 3;
/** The receipt sentence of a telegram (`Received at 8:31 a.m.`), which may go on to its distribution. */
const RECEIVED_OPENING = /^Received\s/i;
/** The dispatch sentence of a telegram (`Sent at 7:42 p.m.`), which may go on to its distribution as the receipt sentence does. */
const SENT_AT_OPENING = /^Sent\s+at\s/i;
/** "and repeated" in a sentence (`Received at 8:31 a.m. and repeated to CINCPAC`); the lookbehind keeps the search linear. */
const AND_REPEATED = /(?<!\s)\s+and\s+(?:also\s+)?repeated\s/i;

/**
 * Whether `text` is a distribution sentence: it opens like one (DISTRIBUTION_OPENING), or it
 * is the receipt sentence of a telegram that goes on to where it was repeated (`Received at
 * 8:31 a.m. and repeated to CINCPAC for POLAD`).
 */
export function isDistributionSentence(text: string): boolean {
  if (text.length < 2) return false; // no read past the end
  // `| 32` maps an ASCII capital to its small letter, and no other code unit to a letter.
  const first = text.charCodeAt(0) | 32;
  const second = text.charCodeAt(1) | 32;
  if (first >= 128 || second >= 128 || DISTRIBUTION_OPENINGS[128 * first + second] === 0) return false;
  if (first === 114 /* r */ && second === 101 /* e */ && RECEIVED_OPENING.test(text)) return AND_REPEATED.test(text);
  // `Sent at 7:42 p.m. and repeated to CINCPAC`: the time it went, then where it was repeated.
  if (first === 115 /* s */ && second === 101 /* e */ && SENT_AT_OPENING.test(text)) return AND_REPEATED.test(text);
  return DISTRIBUTION_OPENING.test(text);
}

/** The most letters of a message's designation before its number (`Dulte`, `Secto`, `Telegram`, `Circular`). */
const MAX_DESIGNATION_LETTERS = 12;

/**
 * Whether `text` opens with the designation and number of the message, then "repeated" (`Dulte 42
 * repeated to Paris`, `Secto 225 repeated to Paris 678, London 345`), as the notes of the 1950s
 * conference telegrams write it: a capitalised word, a number, perhaps a comma; or with its
 * addressee and a comma before "repeated", as the Joint Chiefs' messages are cited (`JCS 4567 to
 * CINCPAC, repeated to COMUSMACV`). Such a sentence
 * is read as a distribution sentence (its places after "repeated to"); the test is asked only of
 * the sentences no other reader took, as it is rare and would cost every sentence something.
 */
export function opensWithRepeatedMessage(text: string): boolean {
  // Both shapes open with a capital; the message's designation and number are read once for both.
  if (!isUpperAsciiCode(text.charCodeAt(0))) return false;
  const end = designatedMessageEnd(text);
  return repeatedMessageAt(text, end) >= 0 || sentMessageThenRepeated(text, end);
}

/**
 * Where the designation and number of a message that opens `text` end (`Dulte 42`, `Secto 22A`,
 * `Telegram 1234`): a capitalised word of ASCII letters, a blank, a number of up to six digits
 * and perhaps a letter; -1 when `text` opens otherwise.
 */
function designatedMessageEnd(text: string): number {
  if (!isUpperAsciiCode(text.charCodeAt(0))) return -1;
  // Every read is inside the text: reading past its end (NaN) would make V8 recompile the scan more generally.
  const length = text.length;
  // The first blank, found natively, must be followed by a digit: nearly every sentence stops here.
  const blank = text.indexOf(' ');
  if (blank < 2 || blank > MAX_DESIGNATION_LETTERS || blank + 1 >= length || !isDigitCode(text.charCodeAt(blank + 1))) return -1;
  let at = 1;
  while (at < blank && isAsciiLetterCode(text.charCodeAt(at))) at++;
  if (at !== blank) return -1;
  const digits = ++at;
  while (at < length && isDigitCode(text.charCodeAt(at))) at++;
  if (at - digits > 6) return -1;
  if (at < length && isAsciiLetterCode(text.charCodeAt(at))) at++; // `Secto 22A`
  return at;
}

/**
 * Whether `text` opens with the designation and number of the message, then where it was sent,
 * and goes on to where it was repeated (`Secto 40 was sent to the Department; repeated to London
 * and Paris`, `Dulte 3 sent to Paris and repeated to London`): a distribution sentence, as
 * `Sent to the Department as Secto 40; repeated to …` is.
 */
function sentMessageThenRepeated(text: string, end: number): boolean {
  let at = end;
  if (at < 0 || at >= text.length || text.charCodeAt(at) !== 32) return false;
  if (hasWordAt(text, at + 1, 'was ')) at += 4;
  if (!hasWordAt(text, at + 1, 'sent ')) return false;
  const repeated = text.indexOf(' repeated ', at + 6);
  if (repeated < 0) return false;
  // The repeat opens a part of its own (`; repeated to`) or is joined by "and" (`and repeated to`).
  return text.charCodeAt(repeated - 1) === 59 /* ; */ || text.startsWith(' and', repeated - 4);
}

/**
 * Where "repeated" stands after the designation and number of the message that opens `text`
 * (see {@link opensWithRepeatedMessage}), or -1; `end` is where the designation and number end
 * ({@link designatedMessageEnd}).
 */
function repeatedMessageAt(text: string, end = designatedMessageEnd(text)): number {
  if (!isUpperAsciiCode(text.charCodeAt(0))) return -1;
  if (text.charCodeAt(0) === 84 /* T */) {
    const named = repeatedNamedMessageAt(text);
    if (named >= 0) return named;
  }
  const length = text.length;
  let at = end;
  if (at < 0 || at >= length) return -1;
  // `JCS 4567 to CINCPAC, repeated to COMUSMACV`: the addressee, then the repeat after a comma.
  if (text.charCodeAt(at) === 32 && hasWordAt(text, at + 1, 'to ')) {
    const comma = text.indexOf(',', at + 4);
    if (comma < 0 || comma - at > MAX_ADDRESSEE_LENGTH) return -1;
    at = comma;
  }
  if (at < length && text.charCodeAt(at) === 44 /* , */) at++;
  return at < length && text.charCodeAt(at) === 32 ? repeatedAfterVerb(text, at) : -1;
}

/** The words that name the message in `This telegram was repeated to …`. */
export const REPEATED_MESSAGE_WORDS: readonly string[] = ['telegram', 'message', 'cable', 'circular', 'airgram'];

/**
 * Where "repeated" stands after the message named as such (`This telegram was repeated to London`,
 * `The message was also repeated to Paris`), or -1. Every test is at a known offset: most such
 * sentences are long remarks (`The meeting was held …`) and fail at the word after the article.
 */
function repeatedNamedMessageAt(text: string): number {
  const article = hasWordAt(text, 0, 'this ') ? 5 : hasWordAt(text, 0, 'the ') ? 4 : 0;
  if (article === 0) return -1;
  for (const word of REPEATED_MESSAGE_WORDS) {
    const end = article + word.length;
    if (end < text.length && text.charCodeAt(end) === 32 && hasWordAt(text, article, word)) return repeatedAfterVerb(text, end);
  }
  return -1;
}

/**
 * Where "repeated" stands after the blank at `blank` (`Dulte 42 repeated`), with "was" and "also"
 * before it (`Dulte 42 was repeated`, `This telegram was also repeated`): the offset of the
 * blank before it, or -1.
 */
function repeatedAfterVerb(text: string, blank: number): number {
  let at = blank;
  if (hasWordAt(text, at + 1, 'was ')) at += 4;
  if (hasWordAt(text, at + 1, 'also ')) at += 5;
  return hasWordAt(text, at + 1, 'repeated ') ? at : -1;
}

/** The longest addressee between a message's number and the comma before its repeat (`to CINCPAC for POLAD`). */
const MAX_ADDRESSEE_LENGTH = 40;

/**
 * The first words a distribution sentence can open with: the words that open DISTRIBUTION_OPENING
 * and RECEIVED_OPENING. Their first two letters (in small letters) turn the other sentences down
 * before a pattern runs: most sentences that reach the test (`The source text …`, `Secret`,
 * `Copies …`) open otherwise.
 */
const DISTRIBUTION_OPENING_WORDS: readonly string[] = ['also', 'repeated', 'sent', 'pouched', 'passed', 'copied', 'relayed', 'transmitted', 'received'];

/** The first two letters of DISTRIBUTION_OPENING_WORDS, as a 128 × 128 table of ASCII codes. */
const DISTRIBUTION_OPENINGS = (() => {
  const table = new Uint8Array(128 * 128);
  for (const word of DISTRIBUTION_OPENING_WORDS) table[128 * word.charCodeAt(0) + word.charCodeAt(1)] = 1;
  return table;
})();

// Lookbehinds let a match start only where a run of blanks starts, which keeps the search linear.
const PLACE_SEPARATOR = /,\s*and\s+|,\s*|(?<![\s,])\s+and\s+/gi;
/**
 * What may follow a place's name: a qualifier (`CINCPAC for information`) or the number the
 * telegram was repeated under (`Paris as 4567`, `Moscow as No. 12`, `Moscow as telegram 567`), perhaps
 * after who repeated it (`Tokyo by the Department as No. 45`).
 */
const PLACE_QUALIFIER = /(?<!\s)\s+(?:for\s+information|for\s+action|by\s+pouch|niact|priority|immediate|(?:by\s+the\s+Department\s+)?as\s+(?:[A-Za-z]+\s+)?(?:No\.\s?)?\d+[A-Za-z]?|by\s+the\s+Department)$/i;
/**
 * A telegram's number after a place written in small letters (`London 567`, as the notes of the
 * 1940s and 1950s print it); a designation in capitals keeps its number (`CTF 77`).
 */
const PLACE_NUMBER = /(?<=\p{Ll})\s+\d{1,5}[a-z]?$/u;
const PART_SEPARATOR = /;\s*/g;
/**
 * Another verb of sending joined to the list of places by "and" or a comma (`Repeated to Karachi
 * and New Delhi and passed to USCINCMEAFSA`, `Repeated to Taipei, passed to CINCPAC`): the list
 * ends before it (not after a bare blank: `… Beirut; also sent to Jidda`). The lookbehind lets a
 * match start only where the run of blanks and commas starts.
 */
const NEXT_VERB = /(?<![\s,])(?:\s*,[\s,]*(?:and\s+)?|\s+and\s+)(?:passed|pouched|sent|relayed|delivered)\s+(?:also\s+)?(?:to|by)\b/i;
/**
 * A relative clause after a list of places or a transmitting message (`Repeated to the
 * Department as Cahto 12, which is the source text`; `Transmitted as Tosec 230 to Kissinger, who
 * was in Moscow`; `… under cover of a memorandum of June 6 from Dulles, in which Dulles noted …`):
 * no part of either.
 */
export const RELATIVE_CLAUSE = /,\s*(?:in\s+)?wh(?:ich|o)\s/i;

/**
 * `Transmitted to …`, `This telegram was transmitted to …`, `The text of this letter was
 * transmitted to …`: the opening of a sentence naming where the document was transmitted before
 * the message that carried it, up to "to" (a lookahead: the destination is written from "to" on).
 */
const TRANSMITTED_TO = /^(?:(?:This|The)\s+(?:text\s+of\s+(?:this|the)\s+)?[a-z]+\s+was\s+)?transmitted\s+(?=to\s)/i;
/** An article before the message's form (`in a telegram of June 3`). */
const ARTICLE = /^an?\s+/i;
/**
 * The enclosure a document went as, before the message that carried it (`an enclosure to`,
 * `Enclosure 1 to`, `enclosure to a`): the message's form follows it.
 */
const ENCLOSURE_TO = /^(?:an\s+)?enclosure(?:\s+\d{1,2})?\s+to\s+(?:an?\s+)?/i;

/**
 * The transmitting message of `Transmitted to Moscow in telegram 1234`, written as `Transmitted
 * in telegram 1234 to Moscow` reads (`telegram 1234 to Moscow`): the message, with the words
 * from "to" to "in" or "as" (the destination, as written) after its designation, before a comma
 * that goes on to its date (`telegram 1234 to Moscow, June 3`). The message opens with a form of
 * the document-form table (`telegram`, `despatch`, `a memorandum`), so that an "in" of the place
 * (`to the Embassy in Moscow in telegram 1234`) is passed over. Null for any other sentence.
 */
export function transmittedToMessage(text: string): string | null {
  // `This telegram was transmitted to …`: a sentence about the document is looked at only when it holds the verb (most such are remarks, `The meeting was held …`).
  const opening = hasWordAt(text, 0, 'transmitted') || (hasWordAt(text, 0, 'th') && wasTransmittedNear(text)) ? TRANSMITTED_TO.exec(text) : null;
  if (!opening) return null;
  // The destination is written from "to" on (`to Moscow`), after "transmitted" and its blanks.
  const placeStart = opening[0].length;
  // In either case, as the opening (`TRANSMITTED TO MOSCOW IN TELEGRAM 1234`).
  const folded = text.toLowerCase();
  // `This paper was transmitted to Lay under cover of a memorandum from Dulles`: a paper sent on
  // under a covering memorandum, not the message that carried the text (gold d101 of FRUS 1955–57
  // vol. XXIV); `Transmitted to the NSC under cover of …` opens the note's own transmission.
  const aboutThePaper = opening[0].length > 'transmitted '.length;
  for (let at = nextCarrierWord(folded, opening[0].length); at >= 0; at = nextCarrierWord(folded, at + 4)) {
    if (aboutThePaper && folded.startsWith(UNDER_COVER, at)) continue;
    const messageStart = at + carrierLength(folded, at);
    const rest = text.slice(messageStart);
    const article = ARTICLE.exec(rest);
    // A form of the table (`telegram 1234`, `a memorandum`), or a message's designation and number
    // (`Tosec 1234`); `as an enclosure to despatch 377`, `as Enclosure 1 to airgram A–155`: the form follows the enclosure.
    const formStart = article ? article[0].length : 0;
    const enclosure = (rest.charCodeAt(formStart) | 32) === 101 /* e */ ? ENCLOSURE_TO.exec(rest) : null;
    if (!matchDocumentFormPrefix(rest.slice(enclosure ? enclosure[0].length : formStart)) && !opensDesignatedMessage(rest)) continue;
    const relative = RELATIVE_CLAUSE.exec(rest);
    const message = relative ? rest.slice(0, relative.index) : rest;
    const place = text.slice(placeStart, at);
    const comma = message.indexOf(',');
    return comma < 0 ? `${message} ${place}` : `${message.slice(0, comma)} ${place}${message.slice(comma)}`;
  }
  return null;
}

/**
 * Whether `text` opens with a message's designation and number (`Tosec 1234`, `Secto 22A`) that
 * ends it or is followed by its date or origin (`, May 3`, ` from Moscow`): not a place and a
 * count (`Moscow 12 times`).
 */
function opensDesignatedMessage(text: string): boolean {
  const end = designatedMessageEnd(text);
  if (end < 0) return false;
  if (end === text.length) return true;
  const code = text.charCodeAt(end);
  return code === 44 /* , */ || code === 59 /* ; */ || (code === 32 && (hasWordAt(text, end + 1, 'from ') || hasWordAt(text, end + 1, 'to ')));
}

/** " was transmitted ", in either case, searched from `lastIndex`. */
const WAS_TRANSMITTED = / was transmitted /gi;
/** How far into a sentence about the document the blank before its verb may stand (`The text of this memorandum was transmitted`). */
const MAX_SUBJECT_LENGTH = 47;

/**
 * Whether " was transmitted " stands within the first words of `text` (`This telegram was
 * transmitted to …`), in either case: its first blank at offset 3 to MAX_SUBJECT_LENGTH. One
 * native search for the words, whose length lets the engine skip along most remarks (`The
 * meeting was held …`) in strides, where a loop over the characters cost several times more.
 */
function wasTransmittedNear(text: string): boolean {
  WAS_TRANSMITTED.lastIndex = 3;
  return WAS_TRANSMITTED.test(text) && WAS_TRANSMITTED.lastIndex - 16 <= MAX_SUBJECT_LENGTH;
}

/** What opens the message after the destination when it is no " in " or " as ": the cover a paper went under. */
const UNDER_COVER = ' under cover of ';

/**
 * The offset of the next " in ", " as " or " under cover of " in `text` (in small letters) from
 * `from` on, or -1: `Transmitted to the NSC under cover of a memorandum from Lay` names the
 * message as `in a memorandum from Lay` would.
 */
function nextCarrierWord(text: string, from: number): number {
  let first = -1;
  for (const word of [' in ', ' as ', UNDER_COVER]) {
    const at = text.indexOf(word, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** The length of the carrier words at `at` in `text` (in small letters), which nextCarrierWord found there. */
function carrierLength(text: string, at: number): number {
  return text.startsWith(UNDER_COVER, at) ? UNDER_COVER.length : 4;
}

/** What a distribution sentence holds. */
export interface Distribution {
  repeatedTo: string[];
  /** Parts that are not "repeated to" (`Also sent to London`). */
  leftovers: Span[];
}

/** Reads a distribution sentence. */
export function readDistribution(unit: Span): Distribution {
  const result: Distribution = { repeatedTo: [], leftovers: [] };
  const body = trimSpan(unit, '.');
  // Most sentences have one part: read without splitting.
  if (!body.text.includes(';')) readPart(trimSpan(body), result);
  else {
    let repeated = false;
    for (const { piece } of splitTopLevel(body, PART_SEPARATOR, [';'])) {
      // `Repeated to Saigon and Bangkok; also to CINCPAC`, `Repeated Immediate to Paris; Priority
      // to Vientiane`: the repeat goes on after the semicolon.
      const also = repeated ? continuedRepeat(piece.text) : -1;
      if (also > 0) {
        readPlaces(piece.text, also, result.repeatedTo);
        continue;
      }
      const before = result.repeatedTo.length;
      readPart(piece, result);
      repeated = result.repeatedTo.length > before;
    }
  }
  return result;
}

/**
 * Where the places start in a part that goes on with the repeat of the part before it: "also to"
 * (`also to CINCPAC`) or a precedence and "to" (`Priority to Vientiane`); -1 for another part.
 */
function continuedRepeat(text: string): number {
  if (hasWordAt(text, 0, 'also')) return afterTo(text, skipSpaces(text, 4));
  const at = afterQualifiers(text, 0);
  return at > 0 ? afterTo(text, at) : -1;
}

/** Reads one part of a distribution sentence (`repeated to Ankara, Paris, and Nicosia`) into `result`. */
function readPart(part: Span, result: Distribution): void {
  const cue = repeatedCue(part.text);
  if (!cue) {
    if (part.text) result.leftovers.push(part);
    return;
  }
  if (cue.index > 0) result.leftovers.push(trimSpan(spanOf(part, 0, cue.index), ','));
  const listStart = cue.end;
  const list = part.text.slice(listStart);
  const next = NEXT_VERB.exec(list) ?? RELATIVE_CLAUSE.exec(list);
  if (!next) {
    readPlaces(part.text, listStart, result.repeatedTo);
    return;
  }
  const listEnd = listStart + next.index;
  readPlaces(part.text.slice(0, listEnd), listStart, result.repeatedTo);
  // The leftover opens with its word (`and passed to USCINCMEAFSA`, `which is the source text`), after the blanks and commas.
  const wordStart = listEnd + next[0].search(/[A-Za-z]/);
  result.leftovers.push(spanOf(part, wordStart, part.text.length));
}

/** The first "repeated … to" of `text`: where it starts and where its list of places starts. */
function repeatedCue(text: string): { index: number; end: number } | null {
  REPEATED.lastIndex = 0;
  for (let match = REPEATED.exec(text); match; match = REPEATED.exec(text)) {
    const end = afterTo(text, afterQualifiers(text, match.index + match[0].length));
    if (end >= 0) return { index: match.index, end };
  }
  return repeatedMessageCue(text);
}

/** The "repeated … to" after the designation and number of the message that opens `text` (`Dulte 42 repeated to Paris`), or null. */
function repeatedMessageCue(text: string): { index: number; end: number } | null {
  const at = repeatedMessageAt(text);
  if (at < 0) return null;
  const end = afterTo(text, afterQualifiers(text, skipSpaces(text, at + 1 + 'repeated'.length)));
  if (end < 0) return null;
  // `This telegram was repeated to …` says no more than `Repeated to …`: the cue is the whole
  // opening, where the designation and number of `Dulte 42 repeated to …` are kept as a remark.
  return { index: text.charCodeAt(0) === 84 /* T */ && repeatedNamedMessageAt(text) === at ? 0 : at, end };
}

/**
 * The offset past the qualifiers of a repeat at `from` (`for information`, `for action`, `by pouch`, or a
 * precedence caption of the handling table: `Immediate`, `Niact Immediate`, `Flash`), each with
 * the blanks after it; `from` when there is none.
 */
function afterQualifiers(text: string, from: number): number {
  let at = from;
  for (let count = 0; count < MAX_QUALIFIERS; count++) {
    let length = 0;
    if (hasWordAt(text, at, 'for')) {
      const purpose = skipSpaces(text, at + 3);
      if (hasWordAt(text, purpose, 'information')) length = purpose + 11 - at;
      else if (hasWordAt(text, purpose, 'action')) length = purpose + 6 - at;
    } else if (hasWordAt(text, at, 'by')) {
      // `Repeated by pouch to Moscow`, as `Repeated to Moscow by pouch` is read.
      const means = skipSpaces(text, at + 2);
      if (hasWordAt(text, means, 'pouch')) length = means + 5 - at;
      // `Repeated by the Department to Tokyo as No. 45`: who repeated it, as the notes of the 1930s and 1940s say.
      else if (hasWordAt(text, means, 'the')) {
        const sender = skipSpaces(text, means + 3);
        if (hasWordAt(text, sender, 'department')) length = sender + 10 - at;
      }
    } else {
      const caption = matchHandlingPrefix(text.slice(at, at + MAX_PRECEDENCE_LENGTH));
      if (caption?.entry.kind === 'precedence') length = caption.length;
    }
    if (length === 0 || !isSpaceCode(text.charCodeAt(at + length))) break;
    at = skipSpaces(text, at + length);
  }
  return at;
}

/** Longer than any precedence caption (`Operational Immediate`): what a lookup of one needs to see. */
const MAX_PRECEDENCE_LENGTH = 24;

/** The offset past "to" and its blanks at `at` (`to Moscow`), or -1 when "to" is not there. */
function afterTo(text: string, at: number): number {
  return hasWordAt(text, at, 'to') && isSpaceCode(text.charCodeAt(at + 2)) ? skipSpaces(text, at + 2) : -1;
}

/**
 * Reads the places of the list that starts at `from` in `text` (`Ankara, Paris, and Nicosia`)
 * into `places`: the list is cut at PLACE_SEPARATOR outside brackets, as splitTopLevel would cut
 * it, but on offsets, so that only the names are sliced.
 */
function readPlaces(text: string, from: number, places: string[]): void {
  // Every separator holds a comma or an "and", in any case (`PARIS AND LONDON`): a list with neither is one place.
  if (text.indexOf(',', from) < 0 && !hasAndFrom(text, from)) {
    addPlace(text, from, text.length, places);
    return;
  }
  // Bracket depth is counted only in lists with a bracket, up to each separator.
  const bracketed = nextBracket(text, from) >= 0;
  let depth = 0;
  let scanned = from;
  let last = from;
  PLACE_SEPARATOR.lastIndex = from;
  for (let match = PLACE_SEPARATOR.exec(text); match; match = PLACE_SEPARATOR.exec(text)) {
    if (bracketed) {
      depth = bracketDepthAfter(text, scanned, match.index, depth);
      scanned = Math.max(scanned, match.index);
      if (depth !== 0) continue;
    }
    addPlace(text, last, match.index, places);
    last = match.index + match[0].length;
  }
  addPlace(text, last, text.length, places);
}

/**
 * Adds the place `text[from, to)` to `places`, without surrounding blanks, trailing full stops
 * and commas, or a qualifier (`CINCPAC for information`), unless nothing is left.
 */
function addPlace(text: string, from: number, to: number, places: string[]): void {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isBlankStopOrComma(text.charCodeAt(to - 1))) to--;
  if (from === to) return;
  const name = text.slice(from, to);
  // `Repeated to Moscow as telegram 123456, June 1`: the date of the repeat is no place.
  if (isDigitCode(name.charCodeAt(name.length - 1)) && REPEAT_DATE.test(name)) return;
  // A qualifier (`as 4567`) comes with a blank: a name of one word (most are) has none.
  let place = hasSpace(name) ? name.replace(PLACE_QUALIFIER, '').replace(PLACE_NUMBER, '') : name;
  // A later place of the list may repeat "to" (`and to Saigon`) or open with its own qualifiers before it (`Priority to Moscow`).
  if (hasWordAt(place, 0, 'to') || place.indexOf(' to ') > 0) {
    const start = afterTo(place, afterQualifiers(place, 0));
    if (start > 0) place = place.slice(start);
  }
  if (place) places.push(place);
}

/** A month and a day standing as an item of a list of places: the date of the repeat, after the number it went under. */
const REPEAT_DATE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}$/;

/** Whether `code` is whitespace, a full stop or a comma, which a place does not end with. */
function isBlankStopOrComma(code: number): boolean {
  return code === 46 || code === 44 || isSpaceCode(code);
}
