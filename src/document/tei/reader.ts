/**
 * The push reader behind the exported TEI functions: a state machine over the `saxes` events
 * that keeps only what the model needs and hands out each document as it closes.
 *
 * @module
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { TeiDiagnostic, TeiReadOptions, TeiReadSummary } from '../tei.js';
import { emptyVolume, type FrusDocument, type FrusVolume } from '../model.js';
import { DiagnosticLog, doctypeWarning, xmlErrorDiagnostic } from './diagnostics.js';
import { closeDocumentPart, finishDocument, keepNote, openDocumentPart, startDocument, startNote } from './document.js';
import { HeaderReader } from './header.js';
import {
  R_DATELINE,
  R_DOC,
  R_FIELD,
  R_HEAD,
  R_HEADER,
  R_NESTED_NOTE,
  R_NONE,
  R_NOTE,
  R_PLACE,
  R_PUBLICATION_STMT,
  R_TITLE_STMT,
  TextBuffer,
  type DocState,
  type NoteState,
  type Role,
} from './state.js';
import { attr, TEI_NS } from './tags.js';

const DEFAULT_MAX_DEPTH = 256;
const DEFAULT_MAX_TEXT = 1024 * 1024;
const DEFAULT_MAX_DIAGNOSTICS = 100;
/** Characters handed to saxes at a time. */
const SLICE = 64 * 1024;

/** Thrown inside saxes handlers to stop reading at once; never escapes this module. */
const STOP = Symbol('stop');

/** `value` when it is a positive integer, else `fallback`. */
function positive(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** The push reader behind the exported functions: write pieces, collect finished documents. */
export class TeiReader {
  /** The volume, filled in from the TEI header once it has been read. */
  readonly volume: FrusVolume = emptyVolume(null);
  /** The diagnostics so far. */
  readonly diagnostics: TeiDiagnostic[];
  /** Reading stopped (fatal error, or the end was reached). */
  stopped = false;
  /** The end of the input was reached without a fatal error. */
  complete = false;

  private readonly parser: SaxesParser<{ xmlns: true }>;
  private readonly log: DiagnosticLog;
  private readonly maxDepth: number;
  private readonly maxText: number;
  private readonly finished: FrusDocument[] = [];
  private readonly stack: Role[] = [];
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private declaredEncoding: string | null = null;

  private readonly header = new HeaderReader((what) => this.buffer(what));
  private doc: DocState | null = null;
  private note: NoteState | null = null;

  /** @param options - Limits and a diagnostic callback. */
  constructor(options: TeiReadOptions = {}) {
    this.maxDepth = positive(options.maxDepth, DEFAULT_MAX_DEPTH);
    this.maxText = positive(options.maxTextLength, DEFAULT_MAX_TEXT);
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => this.onError(error));
    parser.on('xmldecl', (decl) => {
      this.declaredEncoding = decl.encoding ?? null;
    });
    parser.on('doctype', (doctype) => this.warn(doctypeWarning(doctype)));
    parser.on('opentag', (tag) => this.onOpenTag(tag));
    parser.on('closetag', () => this.onCloseTag());
    parser.on('text', (text) => this.onText(text));
    parser.on('cdata', (text) => this.onText(text));
    this.parser = parser;
    const position = () => ({ line: parser.line, column: Math.max(1, parser.column) });
    this.log = new DiagnosticLog(positive(options.maxDiagnostics, DEFAULT_MAX_DIAGNOSTICS), options.onDiagnostic, position);
    this.diagnostics = this.log.list;
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
    if (!this.header.done) this.finishHeader();
    return this.drain();
  }

  /** Records a failure of the input itself (a stream that errored) and stops. */
  inputFailed(error: unknown): void {
    if (!this.stopped) this.stop(`reading the input failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  /** The volume, the diagnostics and whether the input was read to the end. */
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
        this.log.record(`internal error while reading: ${error instanceof Error ? error.message : String(error)}`, true);
      }
      this.stopped = true;
      this.complete = false;
    }
  }

  private warn(message: string): void {
    this.log.record(message);
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
    this.log.record(message + dropped, true);
    this.doc = null;
    this.note = null;
    this.header.abandon();
    this.stopped = true;
    this.complete = false;
  }

  private onError(error: Error): void {
    const { message, fatal } = xmlErrorDiagnostic(error);
    if (fatal) this.fatal(message);
    this.warn(message);
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
      this.header.rootId = attr(tag, 'xml:id');
      if (local !== 'TEI') this.warn(`the root element is <${tag.name}>, not a TEI <TEI> element`);
    } else if (this.doc) {
      role = this.openInDocument(tag, local, parent, this.doc);
    } else if (this.header.inside) {
      role = this.header.openInside(tag, local);
    } else if (local === 'teiHeader' && !this.header.seen) {
      role = this.header.open();
    } else if (local === 'div' && attr(tag, 'type') === 'document') {
      if (!this.header.done) this.finishHeader();
      this.doc = startDocument(tag, this.parser.line, (what) => this.buffer(what));
      role = R_DOC;
    }
    stack.push(role);
  }

  private openInDocument(tag: SaxesTagNS, local: string, parent: Role, doc: DocState): Role {
    if (local === 'note') {
      if (this.note) return R_NESTED_NOTE;
      this.note = startNote(tag, doc, (what) => this.buffer(what));
      return R_NOTE;
    }
    if (local === 'lb') {
      this.onText(' ');
      return R_NONE;
    }
    if (this.note) return R_NONE;
    return openDocumentPart(local, parent, doc);
  }

  private onCloseTag(): void {
    const role = this.stack.pop();
    switch (role) {
      case R_HEADER:
        this.header.inside = false;
        this.finishHeader();
        break;
      case R_TITLE_STMT:
      case R_PUBLICATION_STMT:
      case R_FIELD:
        this.header.close(role);
        break;
      case R_NOTE:
        this.closeNote();
        break;
      case R_HEAD:
      case R_DATELINE:
      case R_PLACE:
        if (this.doc) closeDocumentPart(role, this.doc);
        break;
      case R_DOC:
        if (this.doc) this.finished.push(finishDocument(this.doc, this.volume, (message) => this.warn(message)));
        this.doc = null;
        break;
      default:
        break;
    }
  }

  private onText(text: string): void {
    if (this.header.text(text)) return;
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

  private closeNote(): void {
    const note = this.note;
    const doc = this.doc;
    this.note = null;
    if (note && doc) keepNote(doc, note);
  }

  /** Normalises the header fields into the volume (once). */
  private finishHeader(): void {
    if (this.header.done) return;
    this.header.finish(this.volume, (message) => this.warn(message));
    if (!this.header.seen && this.stack.length > 0) this.warn('no teiHeader before the first document; volume metadata is missing');
  }
}
