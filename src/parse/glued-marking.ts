/**
 * A classification run on to the last segment of a location without its full stop
 * (`611.61/1–2361 Secret`, `Lot 66 D 204; Secret`), and the cheap tests that keep the
 * classification lookup off the (many) segments that cannot end in one.
 *
 * @module
 */
import { CLASSIFICATIONS, findClassification, opensClassificationAlias } from '../vocab/classifications.js';
import { codeSet, hasCode, type CodeSet } from '../vocab/code-set.js';
import { foldCode, foldKey } from '../vocab/fold.js';
import { isDigitCode, isSpaceCode } from './chars.js';
import { readIdentifier } from './identifiers.js';
import { spanOf, trimSpan, type Span } from './span.js';

/** The most words a classification alias has (`No classification marking appears on the source text`). */
const MAX_MARKING_WORDS = 8;

/** The classification aliases as `findClassification` compares them (folded). */
const MARKING_KEYS: readonly string[] = CLASSIFICATIONS.flatMap((entry) => entry.aliases.map((alias) => foldKey(alias)));
/** First characters and lengths of the folded aliases: a text that folds to others cannot be one. */
const MARKING_KEY_FIRSTS: CodeSet = codeSet(MARKING_KEYS.map((key) => key.charCodeAt(0)));
const MARKING_KEY_MAX_LENGTH = Math.max(...MARKING_KEYS.map((key) => key.length));
/** 1 at each length a folded alias has, as a table (lengths are small). */
const MARKING_KEY_LENGTHS: Uint8Array = (() => {
  const table = new Uint8Array(MARKING_KEY_MAX_LENGTH + 1);
  for (const key of MARKING_KEYS) table[key.length] = 1;
  return table;
})();

/** Whether a folded alias is `length` characters long. */
function isMarkingKeyLength(length: number): boolean {
  return length <= MARKING_KEY_MAX_LENGTH && MARKING_KEY_LENGTHS[length] === 1;
}
/** The last two characters of each folded alias (`et` for Secret, `al` for Confidential, …), as `first * 65536 + second`. */
const MARKING_KEY_ENDINGS: ReadonlySet<number> = new Set(MARKING_KEYS.map((key) => key.charCodeAt(key.length - 2) * 65536 + key.charCodeAt(key.length - 1)));
/** MARKING_KEY_ENDINGS of two ASCII characters, as a 128 × 128 table: most texts end so, and a read is cheaper than a hash lookup. */
const ASCII_MARKING_KEY_ENDINGS: Uint8Array = (() => {
  const table = new Uint8Array(128 * 128);
  for (const key of MARKING_KEYS) {
    const before = key.charCodeAt(key.length - 2);
    const last = key.charCodeAt(key.length - 1);
    if (before < 128 && last < 128) table[before * 128 + last] = 1;
  }
  return table;
})();

/** Whether a folded alias ends in the folded characters `before`, `last`. */
function isMarkingKeyEnding(before: number, last: number): boolean {
  return before < 128 && last < 128 ? ASCII_MARKING_KEY_ENDINGS[before * 128 + last] === 1 : MARKING_KEY_ENDINGS.has(before * 65536 + last);
}
/** Whether a folded alias ends in a digit (none does: `Secret`, `Confidential`, …). */
const MARKING_KEY_ENDS_IN_DIGIT = MARKING_KEYS.some((key) => isDigitCode(key.charCodeAt(key.length - 1)));

/**
 * The character `foldKey` turns the written `code` into (lower case, `-` for a dash, a space for
 * a blank, …); -1 for one whose lower case takes two code units (`İ`) or depends on its
 * neighbours (`Σ`, surrogate pairs), which is not judged.
 */
function foldedCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : isSpaceCode(code) ? 32 : code;
  if (code === 0x130 || code === 0x3a3 || (code >= 0xd800 && code <= 0xdfff)) return -1;
  return isSpaceCode(code) ? 32 : foldCode(code);
}

/** Whether a folded key whose first (or last) character is written `code` can have one of `codes` there. */
function foldsInto(codes: CodeSet, code: number): boolean {
  const folded = foldedCode(code);
  return folded < 0 || hasCode(codes, folded);
}

/**
 * Whether `text` can end in a classification, judged by its last two characters: most last
 * segments end in a digit (`711.11/1-2161`, `Lot 66 D 204`) or in a word no alias ends with
 * (`Files`, `Correspondence`), and none is looked at word by word. A semicolon could end the
 * classification earlier (`Secret; Priority`), so it leaves the question open; `semicolons` false
 * says that the caller knows the text has none (it need not be searched).
 */
function mayEndInMarking(text: string, semicolons: boolean): boolean {
  let end = text.length;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // Every alias has three characters or more (`LOU`), so both lie inside any candidate that can be one.
  if (end < 2) return false;
  const last = foldedCode(text.charCodeAt(end - 1));
  const before = foldedCode(text.charCodeAt(end - 2));
  if (last < 0 || before < 0) return true;
  // Most last segments end in a digit, which ends no alias: no lookup for them.
  if (isDigitCode(last) && !MARKING_KEY_ENDS_IN_DIGIT) return semicolons && text.indexOf(';') >= 0;
  return isMarkingKeyEnding(before, last) || (semicolons && text.indexOf(';') >= 0);
}

/**
 * Whether `text[from, to)` can be a classification alias, before the lookup folds it: its folded
 * key must start, end and be as long as an alias's. Folding maps dashes and apostrophes one to
 * one, turns a run of blanks into one space, trims, and lower-cases, which keeps the length of
 * every character but `İ`. Most texts are collection names (`Correspondence`, `Security
 * Files`), ruled out here without a slice or a lookup.
 */
export function mayBeMarking(text: string, from: number, to: number): boolean {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  // Every alias has three characters or more (`LOU`): a single character (even `İ`) is none.
  if (to - from < 2 || !foldsInto(MARKING_KEY_FIRSTS, text.charCodeAt(from))) return false;
  const last = foldedCode(text.charCodeAt(to - 1));
  const before = foldedCode(text.charCodeAt(to - 2));
  if (last >= 0 && before >= 0 && !isMarkingKeyEnding(before, last)) return false;
  let length = 0;
  let afterBlank = false;
  for (let i = from; i < to && length <= MARKING_KEY_MAX_LENGTH; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x130 /* İ, two characters in lower case */) return true;
    const blank = isSpaceCode(code);
    if (!blank || !afterBlank) length++;
    afterBlank = blank;
  }
  return isMarkingKeyLength(length);
}

/**
 * A classification run on to the last segment without its full stop (`611.61/1–2361 Secret`,
 * `Lot 66 D 204; Secret`, `January 30, 1964 Secret`, `611.61/1–2361 Top Secret`): the longest
 * marking that ends the segment, split when what precedes it is an identifier or ends in a
 * digit, so a collection named "… Secret Files" is left alone.
 * `semicolons` false says that the segment has no semicolon (the caller looked for one already).
 */
export function gluedMarking(segment: Span, semicolons = true): { rest: Span; marking: Span } | null {
  const text = segment.text;
  if (!mayEndInMarking(text, semicolons)) return null;
  let words = 0;
  // The marking found so far: a longer one may open further back (`Top Secret` after `Secret`).
  let found: { rest: Span; marking: Span } | null = null;
  for (let cut = text.length - 1; cut > 0 && words < MAX_MARKING_WORDS; cut--) {
    const code = text.charCodeAt(cut);
    if (code !== 32 && code !== 59 /* ; */) continue;
    words++;
    // Only a word that can open a classification (`Secret`, `Top`, `No`, …) is worth a lookup.
    const next = cut + 1 < text.length ? text.charCodeAt(cut + 1) : -1;
    if (!opensClassificationAlias(next | 0x20) && next !== 32) continue;
    // The classification runs to a semicolon (`Secret; Eyes Only`) or the end.
    const semicolon = text.indexOf(';', cut + 1);
    if (!mayBeMarking(text, cut + 1, semicolon < 0 ? text.length : semicolon)) continue;
    const marking = trimSpan(spanOf(segment, cut + 1, text.length));
    const markingSemicolon = marking.text.indexOf(';');
    if (!findClassification(markingSemicolon < 0 ? marking.text : marking.text.slice(0, markingSemicolon).trim())) continue;
    const rest = trimSpan(spanOf(segment, 0, cut), ';,');
    if (!rest.text) break;
    found = { rest, marking };
  }
  if (!found) return null;
  const rest = found.rest.text;
  return isDigitCode(rest.charCodeAt(rest.length - 1)) || readIdentifier(rest) ? { rest: found.rest, marking: found.marking } : null;
}
