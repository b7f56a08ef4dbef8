/**
 * Line and paragraph splitting shared by the readers. A line ends at LF, CRLF or a lone CR;
 * a paragraph is a run of non-blank lines (blank = empty or only whitespace).
 *
 * @module
 */

/** A run of non-blank lines and the 1-based line number of its first line. */
export interface Paragraph {
  readonly line: number;
  /** The lines of the paragraph, as written (not trimmed). */
  readonly lines: readonly string[];
}

const LINE_BREAK = /\r\n|\r|\n/;
const BLANK = /^\s*$/;

/** Splits text into lines at LF, CRLF or CR. A final line break does not start an empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** True when the line is empty or holds only whitespace. */
export function isBlank(line: string): boolean {
  return BLANK.test(line);
}

/** Splits text into paragraphs separated by one or more blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let start = 0;
  splitLines(text).forEach((line, index) => {
    if (isBlank(line)) {
      if (current.length > 0) paragraphs.push({ line: start, lines: current });
      current = [];
      return;
    }
    if (current.length === 0) start = index + 1;
    current.push(line);
  });
  if (current.length > 0) paragraphs.push({ line: start, lines: current });
  return paragraphs;
}

/** Joins the wrapped lines of a paragraph into one line: each line trimmed, joined with a space. */
export function unwrap(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join(' ');
}
