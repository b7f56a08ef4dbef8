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
import { readHeading } from './heading.js';
import { emptyVolume, historyStateGovUrl, type FrusDocument, type FrusVolume } from './model.js';

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

/** The front-matter keys, in the order of {@link FrusVolume}. */
export const FRONT_MATTER_KEYS = [
  'id',
  'seriesTitle',
  'subseries',
  'volumeNumber',
  'part',
  'title',
  'editors',
  'generalEditor',
  'publisher',
  'place',
  'year',
] as const;

type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

const FENCE = /^---\s*$/;
/** `key: value`; the key is an identifier, the value anything (possibly empty). */
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9_-]*)\s*:(.*)$/;
const COMMENT = /^\s*#/;
const BLANK = /^\s*$/;
/** A numbered heading, as the io reader recognises it. */
const HEADING = /^\s*\d+\.\s+\S/;
const SOURCE = /^\s*Source:/;
const YEAR = /^\d{4}$/;
const ARABIC = /^\d+$/;
const ROMAN = /^[IVXLC]+$/i;
/** `Volume VI`, `Vol. 6`, `vol 6`: the word is dropped. */
const VOLUME_WORD = /^(?:Volume|Vol\.?)\s+/i;
const PART_WORD = /^(?:Part|Pt\.?)\s+/i;
/** A name suffix that a comma split tears off the name before it. */
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/;

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** `VI` → `6`; null when the numeral is not well-formed (e.g. `IIII`, `VX`). */
function romanToArabic(numeral: string): string | null {
  const upper = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_VALUES[upper[i]!]!;
    const next = ROMAN_VALUES[upper[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === upper ? String(total) : null;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** A volume or part number in arabic numerals (`VI`, `Volume VI`, `6` → `6`), or null. */
function arabicNumber(value: string, word: RegExp): string | null {
  const bare = value.replace(word, '').trim();
  if (ARABIC.test(bare)) return String(Number(bare));
  if (ROMAN.test(bare)) return romanToArabic(bare);
  return null;
}

/**
 * Splits an editors value: on semicolons when there are any, else on commas, keeping
 * `Jr.`, `Sr.`, `II`… with the name before them.
 */
function splitEditors(value: string): string[] {
  const pieces = value.includes(';') ? value.split(';') : value.split(',');
  const names: string[] = [];
  for (const piece of pieces.map((p) => p.trim()).filter((p) => p !== '')) {
    if (names.length > 0 && NAME_SUFFIX.test(piece)) names[names.length - 1] += `, ${piece}`;
    else names.push(piece);
  }
  return names;
}

/** Drops one pair of matching surrounding quotes. */
function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value[value.length - 1] === first) {
    return value.slice(1, -1).trim();
  }
  return value;
}

/** The front matter of a list, if it has one. */
interface FrontMatter {
  /** The fields read (only well-formed lines). */
  volume: Partial<FrusVolume>;
  /** 0-based index of the first line after the block. */
  end: number;
  errors: DocumentListError[];
}

/** Reads one `key: value` line into `volume`; returns an error message or null. */
function readField(volume: Partial<FrusVolume>, key: FrontMatterKey, value: string): string | null {
  switch (key) {
    case 'editors': {
      const editors = splitEditors(value);
      if (editors.length === 0) return 'editors: no names';
      volume.editors = editors;
      return null;
    }
    case 'volumeNumber':
    case 'part': {
      const number = arabicNumber(value, key === 'part' ? PART_WORD : VOLUME_WORD);
      if (number === null) return `${key}: "${value}" is not a number in arabic or roman numerals`;
      volume[key] = number;
      return null;
    }
    case 'year':
      if (!YEAR.test(value)) return `year: "${value}" is not a four-digit year`;
      volume.year = value;
      return null;
    case 'id':
      if (/\s/.test(value)) return `id: "${value}" contains whitespace`;
      volume.id = value;
      return null;
    case 'seriesTitle':
      volume.seriesTitle = value;
      return null;
    default:
      volume[key] = value;
      return null;
  }
}

/**
 * Reads the front-matter block when the first non-blank line is `---`. Bad lines are reported
 * and skipped; a block that is never closed is reported and none of it is used.
 */
function readFrontMatter(lines: readonly string[]): FrontMatter | null {
  let open = 0;
  while (open < lines.length && BLANK.test(lines[open]!)) open++;
  if (open >= lines.length || !FENCE.test(lines[open]!)) return null;

  const volume: Partial<FrusVolume> = {};
  const errors: DocumentListError[] = [];
  const seen = new Map<string, number>();
  let i = open + 1;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = i + 1;
    if (FENCE.test(raw)) return { volume, end: i + 1, errors };
    if (HEADING.test(raw)) break;
    if (BLANK.test(raw) || COMMENT.test(raw)) continue;
    const match = KEY_VALUE.exec(raw.trim());
    if (!match) {
      errors.push({ line, message: `front matter: expected \`key: value\`, found "${raw.trim()}"` });
      continue;
    }
    const key = match[1]!;
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      errors.push({ line, message: `front matter: unknown key "${key}" (known keys: ${FRONT_MATTER_KEYS.join(', ')})` });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ line, message: `front matter: "${key}" is already given on line ${earlier}` });
      continue;
    }
    seen.set(key, line);
    const value = unquote(match[2]!.trim());
    if (value === '') {
      errors.push({ line, message: `front matter: "${key}" has no value` });
      continue;
    }
    const problem = readField(volume, key as FrontMatterKey, value);
    if (problem) errors.push({ line, message: `front matter: ${problem}` });
  }
  // Not closed before the first numbered heading (or the end): the block runs up to there.
  return {
    volume: {},
    end: i,
    errors: [{ line: open + 1, message: 'front matter: the `---` block is not closed by a `---` line; it is ignored' }],
  };
}

/** Merges the layers of volume metadata: earlier layers win; `undefined` means "not given". */
function mergeVolume(...layers: Partial<FrusVolume>[]): FrusVolume {
  const volume = emptyVolume();
  const merged: Record<string, unknown> = { ...volume };
  for (const key of Object.keys(volume)) {
    const given = layers.find((layer) => (layer as Record<string, unknown>)[key] !== undefined);
    if (given) merged[key] = (given as Record<string, unknown>)[key];
  }
  return merged as FrusVolume;
}

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
  const frontMatter = readFrontMatter(lines);
  const errors: DocumentListError[] = frontMatter ? [...frontMatter.errors] : [];

  // Blank the front matter out rather than cut it, so that line numbers stay those of the input.
  const bodyLines = frontMatter ? lines.map((line, i) => (i < frontMatter.end ? '' : line)) : lines;
  const body = bodyLines.join('\n');

  const titleLine = readTitleLine(body);
  const volume = mergeVolume(
    options.volume ?? {},
    frontMatter?.volume ?? {},
    titleLine === null ? {} : { title: titleLine },
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
