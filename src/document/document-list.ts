/**
 * Reads a FRUS document list (a volume title line, then numbered headings each followed by
 * its `Source:` paragraph) into a {@link FrusVolume} and its {@link FrusDocument}s.
 *
 * Volume metadata comes from the caller and from an optional front-matter block at the top of
 * the file: `key: value` lines between two `---` lines.
 *
 * ```text
 * ---
 * id: frus1961-63v06
 * subseries: 1961–1963
 * volumeNumber: 6
 * title: Kennedy-Khrushchev Exchanges
 * editors: Charles S. Sampson
 * generalEditor: Glenn W. LaFantasie
 * publisher: Government Printing Office
 * place: Washington, DC
 * year: 1996
 * ---
 * Kennedy-Khrushchev Exchanges
 *
 * 4. Telegram From the Department of State to the Embassy in the Soviet Union
 *
 * Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. …
 * ```
 *
 * Precedence, field by field: a value the caller passes (anything but `undefined`, so an
 * explicit `null` wins too) → the front matter → for `title` only, the list's first line (the
 * text before the first numbered heading, as in the seed list whose first line is
 * "Kennedy-Khrushchev Exchanges") → the defaults of {@link emptyVolume}.
 *
 * @module
 */
import { scanDocumentList } from '../io/document-list.js';
import { splitLines, splitParagraphs, unwrap } from '../io/lines.js';
import { parseSourceNote } from '../parse/source-note.js';
import type { NoteContext } from '../model/provenance.js';
import { FRONT_MATTER_KEYS, mergeVolume, readFrontMatter } from './front-matter.js';
import { readHeading } from './heading.js';
import { historyStateGovUrl, type FrusDocument, type FrusVolume } from './model.js';
import { volumeFromId } from './volume-id.js';

/** Options of {@link readDocumentList}. */
export interface ReadDocumentListOptions {
  /**
   * Volume metadata known to the caller. Each field given (not `undefined`) wins over the
   * front matter and the title line.
   *
   * @defaultValue undefined
   */
  volume?: Partial<FrusVolume>;
}

/** A problem found while reading a document list; reading goes on after it. */
export interface DocumentListError {
  /** 1-based line of the input the problem is on. */
  line: number;
  /** What is wrong. */
  message: string;
}

/** What {@link readDocumentList} returns. */
export interface DocumentListResult {
  /** The volume: caller values, then front matter, then the title line, then defaults. */
  volume: FrusVolume;
  /** One document per numbered heading, in input order. */
  documents: FrusDocument[];
  /** Malformed front matter, duplicate document numbers, headings without a source note. */
  errors: DocumentListError[];
}

export { FRONT_MATTER_KEYS };

/** A numbered heading, as the io reader recognises it. */
const HEADING = /^\s*\d+\.\s+\S/;
const SOURCE = /^\s*Source:/;

/**
 * The title line: the first paragraph of the body when it comes before the first numbered
 * heading and is neither a heading nor a `Source:` paragraph.
 */
function readTitleLine(body: string): string | null {
  const first = splitParagraphs(body)[0];
  if (!first) return null;
  const line = first.lines[0]!;
  if (HEADING.test(line) || SOURCE.test(line)) return null;
  return unwrap(first.lines) || null;
}

/**
 * Reads a FRUS document list into its volume and documents.
 *
 * Each numbered heading becomes a {@link FrusDocument}: `number` and `heading` (without the
 * number) as written, `genre`/`sender`/`recipient` from {@link readHeading}, `sourceNote` the
 * entry's `Source:` paragraph (wrapped lines joined), `provenance` that note parsed with
 * context `{ volume, doc: 'd4', head }`, and `url` the history.state.gov URL when the volume id
 * is known (else null). A list has no datelines, so `date`, `dateline` and `place` are null.
 *
 * Nothing throws on bad input: malformed front matter, a repeated document number, and a
 * heading without a `Source:` paragraph (other than an editorial note, which has none) are
 * reported in `errors` with their 1-based line, and reading goes on.
 *
 * @param text - The list, as decoded text.
 * @param options - Volume metadata known to the caller; it wins over the file's own.
 */
export function readDocumentList(text: string, options: ReadDocumentListOptions = {}): DocumentListResult {
  const lines = splitLines(text.replace(/^\uFEFF/, ''));
  const frontMatter = readFrontMatter(lines, (line) => HEADING.test(line));
  const errors: DocumentListError[] = frontMatter ? [...frontMatter.errors] : [];

  // Blank the front matter out rather than cut it, so that line numbers stay those of the input.
  const bodyLines = frontMatter ? lines.map((line, i) => (i < frontMatter.end ? '' : line)) : lines;
  const body = bodyLines.join('\n');

  const titleLine = readTitleLine(body);
  // The years, number and part an id encodes (`frus1961-63v06`) count only where nothing else gives them.
  const id = options.volume?.id ?? frontMatter?.volume?.id;
  const volume = mergeVolume(
    options.volume ?? {},
    frontMatter?.volume ?? {},
    titleLine === null ? {} : { title: titleLine },
    volumeFromId(id),
  );

  const documents: FrusDocument[] = [];
  const numbers = new Map<string, number>();
  for (const entry of scanDocumentList(body)) {
    const earlier = numbers.get(entry.n);
    if (earlier !== undefined) {
      errors.push({ line: entry.headingLine, message: `document ${entry.n} is already on line ${earlier}` });
    } else {
      numbers.set(entry.n, entry.headingLine);
    }

    const parts = readHeading(entry.head);
    const context: NoteContext = { doc: `d${entry.n}`, head: entry.head };
    if (volume.id !== null) context.volume = volume.id;
    const note = entry.note?.text ?? null;
    if (note === null && parts.genre !== 'editorial note') {
      errors.push({ line: entry.headingLine, message: `document ${entry.n} has no \`Source:\` paragraph` });
    }
    documents.push({
      volume,
      number: entry.n,
      heading: entry.head,
      sender: parts.sender,
      recipient: parts.recipient,
      genre: parts.genre,
      date: null,
      dateline: null,
      place: null,
      sourceNote: note,
      provenance: note === null ? null : parseSourceNote(note, { context }),
      footnotes: [],
      url: volume.id === null ? null : historyStateGovUrl(volume.id, entry.n),
      extra: {},
    });
  }
  errors.sort((a, b) => a.line - b.line);
  return { volume, documents, errors };
}
