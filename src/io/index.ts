/**
 * Input readers for the CLI: bytes → text ({@link decodeInput}, or chunk by chunk with
 * {@link openDecoded}), text → notes with their line numbers and context ({@link readInput}, or
 * as the text streams in with {@link readItemStream}), within the {@link InputLimits}.
 *
 * @module
 */
import { detectFormat } from './detect.js';
import { readDocumentList } from './document-list.js';
import { readJsonl } from './jsonl.js';
import { readParagraphs } from './paragraphs.js';
import type { InputLimits } from './limits.js';
import type { InputFormat, InputItem, Reader } from './types.js';

export { decodeInput, DecodeError, IncrementalDecoder, type TextEncodingName } from './decode.js';
export { detectFormat } from './detect.js';
export { readDocumentList, scanDocumentList, DocumentListScanner, type DocumentListEntry } from './document-list.js';
export { readJsonl } from './jsonl.js';
export { readParagraphs } from './paragraphs.js';
export { DEFAULT_LIMITS, HEAD_BYTES, MAX_WHOLE_INPUT_LENGTH, type InputLimits } from './limits.js';
export {
  splitLines,
  splitParagraphs,
  unwrap,
  isBlank,
  LineSplitter,
  ParagraphAssembler,
  type Line,
  type Oversized,
  type Paragraph,
} from './lines.js';
export { ItemReader, openDecoded, readItemBatches, readItemStream, type DecodedStream, type OpenDecodedOptions } from './stream.js';
export * from './types.js';

/** The reader of each input format. */
export const READERS: Readonly<Record<InputFormat, Reader>> = {
  jsonl: readJsonl,
  'document-list': readDocumentList,
  paragraphs: readParagraphs,
};

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  /**
   * The input format; detected from the file name and content when `auto` or absent.
   *
   * @defaultValue 'auto'
   */
  format?: InputFormat | 'auto';
  /** The input's file name, for detection by extension. */
  fileName?: string;
  /** Limits; each one not given is the default of {@link DEFAULT_LIMITS}. */
  limits?: Partial<InputLimits>;
}

/** Reads decoded input text with the reader of its (given or detected) format. */
export function readInput(
  text: string,
  options: ReadInputOptions = {},
): { format: InputFormat; items: Iterable<InputItem> } {
  const format =
    options.format === undefined || options.format === 'auto' ? detectFormat(text, options.fileName) : options.format;
  return { format, items: READERS[format](text, options.limits) };
}
