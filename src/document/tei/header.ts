/**
 * The TEI header: which header elements hold volume metadata, and how their text becomes the
 * {@link FrusVolume} shared by every document.
 *
 * @module
 */
import type { SaxesTagNS } from 'saxes';
import { FRUS_SERIES_TITLE, type FrusVolume } from '../model.js';
import { R_FIELD, R_HEADER, R_NONE, R_PUBLICATION_STMT, R_TITLE_STMT, type BufferFactory, type FieldState, type HeaderFields, type Role } from './state.js';
import { attr } from './tags.js';
import { collapse, normalisePlace, normalisePublisher, publicationYear, readVolumeNumber } from './values.js';

/** Header fields before anything has been read. */
function emptyHeader(): HeaderFields {
  return {
    series: null,
    subseries: null,
    volumeNumber: null,
    title: null,
    editors: [],
    generalEditor: null,
    publisher: null,
    pubPlace: null,
    year: null,
    idno: null,
  };
}

/**
 * The header field an element holds, or null when it holds none.
 *
 * @param tag - The element.
 * @param local - Its local name (empty when it is not in the TEI namespace).
 * @param inTitleStmt - Whether it is inside `titleStmt`.
 * @param inPublicationStmt - Whether it is inside `publicationStmt`.
 */
function headerFieldKey(tag: SaxesTagNS, local: string, inTitleStmt: boolean, inPublicationStmt: boolean): keyof HeaderFields | null {
  if (inTitleStmt && local === 'title') {
    const type = attr(tag, 'type');
    return type === 'series' ? 'series' : type === 'sub-series' ? 'subseries' : type === 'volume-number' ? 'volumeNumber' : type === 'volume' ? 'title' : null;
  }
  if (inTitleStmt && local === 'editor') {
    const role = attr(tag, 'role');
    return role === 'primary' ? 'editors' : role === 'general' ? 'generalEditor' : null;
  }
  if (inPublicationStmt) {
    if (local === 'publisher') return 'publisher';
    if (local === 'pubPlace') return 'pubPlace';
    if (local === 'date' && attr(tag, 'type') === 'publication-date') return 'year';
    if (local === 'idno' && attr(tag, 'type') === 'frus') return 'idno';
  }
  return null;
}

/** Stores the text of a header field: every primary editor, but only the first of anything else. */
function storeField(header: HeaderFields, key: keyof HeaderFields, text: string): void {
  if (key === 'editors') header.editors.push(text);
  else if (header[key] === null) header[key] = text;
}

/**
 * Normalises the header fields into `volume`.
 *
 * @param volume - The volume to fill in.
 * @param header - The fields as read.
 * @param rootId - The `xml:id` of the root element, which wins over the header's `idno`.
 * @param warn - Reports a field that is not understood.
 */
function applyHeader(volume: FrusVolume, header: HeaderFields, rootId: string | null, warn: (message: string) => void): void {
  volume.id = rootId ?? header.idno;
  volume.seriesTitle = header.series ?? FRUS_SERIES_TITLE;
  volume.subseries = header.subseries;
  if (header.volumeNumber) {
    const number = readVolumeNumber(header.volumeNumber);
    if (number) {
      volume.volumeNumber = number.volumeNumber;
      volume.part = number.part;
    } else {
      warn(`volume number not understood: "${header.volumeNumber}"`);
    }
  }
  volume.title = header.title;
  volume.editors = header.editors;
  volume.generalEditor = header.generalEditor;
  volume.publisher = normalisePublisher(header.publisher);
  volume.place = normalisePlace(header.pubPlace);
  volume.year = publicationYear(header.year);
}

/** Reads the `teiHeader`: follows `titleStmt` and `publicationStmt` and collects the fields. */
export class HeaderReader {
  /** The `xml:id` of the root element, which wins over the header's `idno`. */
  rootId: string | null = null;
  /** A `teiHeader` has opened (only the first one is read). */
  seen = false;
  /** Inside the `teiHeader`. */
  inside = false;
  /** The fields have been normalised into the volume. */
  done = false;
  private readonly fields = emptyHeader();
  private inTitleStmt = false;
  private inPublicationStmt = false;
  private field: FieldState | null = null;

  /** @param buffer - Makes the capped text buffers of the fields. */
  constructor(private readonly buffer: BufferFactory) {}

  /** Opens the `teiHeader`. */
  open(): Role {
    this.seen = true;
    this.inside = true;
    return R_HEADER;
  }

  /** Opens an element inside the header; its role says what to do when it closes. */
  openInside(tag: SaxesTagNS, local: string): Role {
    if (local === 'titleStmt') {
      this.inTitleStmt = true;
      return R_TITLE_STMT;
    }
    if (local === 'publicationStmt') {
      this.inPublicationStmt = true;
      return R_PUBLICATION_STMT;
    }
    if (this.field) return R_NONE;
    const key = headerFieldKey(tag, local, this.inTitleStmt, this.inPublicationStmt);
    if (!key) return R_NONE;
    this.field = { key, buffer: this.buffer(`<${tag.name}> in the TEI header`) };
    return R_FIELD;
  }

  /** Closes a `titleStmt`, a `publicationStmt` or a field (stored when it has text). */
  close(role: Role): void {
    if (role === R_TITLE_STMT) this.inTitleStmt = false;
    else if (role === R_PUBLICATION_STMT) this.inPublicationStmt = false;
    else if (role === R_FIELD) this.closeField();
  }

  /** Collects text for the field being read; false when no field is being read. */
  text(text: string): boolean {
    if (!this.field) return false;
    this.field.buffer.append(text);
    return true;
  }

  /** Drops the field being read (reading has stopped). */
  abandon(): void {
    this.field = null;
  }

  /** Normalises the fields into `volume`, once; `warn` reports a field that is not understood. */
  finish(volume: FrusVolume, warn: (message: string) => void): void {
    if (this.done) return;
    this.done = true;
    applyHeader(volume, this.fields, this.rootId, warn);
  }

  private closeField(): void {
    const field = this.field;
    this.field = null;
    if (!field) return;
    const text = collapse(field.buffer.text);
    if (text) storeField(this.fields, field.key, text);
  }
}
