/**
 * Stage 0: the `Source:` label a note opens with (`Sources:` when it cites more than one), read
 * on the characters, and the diagnostic for one written twice.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { hasWordAt, skipSpaces } from './chars.js';

/** The `Source:` labels a note opens with: how many, and where the text after them starts. */
export interface Labels {
  readonly count: number;
  readonly end: number;
}

/**
 * Reads the labels as `/^\s*(?:Sources?\s*:\s*)+/i` would match them (`end` is the match's
 * length, 0 with no label), on the characters: no pattern runs on every note for a word
 * nearly every note has. The plural labels a note that cites more than one source.
 */
export function readLabels(text: string): Labels {
  let count = 0;
  let end = 0;
  for (let at = skipSpaces(text, 0); hasWordAt(text, at, 'source'); at = end) {
    const word = at + 6 < text.length && (text.charCodeAt(at + 6) | 32) === 115 /* s */ ? at + 7 : at + 6;
    const colon = skipSpaces(text, word);
    if (colon === text.length || text.charCodeAt(colon) !== 58 /* : */) break;
    end = skipSpaces(text, colon + 1);
    count++;
  }
  return { count, end };
}

/** The diagnostic for labels written more than once (`Source: Source:`). */
export function repeatedLabel(text: string, labels: Labels): Diagnostic {
  const label = text.slice(0, labels.end);
  return {
    ruleId: 'duplicated-source-label',
    severity: 'warning',
    message: `Unexpected \`${label.trim()}\`, expected \`Source:\` once`,
    range: [0, labels.end],
    actual: label,
    expected: 'Source: ',
  };
}
