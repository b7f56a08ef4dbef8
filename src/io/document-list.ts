/**
 * The FRUS document-list reader: a title line (and any front matter), then numbered headings
 * (`4. Telegram From the Department of State to …`), each followed by its `Source: …` paragraph.
 *
 * ```text
 * Kennedy-Khrushchev Exchanges
 *
 * 4. Telegram From the Department of State to the Embassy in the Soviet Union
 *
 * Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. …
 * ```
 *
 * @module
 */
import { limitNote, resolveLimits, tooLongMessage, type InputLimits } from './limits.js';
import { LineSplitter, ParagraphAssembler, splitParagraphs, unwrap, type Oversized, type Paragraph } from './lines.js';
import type { InputItem } from './types.js';

/** A numbered heading: the number, then the heading text. */
const HEADING = /^(\d+)\.\s+(\S.*)$/;
/** The first line of a source note. */
const SOURCE = /^Source:/;

/** A numbered entry of a document list and its source note, if it has one. */
export interface DocumentListEntry {
  /** 1-based line of the heading. */
  readonly headingLine: number;
  /** The document number as written, e.g. `4`. */
  readonly n: string;
  /** The heading text without the number, wrapped lines joined. */
  readonly head: string;
  /** The first `Source:` paragraph of the entry, wrapped lines joined; absent when there is none. */
  readonly note?: { readonly line: number; readonly text: string };
  /**
   * Set when the entry's heading paragraph or its `Source:` paragraph was longer than the
   * limit and was skipped unread: the line where that paragraph starts and its length. (The
   * `head` then comes from the paragraph's first characters only.)
   */
  readonly oversized?: { readonly line: number; readonly length: number };
}

/**
 * Finds the entries of a document list paragraph by paragraph, as they arrive (see
 * {@link scanDocumentList} for the rules). An entry is handed on as soon as it has its note,
 * else when the next heading or the end comes, so at most one entry is held.
 */
export class DocumentListScanner {
  private pending: DocumentListEntry | undefined;

  /** Feeds the next paragraph; returns the entries it completes, in order. */
  push(paragraph: Paragraph | Oversized): DocumentListEntry[] {
    const out: DocumentListEntry[] = [];
    const oversized = 'oversized' in paragraph;
    const first = (oversized ? paragraph.prefix : paragraph.lines[0]!).trim();
    const heading = HEADING.exec(first);
    if (heading) {
      if (this.pending) out.push(this.pending);
      this.pending = undefined;
      if (oversized) {
        out.push({ headingLine: paragraph.line, n: heading[1]!, head: heading[2]!, oversized: { line: paragraph.line, length: paragraph.length } });
        return out;
      }
      const sourceAt = paragraph.lines.findIndex((line) => SOURCE.test(line.trim()));
      const headLines = [heading[2]!, ...paragraph.lines.slice(1, sourceAt < 0 ? undefined : sourceAt)];
      const entry: DocumentListEntry = { headingLine: paragraph.line, n: heading[1]!, head: unwrap(headLines) };
      if (sourceAt < 0) this.pending = entry;
      else out.push({ ...entry, note: { line: paragraph.line + sourceAt, text: unwrap(paragraph.lines.slice(sourceAt)) } });
      return out;
    }
    if (this.pending && SOURCE.test(first)) {
      out.push(
        oversized
          ? { ...this.pending, oversized: { line: paragraph.line, length: paragraph.length } }
          : { ...this.pending, note: { line: paragraph.line, text: unwrap(paragraph.lines) } },
      );
      this.pending = undefined;
    }
    return out;
  }

  /** Ends the input; returns the last entry if it is still waiting for a note. */
  end(): DocumentListEntry[] {
    const last = this.pending;
    this.pending = undefined;
    return last ? [last] : [];
  }
}

/**
 * Finds the entries of a document list: each paragraph whose first line is a numbered heading
 * starts an entry, and the entry's note is its first paragraph starting with `Source:` (a
 * `Source:` line directly under the heading, without a blank line between, counts too).
 * Text before the first heading and other paragraphs of an entry are ignored.
 */
export function scanDocumentList(text: string): DocumentListEntry[] {
  const scanner = new DocumentListScanner();
  const entries: DocumentListEntry[] = [];
  for (const paragraph of splitParagraphs(text)) entries.push(...scanner.push(paragraph));
  entries.push(...scanner.end());
  return entries;
}

/**
 * Reads a FRUS document list: one item per numbered heading, in order. A note item carries the
 * `Source:` paragraph as its text, the line where that paragraph starts, and the context
 * `{ doc: "d4", n: "4", head: "Telegram From …" }`. A heading without a `Source:` paragraph
 * yields an `error` item at the heading's line; so does a heading or `Source:` paragraph longer
 * than `limits.maxLineLength` (at that paragraph's line), or a note longer than
 * `limits.maxNoteLength`.
 */
export function* readDocumentList(text: string, limits: Partial<InputLimits> = {}): Generator<InputItem> {
  const resolved = resolveLimits(limits);
  const splitter = new LineSplitter(resolved.maxLineLength);
  const assembler = new ParagraphAssembler(resolved.maxLineLength);
  const scanner = new DocumentListScanner();
  const paragraphs = [...splitter.push(text), ...splitter.end()].flatMap((line) => assembler.push(line));
  for (const paragraph of [...paragraphs, ...assembler.end()]) {
    for (const entry of scanner.push(paragraph)) yield documentListItem(entry, resolved);
  }
  for (const entry of scanner.end()) yield documentListItem(entry, resolved);
}

/** The item of one document-list entry (see {@link readDocumentList}). */
export function documentListItem(entry: DocumentListEntry, limits: InputLimits): InputItem {
  const context = { doc: `d${entry.n}`, n: entry.n, head: entry.head };
  if (entry.oversized) {
    const message = tooLongMessage('paragraph', entry.oversized.length, limits.maxLineLength);
    return { kind: 'error', line: entry.oversized.line, message, context };
  }
  if (entry.note) {
    return limitNote({ kind: 'note', line: entry.note.line, text: entry.note.text, context }, limits.maxNoteLength);
  }
  return { kind: 'error', line: entry.headingLine, message: `document ${entry.n} has no \`Source:\` paragraph`, context };
}
