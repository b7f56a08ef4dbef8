/**
 * Stage 3f: distribution sentences (`Repeated to Geneva and London`, `Also sent to London;
 * repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade`). Only "repeated to" fills
 * `repeatedTo`; the other subclauses stay in remarks.
 *
 * @module
 */
import { splitTopLevel, spanOf, trimSpan, type Span } from './span.js';

/** Sentence openings of a distribution sentence. */
export const DISTRIBUTION_OPENING = /^(?:Also\s+)?(?:Repeated|Sent|Pouched|Passed|Copied|Relayed|Transmitted\s+for\s+information)\b/i;
const REPEATED = /^(?:and\s+)?(?:also\s+)?repeated\s+(?:for\s+information\s+|for\s+action\s+|niact\s+|priority\s+|immediate\s+)?to\s+/i;
const PLACE_SEPARATOR = /,\s*and\s+|,\s*|\s+and\s+/g;

/** What a distribution sentence holds. */
export interface Distribution {
  repeatedTo: string[];
  /** Subclauses that are not "repeated to" (`Also sent to London`). */
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
    const list = spanOf(piece, cue[0].length, piece.text.length);
    for (const { piece: place } of splitTopLevel(list, PLACE_SEPARATOR)) {
      const name = trimSpan(place, '.,').text;
      if (name) result.repeatedTo.push(name);
    }
  }
  return result;
}
