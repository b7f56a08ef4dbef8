/**
 * Input readers for the CLI: bytes → text ({@link decodeInput}), text → notes with their
 * line numbers and context ({@link readInput}).
 *
 * @module
 */
import { detectFormat } from './detect.js';
import { readDocumentList } from './document-list.js';
import { readJsonl } from './jsonl.js';
import { readParagraphs } from './paragraphs.js';
import type { InputFormat, InputItem, Reader } from './types.js';

export { decodeInput, DecodeError } from './decode.js';
export { detectFormat } from './detect.js';
export { readDocumentList, scanDocumentList, type DocumentListEntry } from './document-list.js';
export { readJsonl } from './jsonl.js';
export { readParagraphs } from './paragraphs.js';
export { splitLines, splitParagraphs, unwrap, isBlank, type Paragraph } from './lines.js';
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
}

/** Reads decoded input text with the reader of its (given or detected) format. */
export function readInput(
  text: string,
  options: ReadInputOptions = {},
): { format: InputFormat; items: Iterable<InputItem> } {
  const format =
    options.format === undefined || options.format === 'auto' ? detectFormat(text, options.fileName) : options.format;
  return { format, items: READERS[format](text) };
}
