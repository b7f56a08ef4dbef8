/**
 * Stage 3g: references to other FRUS documents (`Document 94`, `vol. V, Document 28`,
 * `see vol. VII, pp. 685–686`) found anywhere in the note's remarks.
 *
 * @module
 */
import type { Reference } from '../model/provenance.js';
import type { Span } from './span.js';

/**
 * A FRUS document (`vol. V, Document 28`) or pages of a FRUS volume (`vol. VII, pp. 685–686`;
 * `ante, p. 123`, `post, p. 456`, the earlier volumes' pages of the same volume).
 */
const FRUS_DOCUMENT = /\b(?:(?:vol(?:ume)?\.?\s+([IVXLC]+|\d{1,3}),\s+)?Documents?\s+(\d{1,4}))\b|\bvol(?:ume)?\.?\s+([IVXLC]+),\s+pp?\.\s*\d+(?:[-–]\d+)?|\b(?:[Aa]nte|[Pp]ost),\s+pp?\.\s*\d+(?:[-–]\d+)?/g;

/** Letters every FRUS_DOCUMENT match holds (`Document…` or `vol…`): a text without them has no reference. */
const REFERENCE_LETTERS = /ocument|vol/;

/** Whether `text` may hold a FRUS_DOCUMENT match: REFERENCE_LETTERS, or the `nte,` of `ante, p.` or the `ost,` of `post, p.`. */
function mayReference(text: string): boolean {
  return REFERENCE_LETTERS.test(text) || text.indexOf('nte,') >= 0 || text.indexOf('ost,') >= 0;
}

/** The FRUS-document references in `span`. */
export function readDocumentReferences(span: Span): Reference[] {
  const references: Reference[] = [];
  if (!mayReference(span.text)) return references;
  FRUS_DOCUMENT.lastIndex = 0;
  for (let match = FRUS_DOCUMENT.exec(span.text); match; match = FRUS_DOCUMENT.exec(span.text)) references.push(reference(match, span.start));
  return references;
}

/** The reference of one FRUS_DOCUMENT match, in a text that starts at `start` in the note. */
function reference(match: RegExpExecArray, start: number): Reference {
  const volume = match[1] ?? match[3];
  // Optional fields are assigned, not spread (no temporary objects), in the record's key order.
  const found = { kind: 'frus-document', text: match[0] } as Reference;
  if (volume) found.volume = volume;
  if (match[2]) found.document = match[2];
  found.range = [start + match.index, start + match.index + match[0].length];
  return found;
}
