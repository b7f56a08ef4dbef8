/**
 * The plain-text reader: one note per paragraph. Paragraphs are separated by blank lines; a
 * note wrapped over several lines is joined with single spaces.
 *
 * @module
 */
import { splitParagraphs, unwrap } from './lines.js';
import type { NoteItem } from './types.js';

/**
 * Reads one note per blank-line separated paragraph, in order, each with the line where the
 * paragraph starts and an empty context. Wrapped lines are trimmed and joined with a space
 * (a hyphen at a line end is kept, so `Depart-`/`ment` becomes `Depart- ment`).
 */
export function* readParagraphs(text: string): Generator<NoteItem> {
  for (const paragraph of splitParagraphs(text)) {
    yield { kind: 'note', line: paragraph.line, text: unwrap(paragraph.lines), context: {} };
  }
}
