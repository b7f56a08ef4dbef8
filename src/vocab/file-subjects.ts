/**
 * Primary subject codes of the Department of State's Subject-Numeric File (1963–1973),
 * used to recognise file designations such as `POL 27 VIET S` or `INCO-WHEAT 17 USSR-US`.
 *
 * @module
 */
import { foldKey } from './fold.js';
import { indexAliases, type VocabEntry } from './table.js';

/** A subject-numeric primary subject. */
export interface FileSubject extends VocabEntry {
  readonly label: string;
}

/** The subject-code table. */
export const FILE_SUBJECTS = [
  { id: 'pol', label: 'Political Affairs and Relations', aliases: ['POL'] },
  { id: 'def', label: 'Defense Affairs', aliases: ['DEF'] },
  { id: 'org', label: 'Organization and Administration', aliases: ['ORG'] },
  { id: 'econ', label: 'Economic Affairs', aliases: ['ECON', 'E'] },
  { id: 'ecin', label: 'Economic Integration', aliases: ['ECIN'] },
  { id: 'fn', label: 'Financial and Monetary Affairs', aliases: ['FN'] },
  { id: 'fse', label: 'Fuels and Energy', aliases: ['FSE'] },
  { id: 'ft', label: 'Foreign Trade', aliases: ['FT'] },
  { id: 'inco', label: 'Industries and Commodities', aliases: ['INCO'] },
  { id: 'aid', label: 'Foreign Aid', aliases: ['AID'] },
  { id: 'csm', label: 'Communism', aliases: ['CSM'] },
  { id: 'cult', label: 'Cultural Affairs', aliases: ['CULT'] },
  { id: 'edx', label: 'Educational and Cultural Exchange', aliases: ['EDX'] },
  { id: 'pet', label: 'Petroleum', aliases: ['PET'] },
  { id: 'soc', label: 'Social Conditions', aliases: ['SOC'] },
  { id: 'tel', label: 'Telecommunications', aliases: ['TEL'] },
  { id: 'av', label: 'Aviation', aliases: ['AV'] },
  { id: 'sci', label: 'Science', aliases: ['SCI'] },
  { id: 'ae', label: 'Atomic Energy', aliases: ['AE'] },
  { id: 'ppb', label: 'Public Affairs, Press and Publications', aliases: ['PPB'] },
  { id: 'cr', label: 'Cryptographic', aliases: ['CR'] },
  { id: 'pr', label: 'Protocol', aliases: ['PR'] },
  { id: 'hs', label: 'Health and Safety', aliases: ['HS'] },
  { id: 'lab', label: 'Labor', aliases: ['LAB'] },
  { id: 'pow', label: 'Prisoners of War', aliases: ['POW'] },
  { id: 'ref', label: 'Refugees', aliases: ['REF'] },
  { id: 'psa', label: 'Protection and Security', aliases: ['PS'] },
  { id: 'cons', label: 'Consular Affairs', aliases: ['CON'] },
  { id: 'legal', label: 'Legal Affairs', aliases: ['LEG'] },
  { id: 'per', label: 'Personnel', aliases: ['PER'] },
  { id: 'bud', label: 'Budget and Fiscal', aliases: ['BUD', 'BF'] },
  { id: 'agr', label: 'Agriculture', aliases: ['AGR'] },
  { id: 'trv', label: 'Travel', aliases: ['TRV'] },
  { id: 'sp', label: 'Space', aliases: ['SP'] },
  { id: 'int', label: 'Intelligence', aliases: ['INT'] },
  { id: 'istr', label: 'Interstate Transportation', aliases: ['STR'] },
] as const satisfies readonly FileSubject[];

const index = indexAliases<FileSubject>(FILE_SUBJECTS);

/** The subject written as `code` (`POL`, `Def`, `INCO`), if it is a known primary subject. */
export function findFileSubject(code: string): FileSubject | undefined {
  return index.get(code);
}

/*
 * Subject codes as a file designation opens with them (`POL 27 VIET S`): every segment of a
 * location that could be one is tested, most of them names, so the codes are also kept as
 * numbers and by their openings, and a segment is told apart without a slice or a lookup.
 */

/** `key` with one more ASCII letter: five bits a letter, in either case (`POL` and `pol` have one key). */
export function withCodeLetter(key: number, code: number): number {
  return key * 32 + ((code | 32) - 96);
}

/** The key of a code of one to five ASCII letters: a number, so that no slice is lower-cased to look it up. */
function codeKey(code: string): number {
  let key = 0;
  for (let k = 0; k < code.length; k++) key = withCodeLetter(key, code.charCodeAt(k));
  return key;
}

/** The subject codes as `findFileSubject` compares them (folded), those of one to five ASCII letters (which a file can open with). */
const FILE_SUBJECT_CODES: readonly string[] = FILE_SUBJECTS.flatMap((entry) => entry.aliases.map((alias) => foldKey(alias))).filter((key) => /^[a-z]{1,5}$/.test(key));

/** The keys (see {@link withCodeLetter}) of FILE_SUBJECT_CODES. */
const FILE_SUBJECT_KEYS: ReadonlySet<number> = new Set(FILE_SUBJECT_CODES.map(codeKey));

/** Whether `key` (see {@link withCodeLetter}) is a subject code's, in any case. */
export function isSubjectCodeKey(key: number): boolean {
  return FILE_SUBJECT_KEYS.has(key);
}

/** The slot of a character in SUBJECT_CODE_OPENINGS: an ASCII letter by its place in the alphabet, anything else 0. */
function openingSlot(code: number): number {
  const lower = code | 32; // an ASCII capital to its small letter; no other code unit becomes a letter
  return lower >= 97 && lower <= 122 ? lower - 96 : 0;
}

/** The index of the opening `first`, `second` in SUBJECT_CODE_OPENINGS. */
function openingIndex(first: number, second: number): number {
  return openingSlot(first) * 32 + openingSlot(second);
}

/**
 * The openings of the subject codes by their first two characters (`po` for POL; `e` and any
 * character but a letter for E): a 32 × 32 table indexed by {@link openingIndex}.
 */
const SUBJECT_CODE_OPENINGS: Uint8Array = (() => {
  const table = new Uint8Array(32 * 32);
  for (const code of FILE_SUBJECT_CODES) table[openingIndex(code.charCodeAt(0), code.length > 1 ? code.charCodeAt(1) : 32)] = 1;
  return table;
})();

/**
 * Whether a text whose first two characters are `first` and `second` can open with a subject
 * code: two letters that begin one, or a one-letter code and a character other than a letter.
 */
export function opensLikeSubjectCode(first: number, second: number): boolean {
  return SUBJECT_CODE_OPENINGS[openingIndex(first, second)] === 1;
}
