/**
 * Stage 3b: the sentence of markings (`Secret; Niact; Limit Distribution`): the first
 * semicolon-separated part is the classification, the rest are handling captions.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import type { Classification } from '../model/provenance.js';
import { findClassification, matchClassificationPrefix } from '../vocab/classifications.js';
import { findHandlingCaption, matchHandlingPrefix } from '../vocab/handling.js';
import { rangeOf, splitTopLevel, trimSpan, type Span } from './span.js';

/** What a marking sentence holds. */
export interface Marking {
  classification: Classification | null;
  handling: string[];
}

const PART_SEPARATOR = /;\s*|,\s*(?=(?:Priority|Immediate|Niact|Exdis|Nodis|Limdis|Noforn)\b)/g;
const JOINER = /^\s*(?:[-–—/]|and\s)\s*/;
const MAX_UNKNOWN_WORDS = 4;

/** Parts of a marking sentence, split on semicolons. */
function markingParts(span: Span): Span[] {
  return splitTopLevel(span, PART_SEPARATOR, [';', ','])
    .map((p) => trimSpan(p.piece, '.'))
    .filter((p) => p.text.length > 0);
}

/** Whether `text` is a caption, possibly `Eyes Only` joined by a dash to another caption. */
function isCaption(text: string): boolean {
  return findHandlingCaption(text) !== undefined;
}

/** Reads the classification at the start of a part: `Secret–Personal` → Secret, plus caption `Personal`. */
function readClassification(part: Span): { classification: Classification; extra: string[] } | null {
  const exact = findClassification(part.text);
  if (exact) return { classification: { level: exact.level, text: part.text, range: rangeOf(part) }, extra: [] };
  const prefix = matchClassificationPrefix(part.text);
  if (!prefix) return null;
  const tail = part.text.slice(prefix.length);
  const joiner = JOINER.exec(tail);
  if (!joiner) return null;
  const caption = tail.slice(joiner[0].length).trim();
  if (!isCaption(caption)) return null;
  return { classification: { level: prefix.entry.level, text: part.text, range: rangeOf(part) }, extra: [caption] };
}

/**
 * Reads `span` as a marking sentence. Returns null when it is not one: the first part must be
 * a known classification, or every part a known caption. A short unknown first part followed by
 * known captions is read as an unknown classification and reported.
 */
export function readMarking(span: Span, diagnostics: Diagnostic[]): Marking | null {
  const parts = markingParts(trimSpan(span, '.'));
  const first = parts[0];
  const rest = parts.slice(1);
  if (!first) return null;
  const classified = readClassification(first);
  if (classified) {
    return { classification: classified.classification, handling: [...classified.extra, ...rest.map((p) => p.text)] };
  }
  if (parts.every((p) => isCaption(p.text))) return { classification: null, handling: parts.map((p) => p.text) };
  const words = first.text.split(/\s+/).length;
  if (rest.length > 0 && rest.every((p) => isCaption(p.text)) && words <= MAX_UNKNOWN_WORDS && /^\p{Lu}/u.test(first.text)) {
    diagnostics.push({
      ruleId: 'unknown-classification',
      severity: 'warning',
      message: `Unexpected classification \`${first.text}\`, expected one of Top Secret, Secret, Confidential, Limited Official Use, Official Use Only, Unclassified or No classification marking`,
      range: rangeOf(first),
      actual: first.text,
    });
    return {
      classification: { level: 'other', text: first.text, range: rangeOf(first) },
      handling: rest.map((p) => p.text),
    };
  }
  return null;
}

/** Whether a unit starts like a marking sentence (cheap test before {@link readMarking}). */
export function looksLikeMarking(span: Span): boolean {
  const text = span.text;
  if (matchClassificationPrefix(text) !== undefined || matchHandlingPrefix(text) !== undefined) return true;
  // `Secrte; Priority`: an unknown first part followed by captions.
  const semicolon = text.indexOf(';');
  if (semicolon < 0 || semicolon > 40) return false;
  return text.split(';', 6).some((part) => isCaption(part.replace(/\.$/, '').trim()));
}

/** Whether a unit opens with a handling caption (`Priority; Limdis.`): a marking sentence after the classification. */
export function startsWithCaption(span: Span): boolean {
  return matchHandlingPrefix(span.text) !== undefined;
}
