/**
 * Spans: a piece of the note and where it lies in it. Every parser stage works on spans so
 * that each extracted field keeps its offsets into the original text.
 *
 * @module
 */
import type { Range } from '../model/diagnostic.js';
import { isSpaceCode } from './chars.js';

/** A slice of the note with its `[start, end)` offsets. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The span of `text[start, end)` inside a note whose first character is at `base`. */
export function spanOf(source: Span, start: number, end: number): Span {
  return { text: source.text.slice(start, end), start: source.start + start, end: source.start + end };
}

/** The span of `source.text[start, end)` without surrounding whitespace, sliced once. */
export function trimmedSpanOf(source: Span, start: number, end: number): Span {
  const text = source.text;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { text: text.slice(start, end), start: source.start + start, end: source.start + end };
}

/** The span without surrounding whitespace (and, optionally, trailing characters in `strip`). */
export function trimSpan(span: Span, strip = ''): Span {
  let start = 0;
  let end = span.text.length;
  const text = span.text;
  if (end === 0) return span;
  // Most spans start and end with printable ASCII: nothing to trim, no loop.
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(end - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127 && (strip === '' || !stripHas(strip, last))) return span;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && (isSpaceCode(text.charCodeAt(end - 1)) || (strip !== '' && stripHas(strip, text.charCodeAt(end - 1))))) end--;
  if (start === 0 && end === text.length) return span;
  return spanOf(span, start, end);
}

/** Whether `code` is one of the (few) characters of `strip`. */
function stripHas(strip: string, code: number): boolean {
  for (let k = 0; k < strip.length; k++) if (strip.charCodeAt(k) === code) return true;
  return false;
}

/** The span after dropping a leading match of `pattern` (anchored with `^`), if it matches. */
export function dropPrefix(span: Span, pattern: RegExp): Span {
  const match = pattern.exec(span.text);
  return match && match.index === 0 ? spanOf(span, match[0].length, span.text.length) : span;
}

/** The range of a span. */
export function rangeOf(span: Span): Range {
  return [span.start, span.end];
}

/** Whether `text` contains one of `needles`. */
function containsAny(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

/**
 * Splits a span at depth-0 occurrences of the separator pattern (which must have the `g`
 * flag), ignoring separators inside parentheses and brackets. Returns the pieces, trimmed,
 * each with the separator that preceded it. `needles`, when given, are strings one of which
 * every separator match contains: a text with none of them is one piece, found without
 * running the pattern (most spans have no separator at all).
 */
export function splitTopLevel(span: Span, separator: RegExp, needles?: readonly string[]): { piece: Span; before: string }[] {
  const text = span.text;
  const pieces: { piece: Span; before: string }[] = [];
  if (needles !== undefined && !containsAny(text, needles)) {
    pieces.push({ piece: trimSpan(span), before: '' });
    return pieces;
  }
  let last = 0;
  let before = '';
  // Bracket depth is tracked incrementally up to each match, so the scan stays linear.
  let depth = 0;
  let scanned = 0;
  const hasBrackets = text.indexOf('(') >= 0 || text.indexOf(')') >= 0 || text.indexOf('[') >= 0 || text.indexOf(']') >= 0;
  separator.lastIndex = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    if (match[0].length === 0) {
      separator.lastIndex++;
      continue;
    }
    if (hasBrackets) {
      depth = bracketDepthAfter(text, scanned, match.index, depth);
      scanned = Math.max(scanned, match.index);
      if (depth !== 0) continue;
    }
    pieces.push({ piece: trimmedSpanOf(span, last, match.index), before });
    before = match[0];
    last = match.index + match[0].length;
  }
  pieces.push({ piece: trimmedSpanOf(span, last, span.text.length), before });
  return pieces;
}

/**
 * The bracket depth after `text[from, to)`, from `depth` at `from`: `(` and `[` open one, `)` and
 * `]` close one that is open (a stray closing bracket counts nothing).
 */
export function bracketDepthAfter(text: string, from: number, to: number, depth: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 40 /* ( */ || code === 91 /* [ */) depth++;
    else if ((code === 41 /* ) */ || code === 93 /* ] */) && depth > 0) depth--;
  }
  return depth;
}
