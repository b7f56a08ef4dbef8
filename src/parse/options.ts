/**
 * Options and inputs of the parser.
 *
 * @module
 */
import type { NoteContext } from '../model/provenance.js';

/** Options of {@link parseSourceNote}. */
export interface ParseOptions {
  /**
   * Context that travels with the note (volume, document number, heading, date, dateline);
   * copied to `record.context`.
   *
   * @defaultValue undefined
   */
  context?: NoteContext;
}

/** A note with its context, as read from a `.jsonl` line or a document list. */
export interface NoteInput extends NoteContext {
  /** The source note text. */
  text: string;
}
