/**
 * Stage 3g: references to other FRUS documents (`Document 94`, `vol. V, Document 28`,
 * `see vol. VII, pp. 685–686`, `vol. XV, Soviet Union, June 1972–August 1974, Document 146`)
 * found anywhere in the note's remarks.
 *
 * @module
 */
import type { Reference } from '../model/provenance.js';
import type { Span } from './span.js';
import { isAsciiLetterCode, isUpperAsciiCode } from './chars.js';
import { matchPublicationPrefix } from '../vocab/publications.js';

/**
 * A FRUS document (`vol. V, Document 28`) or pages of a FRUS volume (`vol. VII, pp. 685–686`;
 * `ante, p. 123`, `post, p. 456`, the earlier volumes' pages of the same volume).
 */
const FRUS_DOCUMENT = /\b(?:(?:vol(?:ume)?\.?\s+([IVXLC]+|\d{1,3}),\s+)?Documents?\s+(\d{1,4}))\b|\bvol(?:ume)?\.?\s+([IVXLC]+),\s+pp?\.\s*\d+(?:[-–]\d+)?|\b(?:[Aa]nte|[Pp]ost),\s+pp?\.\s*\d+(?:[-–]\d+)?/g;

/**
 * Letters every FRUS_DOCUMENT match holds (`Document…`, `vol…`, the `nte,` of `ante, p.` or the
 * `ost,` of `post, p.`): a text without them has no reference. One scan, not one a word; the
 * capital of `Document` makes it twice as fast as `ocument` (far fewer places to try).
 */
const REFERENCE_LETTERS = /Document|vol|nte,|ost,/;
/** A volume and the comma after it, read where a "vol" was found (`vol. XV, `, `volume E–6, `). */
const VOLUME_AT = /vol(?:ume)?\.?\s+([IVXLC]+|\d{1,3}|E[-–]\d{1,2}),\s+/y;
/** The longest volume title between a volume and its document (`Soviet Union, June 1972–August 1974, `). */
const MAX_TITLE_LENGTH = 120;

/** The FRUS-document references in `span`. */
export function readDocumentReferences(span: Span): Reference[] {
  return appendDocumentReferences(span, []);
}

/**
 * Appends the FRUS-document references in `span` to `references`, and returns it: a remark (most
 * have none) makes no array of its own to be spread into the record's.
 */
export function appendDocumentReferences(span: Span, references: Reference[]): Reference[] {
  if (!REFERENCE_LETTERS.test(span.text)) return references;
  FRUS_DOCUMENT.lastIndex = 0;
  let lastEnd = 0;
  for (let match = FRUS_DOCUMENT.exec(span.text); match; match = FRUS_DOCUMENT.exec(span.text)) {
    // `The Pentagon Papers (Gravel edition), vol. III, p. 341`: the pages of another work's volume.
    if (match[3] !== undefined && isOtherWorksVolume(span.text, match.index)) continue;
    // A document without a volume may follow a volume cited with its title.
    const titled = match[2] !== undefined && match[1] === undefined ? titledVolume(span.text, lastEnd, match.index) : null;
    const found = reference(match, span.start, titled);
    references.push(found);
    lastEnd = match.index + match[0].length;
    // `Documents 46 and 47`, `Documents 12, 14, and 15`: the other numbers after the plural.
    if (match[2] !== undefined && span.text.charCodeAt(match.index + match[0].length - match[2].length - 2) === 115 /* s */) {
      MORE_DOCUMENTS.lastIndex = lastEnd;
      for (let more = MORE_DOCUMENTS.exec(span.text); more; more = MORE_DOCUMENTS.exec(span.text)) {
        const numberStart = MORE_DOCUMENTS.lastIndex - more[1]!.length;
        references.push(documentReference(more[1]!, found.volume, more[1], [span.start + numberStart, span.start + MORE_DOCUMENTS.lastIndex]));
        lastEnd = MORE_DOCUMENTS.lastIndex;
      }
      FRUS_DOCUMENT.lastIndex = lastEnd;
    }
  }
  return references;
}

/**
 * Whether the volume at `volumeStart` (`vol. III, p. 341`) is a volume of another work, written
 * after its title and a comma: a publication of the publications table other than FRUS
 * (`The Pentagon Papers (Gravel edition), vol. III`, `Documents and State Papers, vol. I`)
 * opens a word of the clause before it. Works outside the table (FRUS's own special volumes,
 * `Conference of Berlin, vol. II`, among them) keep their reference.
 */
function isOtherWorksVolume(text: string, volumeStart: number): boolean {
  let at = volumeStart;
  while (at > 0 && text.charCodeAt(at - 1) === 32) at--;
  if (at < 2 || text.charCodeAt(at - 1) !== 44 /* , */) return false;
  const last = text.charCodeAt(at - 2);
  if (last !== 41 /* ) */ && !isAsciiLetterCode(last)) return false;
  // The clause before the volume, back to a semicolon, a sentence's stop or MAX_TITLE_LENGTH characters.
  let from = at - 1;
  while (from > 0 && at - from < MAX_TITLE_LENGTH && text.charCodeAt(from - 1) !== 59 /* ; */ && !(text.charCodeAt(from - 1) === 32 && text.charCodeAt(from - 2) === 46)) from--;
  for (let word = from; word < at; word++) {
    if (word > from && text.charCodeAt(word - 1) !== 32 && text.charCodeAt(word - 1) !== 40) continue;
    if (!isUpperAsciiCode(text.charCodeAt(word))) continue;
    const hit = matchPublicationPrefix(text.slice(word, at));
    if (hit && hit.publication.id !== 'frus') return true;
  }
  // `is printed in Zhou Enlai Nianpu, vol. III, pp. 447–448`: a work the table does not know, named after "printed in", is no FRUS volume.
  const printedIn = lastPrintedIn(text, from, at);
  return printedIn >= 0 && matchPublicationPrefix(text.slice(printedIn, at))?.publication.id !== 'frus';
}

/** Where the title after the last `printed in ` or `published in ` in `text[from, to)` starts, or -1. */
function lastPrintedIn(text: string, from: number, to: number): number {
  const inAt = text.lastIndexOf(' in ', to);
  if (inAt < from) return -1;
  const verb = text.lastIndexOf(' ', inAt - 1) + 1;
  const word = text.slice(verb, inAt);
  return word === 'printed' || word === 'published' || word === 'reprinted' ? inAt + 4 : -1;
}

/** A further number of a list of documents (`, 47`, ` and 47`, `, and 47`), read right after the one before. */
const MORE_DOCUMENTS = /(?:,\s*(?:and\s+)?|\s+and\s+)(\d{1,3})\b(?![–-]|\.\d|\/)/y;

/**
 * The volume cited with its title right before the document at `documentStart`
 * (`vol. XV, Soviet Union, June 1972–August 1974, Document 146`), after `from` (the end of the
 * reference before): the title, of at most MAX_TITLE_LENGTH characters, ends in a comma and
 * holds no full stop, semicolon or bracket. Null when there is none.
 */
function titledVolume(text: string, from: number, documentStart: number): { volume: string; start: number } | null {
  const start = text.lastIndexOf('vol', documentStart);
  if (start < from || start < 0 || documentStart - start > MAX_TITLE_LENGTH + 20 || isAsciiLetterCode(text.charCodeAt(start - 1))) return null;
  VOLUME_AT.lastIndex = start;
  const volume = VOLUME_AT.exec(text);
  if (!volume || VOLUME_AT.lastIndex >= documentStart) return null;
  let end = documentStart;
  while (end > VOLUME_AT.lastIndex && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(end - 1) !== 44 /* , */) return null;
  for (let at = VOLUME_AT.lastIndex; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 46 /* . */ || code === 59 /* ; */ || code === 40 /* ( */ || code === 41 /* ) */) return null;
  }
  return { volume: volume[1]!, start };
}

/** The reference of one FRUS_DOCUMENT match, in a text that starts at `start` in the note, with the titled volume before it, if any. */
function reference(match: RegExpExecArray, start: number, titled: { volume: string; start: number } | null): Reference {
  const from = titled ? titled.start : match.index;
  const end = match.index + match[0].length;
  return documentReference(titled ? match.input.slice(from, end) : match[0], match[1] ?? match[3] ?? titled?.volume, match[2], [start + from, start + end]);
}

/** A reference to a FRUS document as written (`text`), with its volume and number when known. */
function documentReference(text: string, volume: string | undefined, document: string | undefined, range: [number, number]): Reference {
  // Optional fields are assigned, not spread (no temporary objects), in the record's key order.
  const found = { kind: 'frus-document', text } as Reference;
  if (volume) found.volume = volume;
  if (document) found.document = document;
  found.range = range;
  return found;
}
