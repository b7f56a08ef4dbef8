/**
 * The front matter of a FRUS document list: `key: value` lines between two `---` lines at the
 * top of the file, giving the volume's metadata (see {@link readDocumentList} for an example).
 *
 * @module
 */
import type { DocumentListError } from './document-list.js';
import { emptyVolume, type FrusVolume } from './model.js';

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
export interface FrontMatter {
  /** The fields read (only well-formed lines). */
  volume: Partial<FrusVolume>;
  /** 0-based index of the first line after the block. */
  end: number;
  /** Malformed lines, each with its 1-based line number. */
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
 * and skipped; a block that is never closed is reported and none of it is used. An unclosed
 * block runs up to the first line for which `isBodyStart` holds (a numbered heading).
 */
export function readFrontMatter(lines: readonly string[], isBodyStart: (line: string) => boolean): FrontMatter | null {
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
    if (isBodyStart(raw)) break;
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
export function mergeVolume(...layers: Partial<FrusVolume>[]): FrusVolume {
  const volume = emptyVolume();
  const merged: Record<string, unknown> = { ...volume };
  for (const key of Object.keys(volume)) {
    const given = layers.find((layer) => (layer as Record<string, unknown>)[key] !== undefined);
    if (given) merged[key] = (given as Record<string, unknown>)[key];
  }
  return merged as FrusVolume;
}
