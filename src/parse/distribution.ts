/**
 * Stage 3f: distribution sentences (`Repeated to Geneva and London`, `Also sent to London;
 * repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade`). Only "repeated to" fills
 * `repeatedTo`; the other parts stay in remarks.
 *
 * @module
 */
import { hasAndFrom, hasSpace, isSpaceCode, nextBracket } from './chars.js';
import { bracketDepthAfter, splitTopLevel, spanOf, trimSpan, type Span } from './span.js';

/**
 * Sentence openings of a distribution sentence: a verb of sending, then its recipients or its
 * purpose (`Repeated to`, `Sent for information`, `Repeated Niact to`, `Sent by pouch`), not
 * another account of the document (`Sent under a July 16 covering memorandum to Rogers …`).
 */
export const DISTRIBUTION_OPENING = /^(?:Also\s+)?(?:Repeated|Sent|Pouched|Passed|Copied|Relayed|Transmitted\s+for\s+information)\s+(?:also\s+)?(?:to|for|by|via|as|in|niact|priority|immediate|info)\b/i;
/** "repeated to" at the start of the sentence or after `;`, `,` or `and`. */
const REPEATED = /(?:^|[;,]\s*|(?<!\s)\s+and\s+)(?:also\s+)?repeated\s+(?:for\s+information\s+|for\s+action\s+|niact\s+|priority\s+|immediate\s+)?to\s+/i;
// Lookbehinds let a match start only where a run of blanks starts, which keeps the search linear.
// A place after "and" may repeat the "to" (`to Paris as 1234 and to Moscow as 567`).
const PLACE_SEPARATOR = /,\s*and\s+(?:to\s+)?|,\s*|(?<![\s,])\s+and\s+(?:to\s+)?/gi;
/**
 * What may follow a place's name: a qualifier (`CINCPAC for information`) or the number the
 * telegram was repeated under (`Moscow as No. 12`, `Paris as 567`, `London 567`, as the notes of
 * the 1940s and 1950s print it).
 */
const PLACE_QUALIFIER = /(?<!\s)\s+(?:for\s+information|for\s+action|by\s+pouch|niact|priority|immediate|(?:as\s+)?(?:telegram\s+)?(?:No\.\s?)?\d{1,5}[a-z]?)$/i;
const PART_SEPARATOR = /;\s*/g;

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
  else for (const { piece } of splitTopLevel(body, PART_SEPARATOR, [';'])) readPart(piece, result);
  return result;
}

/** Reads one part of a distribution sentence (`repeated to Ankara, Paris, and Nicosia`) into `result`. */
function readPart(part: Span, result: Distribution): void {
  const cue = REPEATED.exec(part.text);
  if (!cue) {
    if (part.text) result.leftovers.push(part);
    return;
  }
  if (cue.index > 0) result.leftovers.push(trimSpan(spanOf(part, 0, cue.index), ','));
  readPlaces(part.text, cue.index + cue[0].length, result.repeatedTo);
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
  // A qualifier follows a blank: a name of one word (most are) has none.
  const place = hasSpace(name) ? name.replace(PLACE_QUALIFIER, '') : name;
  if (place) places.push(place);
}

/** Whether `code` is whitespace, a full stop or a comma, which a place does not end with. */
function isBlankStopOrComma(code: number): boolean {
  return code === 46 || code === 44 || isSpaceCode(code);
}
