/**
 * The plain-text reader: one note per paragraph. Paragraphs are separated by blank lines; a
 * note wrapped over several lines is joined with single spaces.
 *
 * @module
 */
import { limitNote, resolveLimits, tooLongMessage, type InputLimits } from './limits.js';
import { LineSplitter, ParagraphAssembler, unwrap, type Oversized, type Paragraph } from './lines.js';
import type { InputItem } from './types.js';

/**
 * Reads one note per blank-line separated paragraph, in order, each with the line where the
 * paragraph starts and an empty context. Wrapped lines are trimmed and joined with a space
 * (a hyphen at a line end is kept, so `Depart-`/`ment` becomes `Depart- ment`). A paragraph
 * longer than `limits.maxLineLength`, or a note longer than `limits.maxNoteLength`, is an
 * `error` item at the paragraph's first line.
 */
export function* readParagraphs(text: string, limits: Partial<InputLimits> = {}): Generator<InputItem> {
  const resolved = resolveLimits(limits);
  const splitter = new LineSplitter(resolved.maxLineLength);
  const assembler = new ParagraphAssembler(resolved.maxLineLength);
  for (const line of [...splitter.push(text), ...splitter.end()]) {
    for (const paragraph of assembler.push(line)) yield paragraphItem(paragraph, resolved);
  }
  for (const paragraph of assembler.end()) yield paragraphItem(paragraph, resolved);
}

/** The item of one paragraph (see {@link readParagraphs}). */
export function paragraphItem(paragraph: Paragraph | Oversized, limits: InputLimits): InputItem {
  if ('oversized' in paragraph) {
    const message = tooLongMessage('paragraph', paragraph.length, limits.maxLineLength);
    return { kind: 'error', line: paragraph.line, message, context: {} };
  }
  return limitNote({ kind: 'note', line: paragraph.line, text: unwrap(paragraph.lines), context: {} }, limits.maxNoteLength);
}
