/**
 * The explicit size limits of the input readers and the CLI (see `docs/limits.md`). Every
 * limit is in characters of decoded text (UTF-16 code units, as JavaScript counts string
 * length) unless its name says bytes.
 *
 * @module
 */
import type { InputItem } from './types.js';

/** Limits applied while reading text input. */
export interface InputLimits {
  /**
   * The longest input unit kept in memory: a JSONL line, or a paragraph of a plain-text or
   * document-list input (its lines together). A longer unit is not kept: it is streamed past
   * and becomes one error item at its first line.
   *
   * @defaultValue 1048576 (1 Mi characters)
   */
  readonly maxLineLength: number;
  /**
   * The longest note handed to the parser. A longer note becomes an error item (with its
   * context) instead of a record.
   *
   * @defaultValue 65536 (64 Ki characters)
   */
  readonly maxNoteLength: number;
}

/** The default {@link InputLimits}. */
export const DEFAULT_LIMITS: InputLimits = {
  maxLineLength: 1024 * 1024,
  maxNoteLength: 64 * 1024,
};

/**
 * Bytes of input read and decoded before anything is written: a binary file or invalid
 * encoding found in this head is refused (exit status 2) with stdout still empty, and the
 * input format is detected from it.
 */
export const HEAD_BYTES = 1024 * 1024;

/**
 * The largest input `frus-cite cite` reads whole, in characters: a document list, whose front
 * matter, title line and duplicate numbers are read over the whole file.
 */
export const MAX_WHOLE_INPUT_LENGTH = 16 * 1024 * 1024;

/** The characters of an over-long unit kept to classify it (a heading? a `Source:` paragraph?). */
export const PREFIX_LENGTH = 256;

/** `limits` with every field not given taken from {@link DEFAULT_LIMITS}. */
export function resolveLimits(limits: Partial<InputLimits> = {}): InputLimits {
  return {
    maxLineLength: limits.maxLineLength ?? DEFAULT_LIMITS.maxLineLength,
    maxNoteLength: limits.maxNoteLength ?? DEFAULT_LIMITS.maxNoteLength,
  };
}

/** The message for an input unit (`line`, `paragraph`, `note`) longer than `limit`. */
export function tooLongMessage(unit: string, length: number, limit: number): string {
  return `${unit} too long (${length} characters; the limit is ${limit})`;
}

/**
 * `item`, or an error item in its place (same line and context) when it is a note longer than
 * `maxNoteLength`.
 */
export function limitNote(item: InputItem, maxNoteLength: number): InputItem {
  if (item.kind !== 'note' || item.text.length <= maxNoteLength) return item;
  return { kind: 'error', line: item.line, message: tooLongMessage('note', item.text.length, maxNoteLength), context: item.context };
}
