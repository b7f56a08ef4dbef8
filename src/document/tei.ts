/**
 * Reads the official TEI volume files of the Office of the Historian
 * (`frus1961-63v06.xml` and its siblings) into a {@link FrusVolume} and its {@link FrusDocument}s:
 * every document's number, heading, date, dateline, source note and footnotes, and the volume
 * metadata of the TEI header.
 *
 * The reader streams: it feeds the input to the `saxes` SAX parser in chunks of at most
 * 64 Ki characters and keeps only the text it needs (headings, datelines, notes, header fields),
 * never a tree of the volume. {@link teiDocuments} yields each document as its
 * `</div type="document">` closes.
 *
 * Hostile or broken input never throws, hangs or crashes the reader:
 *
 * - A DOCTYPE is reported once as a diagnostic and otherwise ignored. Its entity declarations
 *   are never expanded (saxes does not read the internal subset) and external entities or DTDs
 *   are never fetched; a reference to such an entity (`&x;`) stays in the text literally and is
 *   reported. Reading goes on.
 * - Entity and namespace-prefix errors and disallowed characters are reported and reading goes on.
 * - Any other well-formedness error (mismatched tags, truncated input, junk after the root) is
 *   fatal, as XML requires: reading stops, the documents completed so far are returned, the
 *   document in progress is dropped, and the diagnostic carries the line and column.
 * - Elements nested deeper than `maxDepth` (256) stop reading with a diagnostic; nothing in the
 *   reader or in saxes recurses, so deep nesting cannot overflow the stack.
 * - The text kept for one heading, dateline, note or header field is capped at `maxTextLength`
 *   (1 Mi characters); longer text is truncated with a diagnostic.
 * - At most `maxDiagnostics` (100) diagnostics are kept, plus the fatal one.
 *
 * @module
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { NoteContext, ProvenanceRecord } from '../model/provenance.js';
import { parseSourceNote } from '../parse/source-note.js';
import { readHeading } from './heading.js';
import { emptyVolume, FRUS_SERIES_TITLE, historyStateGovUrl, type FrusDocument, type FrusFootnote, type FrusVolume } from './model.js';

/** A problem met while reading a TEI volume. */
export interface TeiDiagnostic {
  /** What went wrong, in plain words. */
  message: string;
  /** One-based line of the input where it was noticed. */
  line: number;
  /** One-based column (in Unicode characters) of the last character read when it was noticed. */
  column: number;
}

/** Options of {@link readTeiVolume}, {@link readTeiVolumeStream} and {@link teiDocuments}. */
export interface TeiReadOptions {
  /**
   * Deepest element nesting accepted; deeper input stops reading with a diagnostic.
   *
   * @defaultValue 256
   */
  maxDepth?: number;
  /**
   * Most characters kept for one heading, dateline, note or header field; the rest is dropped
   * with a diagnostic.
   *
   * @defaultValue 1048576
   */
  maxTextLength?: number;
  /**
   * Most diagnostics kept (a fatal one is always kept in addition).
   *
   * @defaultValue 100
   */
  maxDiagnostics?: number;
  /** Called with each diagnostic as it is recorded (useful with {@link teiDocuments}). */
  onDiagnostic?: (diagnostic: TeiDiagnostic) => void;
}

/** What {@link readTeiVolume} and {@link readTeiVolumeStream} return. */
export interface TeiVolumeResult {
  /** The volume, from the TEI header (shared by every document's `volume`). */
  volume: FrusVolume;
  /** The documents, in the order of the file. */
  documents: FrusDocument[];
  /** Problems met, in the order they were met. */
  diagnostics: TeiDiagnostic[];
  /** True when the whole input was read without a fatal error. */
  complete: boolean;
}

/** What the {@link teiDocuments} generator returns when it is done. */
export type TeiReadSummary = Omit<TeiVolumeResult, 'documents'>;

/** A piece of a TEI file: text, or UTF-8 bytes (a `Buffer` is fine). */
export type TeiChunk = string | Uint8Array;

/** A TEI file, whole or in chunks (a Node readable stream is an `AsyncIterable<Buffer>`). */
export type TeiSource = TeiChunk | Iterable<TeiChunk> | AsyncIterable<TeiChunk>;

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
const FRUS_NS = 'http://history.state.gov/frus/ns/1.0';

const DEFAULT_MAX_DEPTH = 256;
const DEFAULT_MAX_TEXT = 1024 * 1024;
const DEFAULT_MAX_DIAGNOSTICS = 100;
/** Characters handed to saxes at a time. */
const SLICE = 64 * 1024;

/** What an open element is to the reader (kept on the element stack). */
const R_NONE = 0;
const R_HEADER = 1;
const R_TITLE_STMT = 2;
const R_PUBLICATION_STMT = 3;
const R_FIELD = 4;
const R_DOC = 5;
const R_HEAD = 6;
const R_DATELINE = 7;
const R_PLACE = 8;
const R_NOTE = 9;
const R_NESTED_NOTE = 10;

/** Saxes errors after which the rest of the input still reads as intended. */
const RECOVERABLE =
  /^(?:undefined entity\.|empty entity name\.|disallowed character in entity name\.|malformed character entity\.|disallowed character\.|unbound namespace prefix)/;
/** The `line:column: ` saxes puts in front of its messages. */
const POSITION_PREFIX = /^\d+:\d+: /;
/** XML white space (not NBSP: that is text). */
const XML_SPACE = /[ \t\r\n]+/g;
/** "4. " in front of a heading. */
const NUMBER_PREFIX = /^\d+[A-Za-z]?\.(?: |$)/;
/** "Volume VI", "Volume XIX, Part 1", "Volume E–5, Part 2", "Volume 6". */
const VOLUME_NUMBER = /^Vol(?:ume|\.)? ?([IVXLCDM]+|\d+|[A-Z][-–]\d+)\b(?: ?,? ?Part ([IVXLCDM]+|\d+)\b)?/i;
const ROMAN = /^[IVXLCDM]+$/i;
/** The GPO imprint, which Chicago prints without "United States". */
const GPO = /^(?:the )?(?:United States|U\. ?S\.) (Government (?:Printing|Publishing) Office)$/i;
const WASHINGTON = /^Washington(?:,? ?D\.? ?C\.?)?$/;
const YEAR = /\b\d{4}\b/;
/** A `frus:doc-dateTime-min` at midnight: the document is dated to the day only. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Thrown inside saxes handlers to stop reading at once; never escapes this module. */
const STOP = Symbol('stop');

/** Collapses XML white space and trims it. */
function collapse(text: string): string {
  const collapsed = text.replace(XML_SPACE, ' ');
  const start = collapsed.startsWith(' ') ? 1 : 0;
  const end = collapsed.endsWith(' ') ? collapsed.length - 1 : collapsed.length;
  return start < end ? collapsed.slice(start, end) : '';
}

/** Arabic value of a roman numeral (`VI` → 6). */
function romanToArabic(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const letters = roman.toUpperCase();
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = values[letters[i]!] ?? 0;
    const next = values[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `VI` → `6`, `12` → `12`, `E–5` → `E–5`. */
function arabic(token: string): string {
  return ROMAN.test(token) ? String(romanToArabic(token)) : token;
}

/** The document date: the date alone when `frus:doc-dateTime-min` is at midnight, else as given. */
function documentDate(min: string | null): string | null {
  if (!min) return null;
  const midnight = MIDNIGHT.exec(min);
  return midnight ? midnight[1]! : min;
}

/** The value of an attribute by its qualified name (`type`, `xml:id`; the `xml` prefix is fixed). */
function attr(tag: SaxesTagNS, name: string): string | null {
  return tag.attributes[name]?.value ?? null;
}

/**
 * The value of a namespaced attribute, found by namespace and local name whatever its prefix
 * (or by local name alone when its prefix is unbound, which is reported as a diagnostic).
 */
function nsAttr(tag: SaxesTagNS, uri: string, local: string): string | null {
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key]!;
    if (attribute.local === local && attribute.prefix !== '' && (attribute.uri === uri || !attribute.uri)) return attribute.value;
  }
  return null;
}

/** Text collected for one element, capped. */
class TextBuffer {
  text = '';
  private truncated = false;

  constructor(
    private readonly cap: number,
    private readonly onOverflow: () => void,
  ) {}

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
interface HeaderFields {
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
interface FieldState {
  key: keyof HeaderFields;
  buffer: TextBuffer;
}

/** A `note` being read. */
interface NoteState {
  isSource: boolean;
  inline: boolean;
  n: string | null;
  buffer: TextBuffer;
}

/** A `div[@type='document']` being read. */
interface DocState {
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

/** The push reader behind the exported functions: write pieces, collect finished documents. */
class TeiReader {
  readonly volume: FrusVolume = emptyVolume(null);
  readonly diagnostics: TeiDiagnostic[] = [];
  /** Reading stopped (fatal error, or the end was reached). */
  stopped = false;
  /** The end of the input was reached without a fatal error. */
  complete = false;

  private readonly parser: SaxesParser<{ xmlns: true }>;
  private readonly maxDepth: number;
  private readonly maxText: number;
  private readonly maxDiagnostics: number;
  private onDiagnostic: ((diagnostic: TeiDiagnostic) => void) | undefined;
  private readonly finished: FrusDocument[] = [];
  private readonly stack: number[] = [];
  private suppressed = false;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private declaredEncoding: string | null = null;

  private rootId: string | null = null;
  private readonly header: HeaderFields = {
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
  private headerSeen = false;
  private headerDone = false;
  private inHeader = false;
  private inTitleStmt = false;
  private inPublicationStmt = false;
  private field: FieldState | null = null;
  private doc: DocState | null = null;
  private note: NoteState | null = null;

  constructor(options: TeiReadOptions = {}) {
    this.maxDepth = positive(options.maxDepth, DEFAULT_MAX_DEPTH);
    this.maxText = positive(options.maxTextLength, DEFAULT_MAX_TEXT);
    this.maxDiagnostics = positive(options.maxDiagnostics, DEFAULT_MAX_DIAGNOSTICS);
    this.onDiagnostic = options.onDiagnostic;
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => this.onError(error));
    parser.on('xmldecl', (decl) => {
      this.declaredEncoding = decl.encoding ?? null;
    });
    parser.on('doctype', (doctype) => this.onDoctype(doctype));
    parser.on('opentag', (tag) => this.onOpenTag(tag));
    parser.on('closetag', () => this.onCloseTag());
    parser.on('text', (text) => this.onText(text));
    parser.on('cdata', (text) => this.onText(text));
    this.parser = parser;
  }

  /** Splits a chunk into pieces of at most {@link SLICE} characters, decoding bytes as UTF-8. */
  *pieces(chunk: unknown): Generator<string> {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
    } else if (chunk instanceof Uint8Array) {
      this.decoder ??= new TextDecoder('utf-8');
      text = this.decoder.decode(chunk, { stream: true });
    } else {
      this.stop(`unsupported input chunk (${chunk === null ? 'null' : typeof chunk}); expected a string or a Uint8Array`);
      return;
    }
    for (let start = 0; start < text.length && !this.stopped; start += SLICE) yield text.slice(start, start + SLICE);
  }

  /** Feeds one piece; returns the documents that closed in it. */
  write(piece: string): FrusDocument[] {
    if (!this.stopped) this.guard(() => this.parser.write(piece));
    return this.drain();
  }

  /** Ends the input; returns the documents that closed at the very end. */
  end(): FrusDocument[] {
    if (!this.stopped && this.decoder) {
      const rest = this.decoder.decode();
      if (rest) this.guard(() => this.parser.write(rest));
    }
    if (!this.stopped) {
      this.guard(() => this.parser.close());
      if (!this.stopped) {
        this.stopped = true;
        this.complete = true;
      }
    }
    if (this.decoder && this.declaredEncoding && !/^utf-?8$/i.test(this.declaredEncoding)) {
      this.warn(`the XML declaration names encoding ${this.declaredEncoding}; the bytes were read as UTF-8`);
    }
    if (!this.headerDone) this.finishHeader();
    return this.drain();
  }

  /** Records a failure of the input itself (a stream that errored) and stops. */
  inputFailed(error: unknown): void {
    if (!this.stopped) this.stop(`reading the input failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  summary(): TeiReadSummary {
    return { volume: this.volume, diagnostics: this.diagnostics, complete: this.complete };
  }

  private drain(): FrusDocument[] {
    return this.finished.length === 0 ? [] : this.finished.splice(0);
  }

  /** Runs saxes; a STOP (or any bug) ends reading instead of escaping. */
  private guard(run: () => void): void {
    try {
      run();
    } catch (error) {
      if (error !== STOP) {
        this.record(`internal error while reading: ${error instanceof Error ? error.message : String(error)}`, true);
      }
      this.stopped = true;
      this.complete = false;
    }
  }

  private record(message: string, force = false): void {
    if (this.diagnostics.length >= this.maxDiagnostics && !force) {
      if (this.suppressed) return;
      this.suppressed = true;
      message = `more than ${this.maxDiagnostics} diagnostics; further ones are not reported`;
    }
    const diagnostic: TeiDiagnostic = { message, line: this.parser.line, column: Math.max(1, this.parser.column) };
    this.diagnostics.push(diagnostic);
    if (!this.onDiagnostic) return;
    try {
      this.onDiagnostic(diagnostic);
    } catch (error) {
      // A throwing callback must not make the reader throw; say so once and stop calling it.
      this.onDiagnostic = undefined;
      const message = `the onDiagnostic callback threw: ${error instanceof Error ? error.message : String(error)}`;
      this.diagnostics.push({ ...diagnostic, message });
    }
  }

  private warn(message: string): void {
    this.record(message);
  }

  /** Records a fatal diagnostic and unwinds saxes. */
  private fatal(message: string): never {
    this.stop(message);
    throw STOP;
  }

  /** Records a fatal diagnostic (naming the document in progress, which is dropped) and stops reading. */
  private stop(message: string): void {
    const doc = this.doc;
    const dropped = doc
      ? `; document ${doc.n ?? doc.xmlId ?? '?'} (from line ${doc.line}) is incomplete and was dropped`
      : '';
    this.record(message + dropped, true);
    this.doc = null;
    this.note = null;
    this.field = null;
    this.stopped = true;
    this.complete = false;
  }

  private onError(error: Error): void {
    const message = error.message.replace(POSITION_PREFIX, '');
    if (RECOVERABLE.test(message)) {
      const hint = message.startsWith('undefined entity')
        ? ' (DOCTYPE entities are not supported: the reference is kept as written, never expanded or fetched)'
        : '';
      this.warn(`XML error: ${message}${hint}`);
      return;
    }
    if (message.startsWith('unclosed tag: ')) {
      this.fatal(`unexpected end of input: <${message.slice('unclosed tag: '.length)}> is not closed (truncated XML?)`);
    }
    if (message === 'unexpected end.') this.fatal('unexpected end of input (truncated XML?)');
    if (message === 'document must contain a root element.') this.fatal('no XML root element (empty or not XML?)');
    this.fatal(`malformed XML: ${message}`);
  }

  private onDoctype(doctype: string): void {
    const entities = doctype.includes('<!ENTITY');
    const external = /^\s*\S+\s+(?:SYSTEM|PUBLIC)\b/.test(doctype);
    const what = [entities ? 'its entity declarations are not expanded' : '', external ? 'its external DTD is not fetched' : '']
      .filter(Boolean)
      .join(', ');
    this.warn(`DOCTYPE/entities not supported: the DOCTYPE is ignored${what ? ` (${what})` : ''}`);
  }

  private onOpenTag(tag: SaxesTagNS): void {
    const stack = this.stack;
    if (stack.length >= this.maxDepth) {
      this.fatal(`elements nested deeper than ${this.maxDepth} levels (at <${tag.name}>); reading stopped`);
    }
    const local = tag.uri === TEI_NS || tag.uri === '' ? tag.local : '';
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    let role = R_NONE;

    if (stack.length === 0) {
      this.rootId = attr(tag, 'xml:id');
      if (local !== 'TEI') this.warn(`the root element is <${tag.name}>, not a TEI <TEI> element`);
    } else if (this.doc) {
      role = this.openInDocument(tag, local, parent, this.doc);
    } else if (this.inHeader) {
      role = this.openInHeader(tag, local);
    } else if (local === 'teiHeader' && !this.headerSeen) {
      this.headerSeen = true;
      this.inHeader = true;
      role = R_HEADER;
    } else if (local === 'div' && attr(tag, 'type') === 'document') {
      if (!this.headerDone) this.finishHeader();
      this.doc = this.startDocument(tag);
      role = R_DOC;
    }
    stack.push(role);
  }

  private openInHeader(tag: SaxesTagNS, local: string): number {
    if (local === 'titleStmt') {
      this.inTitleStmt = true;
      return R_TITLE_STMT;
    }
    if (local === 'publicationStmt') {
      this.inPublicationStmt = true;
      return R_PUBLICATION_STMT;
    }
    if (this.field) return R_NONE;
    let key: keyof HeaderFields | null = null;
    if (this.inTitleStmt && local === 'title') {
      const type = attr(tag, 'type');
      key = type === 'series' ? 'series' : type === 'sub-series' ? 'subseries' : type === 'volume-number' ? 'volumeNumber' : type === 'volume' ? 'title' : null;
    } else if (this.inTitleStmt && local === 'editor') {
      const role = attr(tag, 'role');
      key = role === 'primary' ? 'editors' : role === 'general' ? 'generalEditor' : null;
    } else if (this.inPublicationStmt) {
      if (local === 'publisher') key = 'publisher';
      else if (local === 'pubPlace') key = 'pubPlace';
      else if (local === 'date' && attr(tag, 'type') === 'publication-date') key = 'year';
      else if (local === 'idno' && attr(tag, 'type') === 'frus') key = 'idno';
    }
    if (!key) return R_NONE;
    this.field = { key, buffer: this.buffer(`<${tag.name}> in the TEI header`) };
    return R_FIELD;
  }

  private startDocument(tag: SaxesTagNS): DocState {
    const n = attr(tag, 'n');
    const xmlId = attr(tag, 'xml:id');
    const label = `document ${n ?? xmlId ?? '?'}`;
    return {
      n,
      xmlId,
      subtype: attr(tag, 'subtype'),
      min: nsAttr(tag, FRUS_NS, 'doc-dateTime-min'),
      max: nsAttr(tag, FRUS_NS, 'doc-dateTime-max'),
      line: this.parser.line,
      head: this.buffer(`the heading of ${label}`),
      headActive: false,
      headSeen: false,
      dateline: this.buffer(`the dateline of ${label}`),
      datelineActive: false,
      datelineSeen: false,
      place: this.buffer(`the dateline place of ${label}`),
      placeActive: false,
      placeSeen: false,
      sourceNote: null,
      footnotes: [],
    };
  }

  private openInDocument(tag: SaxesTagNS, local: string, parent: number, doc: DocState): number {
    if (local === 'note') {
      if (this.note) return R_NESTED_NOTE;
      const n = attr(tag, 'n');
      this.note = {
        isSource: attr(tag, 'type') === 'source',
        inline: attr(tag, 'rend') === 'inline',
        n,
        buffer: this.buffer(`note ${n ?? '?'} of document ${doc.n ?? doc.xmlId ?? '?'}`),
      };
      return R_NOTE;
    }
    if (local === 'lb') {
      this.onText(' ');
      return R_NONE;
    }
    if (this.note) return R_NONE;
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

  private onCloseTag(): void {
    const role = this.stack.pop();
    switch (role) {
      case R_HEADER:
        this.inHeader = false;
        this.finishHeader();
        break;
      case R_TITLE_STMT:
        this.inTitleStmt = false;
        break;
      case R_PUBLICATION_STMT:
        this.inPublicationStmt = false;
        break;
      case R_FIELD:
        this.closeField();
        break;
      case R_NOTE:
        this.closeNote();
        break;
      case R_HEAD:
        if (this.doc) {
          this.doc.headActive = false;
          this.doc.headSeen = true;
        }
        break;
      case R_DATELINE:
        if (this.doc) {
          this.doc.datelineActive = false;
          this.doc.datelineSeen = true;
        }
        break;
      case R_PLACE:
        if (this.doc) {
          this.doc.placeActive = false;
          this.doc.placeSeen = true;
        }
        break;
      case R_DOC:
        if (this.doc) this.finished.push(this.finishDocument(this.doc));
        this.doc = null;
        break;
      default:
        break;
    }
  }

  private onText(text: string): void {
    if (this.field) {
      this.field.buffer.append(text);
      return;
    }
    const doc = this.doc;
    if (!doc) return;
    if (this.note) {
      this.note.buffer.append(text);
      return;
    }
    if (doc.headActive) doc.head.append(text);
    if (doc.datelineActive) doc.dateline.append(text);
    if (doc.placeActive) doc.place.append(text);
  }

  private buffer(what: string): TextBuffer {
    return new TextBuffer(this.maxText, () => this.warn(`the text of ${what} is longer than ${this.maxText} characters; truncated`));
  }

  private closeField(): void {
    const field = this.field;
    this.field = null;
    if (!field) return;
    const text = collapse(field.buffer.text);
    if (!text) return;
    const header = this.header;
    if (field.key === 'editors') header.editors.push(text);
    else if (header[field.key] === null) header[field.key] = text;
  }

  private closeNote(): void {
    const note = this.note;
    const doc = this.doc;
    this.note = null;
    if (!note || !doc) return;
    const text = collapse(note.buffer.text);
    if (note.isSource && doc.sourceNote === null) doc.sourceNote = text;
    else if (!note.inline) doc.footnotes.push({ n: note.n ?? '', text });
  }

  /** Normalises the header fields into the volume (once). */
  private finishHeader(): void {
    if (this.headerDone) return;
    this.headerDone = true;
    const header = this.header;
    const volume = this.volume;
    volume.id = this.rootId ?? header.idno;
    volume.seriesTitle = header.series ?? FRUS_SERIES_TITLE;
    volume.subseries = header.subseries;
    if (header.volumeNumber) {
      const match = VOLUME_NUMBER.exec(header.volumeNumber);
      if (match) {
        volume.volumeNumber = arabic(match[1]!);
        volume.part = match[2] ? arabic(match[2]) : null;
      } else {
        this.warn(`volume number not understood: "${header.volumeNumber}"`);
      }
    }
    volume.title = header.title;
    volume.editors = header.editors;
    volume.generalEditor = header.generalEditor;
    volume.publisher = header.publisher ? header.publisher.replace(GPO, '$1') : null;
    volume.place = header.pubPlace && WASHINGTON.test(header.pubPlace) ? 'Washington, DC' : header.pubPlace;
    volume.year = header.year ? (YEAR.exec(header.year)?.[0] ?? header.year) : null;
    if (!this.headerSeen && this.stack.length > 0) this.warn('no teiHeader before the first document; volume metadata is missing');
  }

  private finishDocument(doc: DocState): FrusDocument {
    const volume = this.volume;
    const label = doc.n ?? doc.xmlId ?? '?';
    const heading = collapse(doc.head.text).replace(NUMBER_PREFIX, '');
    if (!heading) this.warn(`document ${label} has no heading`);
    const parts = readHeading(heading);
    const date = documentDate(doc.min);
    const dateline = doc.datelineSeen ? collapse(doc.dateline.text) || null : null;
    const place = doc.placeSeen ? collapse(doc.place.text) || null : null;
    const sourceNote = doc.sourceNote || null;
    let provenance: ProvenanceRecord | null = null;
    if (sourceNote) {
      const context: NoteContext = {};
      if (volume.id) context.volume = volume.id;
      if (doc.n) context.doc = `d${doc.n}`;
      else if (doc.xmlId) context.doc = doc.xmlId;
      if (heading) context.head = heading;
      if (date) context.date = date;
      if (dateline) context.dateline = dateline;
      try {
        provenance = parseSourceNote(sourceNote, { context });
      } catch (error) {
        this.warn(`the source note of document ${label} could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const extra: Record<string, string> = {};
    if (doc.xmlId) extra.xmlId = doc.xmlId;
    if (doc.subtype) extra.subtype = doc.subtype;
    if (doc.min) extra.dateTimeMin = doc.min;
    if (doc.max) extra.dateTimeMax = doc.max;
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
      extra,
    };
  }
}

/** `value` when it is a positive integer, else `fallback`. */
function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The chunks of a synchronous source (a string or bytes are one chunk). */
function syncChunks(source: unknown): Iterable<unknown> | null {
  if (typeof source === 'string' || source instanceof Uint8Array) return [source];
  if (source !== null && typeof source === 'object' && Symbol.iterator in source) return source as Iterable<unknown>;
  return null;
}

/**
 * Reads a whole TEI volume held in memory.
 *
 * Never throws: malformed, truncated or hostile input gives the documents read before the
 * problem plus a diagnostic with its line and column (see the module notes for what stops reading
 * and what does not).
 *
 * @param xml - The TEI file as a string, as UTF-8 bytes, or as a synchronous iterable of chunks.
 * @param options - Limits and a diagnostic callback.
 * @returns The volume (from the TEI header), its documents in file order, and the diagnostics.
 *
 * @example
 * ```ts
 * const { volume, documents } = readTeiVolume(readFileSync('frus1961-63v06.xml', 'utf8'));
 * documents[3]?.heading; // 'Telegram From the Department of State to the Embassy in the Soviet Union'
 * ```
 */
export function readTeiVolume(xml: string | Uint8Array | Iterable<TeiChunk>, options?: TeiReadOptions): TeiVolumeResult {
  const reader = new TeiReader(options);
  const documents: FrusDocument[] = [];
  const chunks = syncChunks(xml);
  if (chunks === null) {
    reader.inputFailed(
      new TypeError(
        xml !== null && typeof xml === 'object' && Symbol.asyncIterator in xml
          ? 'an async iterable was given to readTeiVolume; use readTeiVolumeStream'
          : `unsupported input (${xml === null ? 'null' : typeof xml}); expected a string, bytes or an iterable of chunks`,
      ),
    );
  } else {
    try {
      for (const chunk of chunks) {
        for (const piece of reader.pieces(chunk)) documents.push(...reader.write(piece));
        if (reader.stopped) break;
      }
    } catch (error) {
      reader.inputFailed(error);
    }
  }
  documents.push(...reader.end());
  return { ...reader.summary(), documents };
}

/** Feeds a source of any supported kind to `reader`, yielding documents as they close. */
async function* run(reader: TeiReader, source: unknown): AsyncGenerator<FrusDocument, void> {
  const sync = syncChunks(source);
  const isAsync = source !== null && typeof source === 'object' && Symbol.asyncIterator in source;
  if (sync === null && !isAsync) {
    reader.inputFailed(new TypeError(`unsupported input (${source === null ? 'null' : typeof source}); expected a string, bytes or an (async) iterable of chunks`));
  } else {
    try {
      for await (const chunk of (sync ?? source) as AsyncIterable<unknown> | Iterable<unknown>) {
        for (const piece of reader.pieces(chunk)) yield* reader.write(piece);
        if (reader.stopped) break;
      }
    } catch (error) {
      reader.inputFailed(error);
    }
  }
  yield* reader.end();
}

/**
 * Reads a TEI volume from a string, bytes, or a (possibly asynchronous) iterable of chunks such as
 * a Node readable stream (`fs.createReadStream(path)`), without holding the file in memory.
 *
 * Always resolves, never rejects: a failing stream, malformed or truncated XML gives the documents
 * read before the problem plus a diagnostic.
 *
 * @param source - The TEI file, whole or in chunks (strings or UTF-8 bytes).
 * @param options - Limits and a diagnostic callback.
 * @returns The volume, its documents in file order, and the diagnostics.
 */
export async function readTeiVolumeStream(source: TeiSource, options?: TeiReadOptions): Promise<TeiVolumeResult> {
  const reader = new TeiReader(options);
  const documents: FrusDocument[] = [];
  for await (const document of run(reader, source)) documents.push(document);
  return { ...reader.summary(), documents };
}

/**
 * Streams the documents of a TEI volume: yields each document as soon as its
 * `</div type="document">` has been read, so a caller can process a volume chunk by chunk.
 *
 * Never throws. Problems are reported through `options.onDiagnostic` and in the summary the
 * generator returns when done (`{ volume, diagnostics, complete }`); after a fatal problem the
 * generator simply ends.
 *
 * @param source - The TEI file, whole or in chunks (strings or UTF-8 bytes), sync or async.
 * @param options - Limits and a diagnostic callback.
 * @returns An async generator of documents whose return value is the {@link TeiReadSummary}.
 *
 * @example
 * ```ts
 * for await (const doc of teiDocuments(createReadStream('frus1961-63v06.xml'))) {
 *   console.log(doc.number, doc.heading);
 * }
 * ```
 */
export async function* teiDocuments(source: TeiSource, options?: TeiReadOptions): AsyncGenerator<FrusDocument, TeiReadSummary, undefined> {
  const reader = new TeiReader(options);
  yield* run(reader, source);
  return reader.summary();
}
