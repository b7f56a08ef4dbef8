/**
 * What the input readers produce: one item per input unit (a JSONL line, a document-list
 * entry, a paragraph), each either a note with its context or an error that says why the unit
 * could not be read. Nothing is dropped, so a caller can emit one output per input.
 *
 * @module
 */
import type { NoteContext } from '../model/provenance.js';
import type { NoteInput } from '../parse/options.js';
import type { InputLimits } from './limits.js';

/** A note read from the input, with the line where it starts and the context that came with it. */
export interface NoteItem {
  readonly kind: 'note';
  /** 1-based line of the input where the note (or its entry) starts. */
  readonly line: number;
  /** The note text. */
  readonly text: string;
  /** Context passed through with the note (volume, doc, head, n, …). */
  readonly context: NoteContext;
}

/** An input unit that could not be read as a note (e.g. a JSONL line that is not valid JSON). */
export interface ErrorItem {
  readonly kind: 'error';
  /** 1-based line of the input where the unit starts. */
  readonly line: number;
  /** What is wrong, e.g. ``no `note` or `text` string field``. */
  readonly message: string;
  /** Whatever context could be read from the unit (empty when it was not valid JSON). */
  readonly context: Readonly<Record<string, unknown>>;
}

/** One input unit: a note or an error. */
export type InputItem = NoteItem | ErrorItem;

/** A reader turns decoded input text into input items, in input order, within the given limits. */
export type Reader = (text: string, limits?: Partial<InputLimits>) => Iterable<InputItem>;

/** The input formats the readers understand. */
export const INPUT_FORMATS = ['jsonl', 'document-list', 'paragraphs'] as const;

/** An input format id. */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * The {@link NoteInput} for a note item (`{ ...context, text }`), as `parseSourceNotes` takes it.
 * A `text` field in the context is overridden by the note text.
 */
export function toNoteInput(item: NoteItem): NoteInput {
  return { ...item.context, text: item.text };
}
