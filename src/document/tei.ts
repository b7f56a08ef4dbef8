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
 * This module is the public face; the reader itself lives in `./tei/`: `reader.ts` (the SAX state
 * machine), `header.ts` and `document.ts` (what it keeps of the header and of each document),
 * `diagnostics.ts`, `state.ts`, `tags.ts` and `values.ts` (pure value helpers).
 *
 * @module
 */
import type { FrusDocument, FrusVolume } from './model.js';
import { TeiReader } from './tei/reader.js';

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
