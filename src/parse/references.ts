/**
 * Stage 3g: references to other FRUS documents (`Document 94`, `vol. V, Document 28`,
 * `see vol. VII, pp. 685–686`) found anywhere in the note's remarks.
 *
 * @module
 */
import type { Reference } from '../model/provenance.js';
import type { Span } from './span.js';

const FRUS_DOCUMENT = /\b(?:(?:vol(?:ume)?\.?\s+([IVXLC]+|\d{1,3}),\s+)?Documents?\s+(\d{1,4}))\b|\bvol(?:ume)?\.?\s+([IVXLC]+),\s+pp?\.\s*\d+(?:[-–]\d+)?/g;

/** The FRUS-document references in `span`. */
export function readDocumentReferences(span: Span): Reference[] {
  const references: Reference[] = [];
  if (!/ocument|vol/.test(span.text)) return references;
  FRUS_DOCUMENT.lastIndex = 0;
  for (let match = FRUS_DOCUMENT.exec(span.text); match; match = FRUS_DOCUMENT.exec(span.text)) {
    const volume = match[1] ?? match[3];
    references.push({
      kind: 'frus-document',
      text: match[0],
      ...(volume ? { volume } : {}),
      ...(match[2] ? { document: match[2] } : {}),
      range: [span.start + match.index, span.start + match.index + match[0].length],
    });
  }
  return references;
}
