/**
 * Stage 3f: distribution sentences (`Repeated to Geneva and London`, `Also sent to London;
 * repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade`). Only "repeated to" fills
 * `repeatedTo`; the other parts stay in remarks.
 *
 * @module
 */
import { splitTopLevel, spanOf, trimSpan, type Span } from './span.js';

/**
 * Sentence openings of a distribution sentence: a verb of sending, then its recipients or its
 * purpose (`Repeated to`, `Sent for information`, `Repeated Niact to`, `Sent by pouch`), not
 * another account of the document (`Sent under a July 16 covering memorandum to Rogers …`).
 */
export const DISTRIBUTION_OPENING = /^(?:Also\s+)?(?:Repeated|Sent|Pouched|Passed|Copied|Relayed|Transmitted\s+for\s+information)\s+(?:also\s+)?(?:to|for|by|via|as|in|niact|priority|immediate|info)\b/i;
/** "repeated to" at the start of the sentence or after `;`, `,` or `and`. */
const REPEATED = /(?:^|[;,]\s*|(?<!\s)\s+and\s+)(?:also\s+)?repeated\s+(?:for\s+information\s+|for\s+action\s+|niact\s+|priority\s+|immediate\s+)?to\s+/i;
// Lookbehinds let a match start only where a run of blanks starts, which keeps the search linear.
const PLACE_SEPARATOR = /,\s*and\s+|,\s*|(?<![\s,])\s+and\s+/g;
const PLACE_QUALIFIER = /(?<!\s)\s+(?:for\s+information|for\s+action|by\s+pouch|niact|priority|immediate)$/i;
const PART_SEPARATOR = /;\s*/g;
/** Strings one of which every PLACE_SEPARATOR match holds: a list with none is one place. */
const PLACE_NEEDLES = [',', 'and'] as const;

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
  if (!body.text.includes(';')) readPart(trimSpan(spanOf(body, 0, body.text.length)), result);
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
  const list = spanOf(part, cue.index + cue[0].length, part.text.length);
  for (const { piece: place } of splitTopLevel(list, PLACE_SEPARATOR, PLACE_NEEDLES)) {
    const name = trimSpan(place, '.,').text.replace(PLACE_QUALIFIER, '');
    if (name) result.repeatedTo.push(name);
  }
}
