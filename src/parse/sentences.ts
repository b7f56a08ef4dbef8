/**
 * Stage 1: split the note into units — sentences and free-standing parentheticals — in one
 * left-to-right pass that survives FRUS's abbreviations (`U.S.`, `pp.`, `vol.`, initials),
 * class numbers (`756. D.00`), quotations and missing spaces (`marking.Kennedy’s`).
 *
 * @module
 */
import { matchClassificationPrefix } from '../vocab/classifications.js';
import { spanOf, trimSpan, type Span } from './span.js';

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'p', 'pp', 'vol', 'vols', 'no', 'nos', 'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'adm', 'lt', 'col',
  'capt', 'maj', 'sen', 'rep', 'amb', 'jr', 'sr', 'inc', 'co', 'corp', 'dept', 'ed', 'eds', 'ff',
  'cf', 'e.g', 'i.e', 'u.s', 'd.c', 'a.m', 'p.m', 'etc', 'supp', 'sec', 'gov', 'messrs', 'rev',
  'ltd', 'bros', 'n.y', 'u.n', 'u.k', 'u.s.s.r', 'ca', 'approx', 'fig', 'nr', 'esq', 'hon',
]);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/;
const OPENERS = new Set(['“', '"', '‘', '(', '[']);

/** A unit of the note: a sentence, or a parenthetical standing between sentences. */
export interface Unit extends Span {
  /** True when the unit is a whole parenthetical, `(…)`. */
  readonly parenthetical: boolean;
  /** True when the unit was split off at a full stop with no space after it. */
  readonly missingSpace: boolean;
}

/** The word (letters, digits, inner dots) that ends just before `index`. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && !SPACE.test(text[start - 1]!) && !'(“"‘[,;'.includes(text[start - 1]!)) start--;
  return text.slice(start, index);
}

/** Whether the full stop at `index` ends a sentence. */
function isSentenceStop(text: string, index: number): 'stop' | 'stop-no-space' | 'no' {
  const word = wordBefore(text, index);
  const bare = word.toLowerCase();
  let next = index + 1;
  // A closing quote right after the stop belongs to the sentence.
  while (next < text.length && '”’"'.includes(text[next]!)) next++;
  if (next >= text.length) return 'stop';
  const spaced = SPACE.test(text[next]!);
  while (next < text.length && SPACE.test(text[next]!)) next++;
  if (next >= text.length) return 'stop';
  const following = text[next]!;
  if (!spaced) {
    // `marking.Kennedy’s`: a lower-case word of two or more letters, then a capitalised word.
    return /^\p{Ll}{2,}$/u.test(word) && UPPER.test(following) && LOWER.test(text[next + 1] ?? '')
      ? 'stop-no-space'
      : 'no';
  }
  if (!(UPPER.test(following) || OPENERS.has(following) || /\d/.test(following))) return 'no';
  if (ABBREVIATIONS.has(bare)) return 'no';
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word)) {
    // Initials (`James E. Goodby`, `H.W.`) — unless the letter ends a file code (`ORG 7 S. Secret`)
    // or a classification follows.
    const before = wordBefore(text, Math.max(0, index - word.length - 1));
    const endsCode = /^(?:\d+|\p{Lu}{2,}|\p{Lu}{2,}[-–]\p{Lu}+)$/u.test(before) && index - word.length - 1 >= 0 && text[index - word.length - 1] === ' ';
    if (!endsCode && !matchClassificationPrefix(text.slice(next, next + 40))) return 'no';
  }
  // `756. D.00`: a class number split by typesetting.
  if (/^\d{3}$/.test(word) && /^\p{Lu}{1,3}(?:\.\d+)?(?:\s[^.\s]{1,20}){0,3}\s?\/\s?\d/u.test(text.slice(next, next + 60))) return 'no';
  // `Vol. 1. Secret` and `p. 476. No` end sentences; `1. Secret` after a digit too.
  return 'stop';
}

/** Splits `body` into units. Never throws; an unbalanced bracket or quote ends at the text's end. */
export function splitUnits(body: Span): Unit[] {
  const text = body.text;
  const units: Unit[] = [];
  let unitStart = 0;
  let depth = 0;
  let quoted = false;
  let missingSpace = false;
  let parenUnit = false;

  const close = (end: number, nextMissingSpace: boolean): void => {
    const span = trimSpan(spanOf(body, unitStart, end));
    if (span.text.length > 0) units.push({ ...span, parenthetical: parenUnit, missingSpace });
    unitStart = end;
    missingSpace = nextMissingSpace;
    parenUnit = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') {
      if (depth === 0 && !quoted && text.slice(unitStart, i).trim() === '' && ch === '(') parenUnit = true;
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0 && parenUnit && !quoted) {
        // A free-standing parenthetical ends here; the next unit starts after it.
        const rest = text.slice(i + 1, i + 3);
        if (/^\s*(?:\p{Lu}|[“"(]|$)/u.test(rest) || i + 1 >= text.length) close(i + 1, false);
        else parenUnit = false;
      }
    } else if (ch === '“') {
      quoted = true;
    } else if (ch === '”') {
      quoted = false;
      if (text[i - 1] === '.' && depth === 0) {
        const verdict = isSentenceStop(text, i - 1);
        if (verdict === 'stop') close(i + 1, false);
      }
    } else if (ch === '.' && depth === 0 && !quoted) {
      const verdict = isSentenceStop(text, i);
      if (verdict !== 'no') {
        let end = i + 1;
        while (end < text.length && '”’"'.includes(text[end]!)) end++;
        close(end, verdict === 'stop-no-space');
        i = end - 1;
      }
    }
  }
  close(text.length, false);
  return units;
}

/** The unit without its final full stop (and closing quote or bracket after it, if outside). */
export function unitContent(unit: Span): Span {
  return trimSpan(unit, '.');
}
