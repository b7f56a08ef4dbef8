/**
 * Streaming input: bytes arriving in chunks → decoded text → input items, holding only a
 * bounded amount in memory whatever the size of the input.
 *
 * - {@link openDecoded} reads and decodes the *head* of the input (the first
 *   {@link HEAD_BYTES}) before returning, so that a binary file or bad encoding near the top is
 *   refused before anything is written, and the format can be detected from the head; the rest
 *   is decoded chunk by chunk as it is read.
 * - {@link ItemReader} turns text pieces into {@link InputItem}s as lines and paragraphs
 *   complete; {@link readItemStream} runs it over an async stream of text ({@link readItemBatches}
 *   yields its items a piece of text at a time).
 *
 * @module
 */
import { BINARY_PROBE, IncrementalDecoder, type TextEncodingName } from './decode.js';
import { DocumentListScanner, documentListItem } from './document-list.js';
import { jsonlItem } from './jsonl.js';
import { HEAD_BYTES, resolveLimits, type InputLimits } from './limits.js';
import { LineSplitter, ParagraphAssembler, type Line, type Oversized, type Paragraph } from './lines.js';
import { paragraphItem } from './paragraphs.js';
import type { InputFormat, InputItem } from './types.js';

/** A byte stream being decoded; see {@link openDecoded}. */
export interface DecodedStream {
  /** The encoding, from the byte-order mark (UTF-8 without one). */
  readonly encoding: TextEncodingName;
  /** The decoded head: the text of the first {@link HEAD_BYTES} bytes, or of the whole input. */
  readonly head: string;
  /** True when the head is the whole input. */
  readonly complete: boolean;
  /**
   * The whole decoded text in pieces: the head, then the rest as it is read. Can be iterated
   * once. Throws `DecodeError` (with the line of the bad byte, after yielding the text
   * before it) on bad encoding past the head, and whatever the byte source throws. Stopping
   * early (`break`) releases the source.
   */
  text(): AsyncGenerator<string, void, undefined>;
}

/** Options of {@link openDecoded}. */
export interface OpenDecodedOptions {
  /**
   * Bytes read and decoded before {@link openDecoded} returns (at least the decoder's binary
   * probe, 8 KiB + 3).
   *
   * @defaultValue {@link HEAD_BYTES} (1 MiB)
   */
  headBytes?: number;
}

/**
 * Starts decoding a byte stream (see {@link IncrementalDecoder} for the checks): reads and decodes its first `headBytes` bytes (or all of it,
 * when shorter) and returns them as `head`, with the rest to come from `text()`.
 *
 * @param source - The bytes, e.g. a file read in chunks or `process.stdin`.
 * @param file - The name for error messages (`<stdin>` for standard input).
 * @throws `DecodeError` when the head is binary or badly encoded (the source is released),
 *   or whatever the source throws while the head is read
 */
export async function openDecoded(
  source: AsyncIterable<Uint8Array>,
  file: string,
  options: OpenDecodedOptions = {},
): Promise<DecodedStream> {
  const headBytes = Math.max(options.headBytes ?? HEAD_BYTES, BINARY_PROBE + 3);
  const decoder = new IncrementalDecoder(file);
  const iterator = source[Symbol.asyncIterator]();
  const parts: string[] = [];
  let read = 0;
  let done = false;
  try {
    while (read < headBytes) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        parts.push(decoder.end());
        break;
      }
      read += next.value.length;
      parts.push(decoder.push(next.value));
    }
    if (decoder.error) throw decoder.error;
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  const head = parts.join('');
  let used = false;
  return {
    encoding: decoder.encoding,
    head,
    complete: done,
    async *text() {
      if (used) throw new Error('DecodedStream.text() can be iterated once');
      used = true;
      let finished = done;
      try {
        if (head !== '') yield head;
        if (finished) return;
        for (;;) {
          const next = await iterator.next();
          if (next.done) break;
          const text = decoder.push(next.value);
          if (text !== '') yield text;
        }
        finished = true;
        const rest = decoder.end();
        if (rest !== '') yield rest;
      } finally {
        if (!finished) await iterator.return?.();
      }
    },
  };
}

/**
 * Reads input items from text that arrives in pieces, for one input format, with the same
 * results as the whole-text readers (`readJsonl`, `readParagraphs`, `readDocumentList`) and the
 * same {@link InputLimits}. What it holds is bounded by the limits: the current line or
 * paragraph (at most `maxLineLength` characters) and, for a document list, one entry.
 */
export class ItemReader {
  /** The input format read. */
  readonly format: InputFormat;
  private readonly limits: InputLimits;
  private readonly lines: LineSplitter;
  private readonly paragraphs: ParagraphAssembler;
  private readonly entries = new DocumentListScanner();

  /**
   * @param format - The input format.
   * @param limits - Limits; each one not given is the default of {@link DEFAULT_LIMITS}.
   */
  constructor(format: InputFormat, limits: Partial<InputLimits> = {}) {
    this.format = format;
    this.limits = resolveLimits(limits);
    this.lines = new LineSplitter(this.limits.maxLineLength);
    this.paragraphs = new ParagraphAssembler(this.limits.maxLineLength);
  }

  /** Feeds the next piece of text; returns the items it completes, in input order. */
  push(text: string): InputItem[] {
    return this.fromLines(this.lines.push(text), false);
  }

  /** Ends the input; returns the last items. */
  end(): InputItem[] {
    return this.fromLines(this.lines.end(), true);
  }

  private fromLines(lines: (Line | Oversized)[], end: boolean): InputItem[] {
    const items: InputItem[] = [];
    if (this.format === 'jsonl') {
      for (const line of lines) {
        const item = jsonlItem(line, this.limits);
        if (item) items.push(item);
      }
      return items;
    }
    const paragraphs: (Paragraph | Oversized)[] = [];
    for (const line of lines) paragraphs.push(...this.paragraphs.push(line));
    if (end) paragraphs.push(...this.paragraphs.end());
    if (this.format === 'paragraphs') {
      for (const paragraph of paragraphs) items.push(paragraphItem(paragraph, this.limits));
      return items;
    }
    for (const paragraph of paragraphs) {
      for (const entry of this.entries.push(paragraph)) items.push(documentListItem(entry, this.limits));
    }
    if (end) for (const entry of this.entries.end()) items.push(documentListItem(entry, this.limits));
    return items;
  }
}

/**
 * Reads the items of a text stream as they complete (see {@link ItemReader}). Errors of the
 * text stream (a `DecodeError` past the head, a read error) propagate after the items of
 * the text before them; stopping early releases the stream.
 */
export async function* readItemStream(
  text: AsyncIterable<string>,
  format: InputFormat,
  limits: Partial<InputLimits> = {},
): AsyncGenerator<InputItem, void, undefined> {
  for await (const items of readItemBatches(text, format, limits)) yield* items;
}

/**
 * Reads the items of a text stream as {@link readItemStream} does, but yields them a piece of
 * text at a time (the items each piece completes, then those the end completes), so that a
 * caller can handle many items without an `await` between them.
 */
export async function* readItemBatches(
  text: AsyncIterable<string>,
  format: InputFormat,
  limits: Partial<InputLimits> = {},
): AsyncGenerator<InputItem[], void, undefined> {
  const reader = new ItemReader(format, limits);
  for await (const piece of text) yield reader.push(piece);
  yield reader.end();
}
