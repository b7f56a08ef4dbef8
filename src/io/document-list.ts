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
import { splitParagraphs, unwrap } from './lines.js';
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
}

/**
 * Finds the entries of a document list: each paragraph whose first line is a numbered heading
 * starts an entry, and the entry's note is its first paragraph starting with `Source:` (a
 * `Source:` line directly under the heading, without a blank line between, counts too).
 * Text before the first heading and other paragraphs of an entry are ignored.
 */
export function scanDocumentList(text: string): DocumentListEntry[] {
  const entries: DocumentListEntry[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const first = paragraph.lines[0]!.trim();
    const heading = HEADING.exec(first);
    if (heading) {
      const sourceAt = paragraph.lines.findIndex((line) => SOURCE.test(line.trim()));
      const headLines = [heading[2]!, ...paragraph.lines.slice(1, sourceAt < 0 ? undefined : sourceAt)];
      const entry: DocumentListEntry = { headingLine: paragraph.line, n: heading[1]!, head: unwrap(headLines) };
      entries.push(
        sourceAt < 0
          ? entry
          : { ...entry, note: { line: paragraph.line + sourceAt, text: unwrap(paragraph.lines.slice(sourceAt)) } },
      );
      continue;
    }
    const last = entries[entries.length - 1];
    if (last && !last.note && SOURCE.test(first)) {
      entries[entries.length - 1] = { ...last, note: { line: paragraph.line, text: unwrap(paragraph.lines) } };
    }
  }
  return entries;
}

/**
 * Reads a FRUS document list: one item per numbered heading, in order. A note item carries the
 * `Source:` paragraph as its text, the line where that paragraph starts, and the context
 * `{ doc: "d4", n: "4", head: "Telegram From …" }`. A heading without a `Source:` paragraph
 * yields an `error` item at the heading's line.
 */
export function* readDocumentList(text: string): Generator<InputItem> {
  for (const entry of scanDocumentList(text)) {
    const context = { doc: `d${entry.n}`, n: entry.n, head: entry.head };
    if (entry.note) {
      yield { kind: 'note', line: entry.note.line, text: entry.note.text, context };
    } else {
      yield {
        kind: 'error',
        line: entry.headingLine,
        message: `document ${entry.n} has no \`Source:\` paragraph`,
        context,
      };
    }
  }
}
