/**
 * Line and paragraph splitting shared by the readers. A line ends at LF, CRLF or a lone CR;
 * a paragraph is a run of non-blank lines (blank = empty or only whitespace).
 *
 * {@link splitLines} and {@link splitParagraphs} work on text in memory; {@link LineSplitter}
 * and {@link ParagraphAssembler} do the same on text that arrives in pieces, with a bound on
 * what they hold: a line or paragraph longer than the limit is not kept but streamed past and
 * handed on as an {@link Oversized} unit.
 *
 * @module
 */
import { PREFIX_LENGTH } from './limits.js';

/** A run of non-blank lines and the 1-based line number of its first line. */
export interface Paragraph {
  readonly line: number;
  /** The lines of the paragraph, as written (not trimmed). */
  readonly lines: readonly string[];
}

/** A line of input and its 1-based number. */
export interface Line {
  readonly line: number;
  readonly text: string;
}

/** A line or paragraph longer than the limit: where it starts, how long it is, how it begins. */
export interface Oversized {
  readonly oversized: true;
  /** 1-based line where the unit starts. */
  readonly line: number;
  /** Its length in characters (for a paragraph: its lines, plus one per line break). */
  readonly length: number;
  /** Its first line, cut to at most {@link PREFIX_LENGTH} characters (to tell what it was). */
  readonly prefix: string;
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
  const assembler = new ParagraphAssembler(Number.POSITIVE_INFINITY);
  const paragraphs: Paragraph[] = [];
  const take = (units: (Paragraph | Oversized)[]): void => {
    for (const unit of units) if (!('oversized' in unit)) paragraphs.push(unit);
  };
  splitLines(text).forEach((line, index) => take(assembler.push({ line: index + 1, text: line })));
  take(assembler.end());
  return paragraphs;
}

/** Joins the wrapped lines of a paragraph into one line: each line trimmed, joined with a space. */
export function unwrap(lines: readonly string[]): string {
  return lines.map((line) => line.trim()).join(' ');
}

/**
 * Splits text that arrives in pieces into lines, as {@link splitLines} splits it whole (a CRLF
 * split between two pieces is one line break). A line longer than `maxLength` characters is
 * not kept: the splitter counts its length to its end and hands it on as {@link Oversized}.
 * It holds at most `maxLength` characters of the current line.
 */
export class LineSplitter {
  private readonly maxLength: number;
  private parts: string[] = [];
  private length = 0;
  private prefix: string | null = null;
  private lineNumber = 1;
  private afterCR = false;

  /** @param maxLength - The longest line kept, in characters. */
  constructor(maxLength: number) {
    this.maxLength = maxLength;
  }

  /** Feeds the next piece of text; returns the lines it completes, in order. */
  push(text: string): (Line | Oversized)[] {
    const out: (Line | Oversized)[] = [];
    let start = 0;
    if (this.afterCR && text.charCodeAt(0) === 0x0a) start = 1;
    if (text !== '') this.afterCR = false;
    // The next LF and the next CR, each found by one native scan (a pattern for both costs
    // several times more per line).
    let lf = text.indexOf('\n', start);
    let cr = text.indexOf('\r', start);
    while (lf !== -1 || cr !== -1) {
      let at: number;
      let next: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        at = lf;
        next = lf + 1;
      } else {
        at = cr;
        next = cr + 1;
        if (next === text.length) this.afterCR = true;
        else if (text.charCodeAt(next) === 0x0a) next++;
      }
      this.append(text.slice(start, at));
      out.push(this.finish());
      start = next;
      if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
      if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    }
    if (start < text.length) this.append(text.slice(start));
    return out;
  }

  /** Ends the input; returns the last line when the text does not end with a line break. */
  end(): (Line | Oversized)[] {
    return this.length > 0 ? [this.finish()] : [];
  }

  private append(piece: string): void {
    if (piece === '') return;
    if (this.prefix === null && this.length + piece.length > this.maxLength) {
      this.prefix = (this.parts.join('') + piece.slice(0, PREFIX_LENGTH)).slice(0, PREFIX_LENGTH);
      this.parts = [];
    }
    if (this.prefix === null) this.parts.push(piece);
    this.length += piece.length;
  }

  private finish(): Line | Oversized {
    const line = this.lineNumber++;
    const unit: Line | Oversized =
      this.prefix === null
        ? { line, text: this.parts.length === 1 ? this.parts[0]! : this.parts.join('') }
        : { oversized: true, line, length: this.length, prefix: this.prefix };
    this.parts = [];
    this.length = 0;
    this.prefix = null;
    return unit;
  }
}

/**
 * Groups lines into paragraphs, as {@link splitParagraphs} does. A paragraph longer than
 * `maxLength` characters (its lines plus one per line break), or holding an oversized line, is
 * not kept: it is handed on as {@link Oversized} when it ends.
 */
export class ParagraphAssembler {
  private readonly maxLength: number;
  private lines: string[] = [];
  private start = 0;
  private length = 0;
  private prefix: string | null = null;

  /** @param maxLength - The longest paragraph kept, in characters. */
  constructor(maxLength: number) {
    this.maxLength = maxLength;
  }

  /** Feeds the next line; returns the paragraph it ends, if any. */
  push(line: Line | Oversized): (Paragraph | Oversized)[] {
    if (!('oversized' in line) && isBlank(line.text)) return this.end();
    const first = this.length === 0;
    if (first) this.start = line.line;
    const added = ('oversized' in line ? line.length : line.text.length) + (first ? 0 : 1);
    if (this.prefix === null && ('oversized' in line || this.length + added > this.maxLength)) {
      const head = first ? ('oversized' in line ? line.prefix : line.text) : this.lines[0]!;
      this.prefix = head.slice(0, PREFIX_LENGTH);
      this.lines = [];
    }
    if (this.prefix === null) this.lines.push((line as Line).text);
    this.length += added;
    return [];
  }

  /** Ends the current paragraph (at the end of the input); returns it, if any. */
  end(): (Paragraph | Oversized)[] {
    if (this.length === 0 && this.lines.length === 0) return [];
    const unit: Paragraph | Oversized =
      this.prefix === null
        ? { line: this.start, lines: this.lines }
        : { oversized: true, line: this.start, length: this.length, prefix: this.prefix };
    this.lines = [];
    this.length = 0;
    this.prefix = null;
    return [unit];
  }
}
