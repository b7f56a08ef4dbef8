/**
 * What the TEI reader keeps while it reads: the role of each open element, and the text and
 * attributes collected for the header field, document and note in progress.
 *
 * @module
 */
import type { FrusFootnote } from '../model.js';

/**
 * What an open element is to the reader (kept on the element stack, so that a closing tag,
 * which saxes reports without attributes, knows what it closes).
 */
export type Role = number;
/** An element the reader ignores (its text may still be collected by an enclosing one). */
export const R_NONE: Role = 0;
/** `teiHeader`. */
export const R_HEADER: Role = 1;
/** `titleStmt` in the header. */
export const R_TITLE_STMT: Role = 2;
/** `publicationStmt` in the header. */
export const R_PUBLICATION_STMT: Role = 3;
/** A header element whose text is a {@link HeaderFields} field. */
export const R_FIELD: Role = 4;
/** `div[@type='document']`. */
export const R_DOC: Role = 5;
/** The document's own `head`. */
export const R_HEAD: Role = 6;
/** The document's first `dateline`. */
export const R_DATELINE: Role = 7;
/** The first `placeName` of that dateline. */
export const R_PLACE: Role = 8;
/** A `note` (source note or footnote). */
export const R_NOTE: Role = 9;
/** A `note` inside a note: its text belongs to the outer one. */
export const R_NESTED_NOTE: Role = 10;

/** Text collected for one element, capped. */
export class TextBuffer {
  /** The text so far (at most `cap` characters). */
  text = '';
  private truncated = false;

  /**
   * @param cap - Most characters kept.
   * @param onOverflow - Called once, when the first character beyond `cap` is dropped.
   */
  constructor(
    private readonly cap: number,
    private readonly onOverflow: () => void,
  ) {}

  /** Appends text, dropping whatever goes beyond the cap. */
  append(chunk: string): void {
    if (this.truncated) return;
    if (this.text.length + chunk.length <= this.cap) {
      this.text += chunk;
      return;
    }
    this.text += chunk.slice(0, this.cap - this.text.length);
    this.truncated = true;
    this.onOverflow();
  }
}

/** Header fields as read, before normalisation. */
export interface HeaderFields {
  series: string | null;
  subseries: string | null;
  volumeNumber: string | null;
  title: string | null;
  editors: string[];
  generalEditor: string | null;
  publisher: string | null;
  pubPlace: string | null;
  year: string | null;
  idno: string | null;
}

/** A header element whose text is being collected. */
export interface FieldState {
  key: keyof HeaderFields;
  buffer: TextBuffer;
}

/** A `note` being read. */
export interface NoteState {
  isSource: boolean;
  inline: boolean;
  n: string | null;
  buffer: TextBuffer;
}

/** A `div[@type='document']` being read. */
export interface DocState {
  n: string | null;
  xmlId: string | null;
  subtype: string | null;
  min: string | null;
  max: string | null;
  line: number;
  head: TextBuffer;
  headActive: boolean;
  headSeen: boolean;
  dateline: TextBuffer;
  datelineActive: boolean;
  datelineSeen: boolean;
  place: TextBuffer;
  placeActive: boolean;
  placeSeen: boolean;
  sourceNote: string | null;
  footnotes: FrusFootnote[];
}

/** Makes a {@link TextBuffer} for the text of `what` (named in the diagnostic if it overflows). */
export type BufferFactory = (what: string) => TextBuffer;
