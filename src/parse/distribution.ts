/**
 * Stage 3f: distribution sentences (`Repeated to Geneva and London`, `Also sent to London;
 * repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade`). Only "repeated to" fills
 * `repeatedTo`; the other parts stay in remarks.
 *
 * @module
 */
import { splitTopLevel, spanOf, trimSpan, type Span } from './span.js';

/** Sentence openings of a distribution sentence. */
export const DISTRIBUTION_OPENING = /^(?:Also\s+)?(?:Repeated|Sent|Pouched|Passed|Copied|Relayed|Transmitted\s+for\s+information)\b/i;
/** "repeated to" at the start of the sentence or after `;`, `,` or `and`. */
const REPEATED = /(?:^|[;,]\s*|(?<!\s)\s+and\s+)(?:also\s+)?repeated\s+(?:for\s+information\s+|for\s+action\s+|niact\s+|priority\s+|immediate\s+)?to\s+/i;
// Lookbehinds let a match start only where a run of blanks starts, which keeps the search linear.
const PLACE_SEPARATOR = /,\s*and\s+|,\s*|(?<![\s,])\s+and\s+/g;
const PLACE_QUALIFIER = /(?<!\s)\s+(?:for\s+information|for\s+action|by\s+pouch|niact|priority|immediate)$/i;

/** What a distribution sentence holds. */
export interface Distribution {
  repeatedTo: string[];
  /** Parts that are not "repeated to" (`Also sent to London`). */
  leftovers: Span[];
}

/** Reads a distribution sentence. */
export function readDistribution(unit: Span): Distribution {
  const result: Distribution = { repeatedTo: [], leftovers: [] };
  for (const { piece } of splitTopLevel(trimSpan(unit, '.'), /;\s*/g)) {
    const cue = REPEATED.exec(piece.text);
    if (!cue) {
      if (piece.text) result.leftovers.push(piece);
      continue;
    }
    if (cue.index > 0) result.leftovers.push(trimSpan(spanOf(piece, 0, cue.index), ','));
    const list = spanOf(piece, cue.index + cue[0].length, piece.text.length);
    for (const { piece: place } of splitTopLevel(list, PLACE_SEPARATOR)) {
      const name = trimSpan(place, '.,').text.replace(PLACE_QUALIFIER, '');
      if (name) result.repeatedTo.push(name);
    }
  }
  return result;
}
