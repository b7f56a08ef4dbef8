/**
 * The parts of a `div[@type='document']` the reader keeps — heading, dateline and its place,
 * source note, footnotes — and how they become a {@link FrusDocument}.
 *
 * @module
 */
import type { SaxesTagNS } from 'saxes';
import type { NoteContext, ProvenanceRecord } from '../../model/provenance.js';
import { parseSourceNote } from '../../parse/source-note.js';
import { readHeading } from '../heading.js';
import { historyStateGovUrl, type FrusDocument, type FrusVolume } from '../model.js';
import { R_DATELINE, R_DOC, R_HEAD, R_NONE, R_PLACE, type BufferFactory, type DocState, type NoteState, type Role } from './state.js';
import { attr, FRUS_NS, nsAttr } from './tags.js';
import { collapse, documentDate, headingText } from './values.js';

/** How a document is named in diagnostics: its number, else its `xml:id`. */
function docLabel(doc: { n: string | null; xmlId: string | null }): string {
  return doc.n ?? doc.xmlId ?? '?';
}

/**
 * The state of a document whose `div` has just opened.
 *
 * @param tag - The `div[@type='document']`.
 * @param line - The line it opened on (named if the document is dropped).
 * @param buffer - Makes the capped text buffers.
 */
export function startDocument(tag: SaxesTagNS, line: number, buffer: BufferFactory): DocState {
  const n = attr(tag, 'n');
  const xmlId = attr(tag, 'xml:id');
  const label = `document ${docLabel({ n, xmlId })}`;
  return {
    n,
    xmlId,
    subtype: attr(tag, 'subtype'),
    min: nsAttr(tag, FRUS_NS, 'doc-dateTime-min'),
    max: nsAttr(tag, FRUS_NS, 'doc-dateTime-max'),
    line,
    head: buffer(`the heading of ${label}`),
    headActive: false,
    headSeen: false,
    dateline: buffer(`the dateline of ${label}`),
    datelineActive: false,
    datelineSeen: false,
    place: buffer(`the dateline place of ${label}`),
    placeActive: false,
    placeSeen: false,
    sourceNote: null,
    footnotes: [],
  };
}

/** The state of a `note` of `doc` that has just opened. */
export function startNote(tag: SaxesTagNS, doc: DocState, buffer: BufferFactory): NoteState {
  const n = attr(tag, 'n');
  return {
    isSource: attr(tag, 'type') === 'source',
    inline: attr(tag, 'rend') === 'inline',
    n,
    buffer: buffer(`note ${n ?? '?'} of document ${docLabel(doc)}`),
  };
}

/**
 * Opens the heading, dateline or dateline place of `doc` when `local` is the first of its kind
 * (only the heading that is a direct child of the document counts); anything else is
 * {@link R_NONE}.
 */
export function openDocumentPart(local: string, parent: Role, doc: DocState): Role {
  if (local === 'head' && parent === R_DOC && !doc.headSeen) {
    doc.headActive = true;
    return R_HEAD;
  }
  if (local === 'dateline' && !doc.datelineSeen && !doc.datelineActive) {
    doc.datelineActive = true;
    return R_DATELINE;
  }
  if (local === 'placeName' && doc.datelineActive && !doc.placeSeen && !doc.placeActive) {
    doc.placeActive = true;
    return R_PLACE;
  }
  return R_NONE;
}

/** Closes the heading, dateline or dateline place of `doc`, so a later one is not read. */
export function closeDocumentPart(role: Role, doc: DocState): void {
  if (role === R_HEAD) {
    doc.headActive = false;
    doc.headSeen = true;
  } else if (role === R_DATELINE) {
    doc.datelineActive = false;
    doc.datelineSeen = true;
  } else if (role === R_PLACE) {
    doc.placeActive = false;
    doc.placeSeen = true;
  }
}

/** Keeps a closed note: the first source note as such, other notes as footnotes unless inline. */
export function keepNote(doc: DocState, note: NoteState): void {
  const text = collapse(note.buffer.text);
  if (note.isSource && doc.sourceNote === null) doc.sourceNote = text;
  else if (!note.inline) doc.footnotes.push({ n: note.n ?? '', text });
}

/** The provenance of a source note, read with the document's heading, date and dateline as context. */
function provenanceOf(sourceNote: string, doc: DocState, volume: FrusVolume, heading: string, date: string | null, dateline: string | null): ProvenanceRecord {
  const context: NoteContext = {};
  if (volume.id) context.volume = volume.id;
  if (doc.n) context.doc = `d${doc.n}`;
  else if (doc.xmlId) context.doc = doc.xmlId;
  if (heading) context.head = heading;
  if (date) context.date = date;
  if (dateline) context.dateline = dateline;
  return parseSourceNote(sourceNote, { context });
}

/** The TEI attributes kept in `extra`. */
function extraOf(doc: DocState): Record<string, string> {
  const extra: Record<string, string> = {};
  if (doc.xmlId) extra.xmlId = doc.xmlId;
  if (doc.subtype) extra.subtype = doc.subtype;
  if (doc.min) extra.dateTimeMin = doc.min;
  if (doc.max) extra.dateTimeMax = doc.max;
  return extra;
}

/**
 * The document read, once its `div` has closed.
 *
 * @param doc - What was collected.
 * @param volume - The volume it belongs to.
 * @param warn - Reports a missing heading or a source note that could not be parsed.
 */
export function finishDocument(doc: DocState, volume: FrusVolume, warn: (message: string) => void): FrusDocument {
  const label = docLabel(doc);
  const heading = headingText(doc.head.text);
  if (!heading) warn(`document ${label} has no heading`);
  const parts = readHeading(heading);
  const date = documentDate(doc.min);
  const dateline = doc.datelineSeen ? collapse(doc.dateline.text) || null : null;
  const place = doc.placeSeen ? collapse(doc.place.text) || null : null;
  const sourceNote = doc.sourceNote || null;
  let provenance: ProvenanceRecord | null = null;
  if (sourceNote) {
    try {
      provenance = provenanceOf(sourceNote, doc, volume, heading, date, dateline);
    } catch (error) {
      // A bug in the source-note parser must cost one document its provenance, not the volume.
      warn(`the source note of document ${label} could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return {
    volume,
    number: doc.n,
    heading,
    sender: parts.sender,
    recipient: parts.recipient,
    genre: parts.genre,
    date,
    dateline,
    place,
    sourceNote,
    provenance,
    footnotes: doc.footnotes,
    url: volume.id && doc.n ? historyStateGovUrl(volume.id, doc.n) : null,
    extra: extraOf(doc),
  };
}
