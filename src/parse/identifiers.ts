/**
 * Recognisers for the identifier segments of a location: decimal, subject-numeric and CFPF
 * file designations, lots, records-centre accessions, CIA jobs, boxes, folders and record
 * groups. Each takes one path segment and says what it is; none looks beyond its segment.
 *
 * @module
 */
import { FILE_SUBJECTS } from '../vocab/file-subjects.js';
import { foldKey } from '../vocab/fold.js';
import { isDigitCode, isSpaceCode } from './chars.js';
import { decodeFileDateIn, digitsEnd, digitsEndBefore, OTHER_SERIAL_SHAPE, PLAIN_SERIAL_SHAPE, serialShape } from './file-date.js';

export { decodeFileDate } from './file-date.js';

/** What an identifier segment was recognised as. */
export type Identifier =
  | { kind: 'record-group'; value: string }
  | { kind: 'lot'; value: string }
  | { kind: 'accession'; value: string }
  | { kind: 'job'; value: string }
  | { kind: 'box'; value: string }
  | { kind: 'folder'; value: string }
  | { kind: 'file'; value: string; decimal?: DecimalFile };

/** A decimal file designation split into its parts. */
export interface DecimalFile {
  /** Class, suffix and infix before the slash: `711.11-KE`, `740.0011 European War 1939`. */
  readonly head: string;
  /** The part after the slash: `1-2161`, `2271½a`. */
  readonly serial: string;
  /** Offset of the serial inside the segment. */
  readonly serialOffset: number;
  /** ISO date when the serial is a date code. */
  readonly date: string | null;
  /** Why the serial looks like a date code but cannot be read as one. */
  readonly malformedDate: string | null;
  /** Offset and text of a letter O typed for a zero in the class (`751K.OO`). */
  readonly letterO: { offset: number; text: string } | null;
}

const RECORD_GROUP = /^(?:RG|Record Group)\s*(\d+[A-Z]?)$/;
const LOT = /^[Ll]ot\s+(\d{2,3})\s{0,3}[-–]?\s{0,3}([A-Z])\s{0,3}[-–]?\s{0,3}(\d{1,4}[A-Z]?)$/;
const LOT_NUMBER_ONLY = /^[Ll]ot\s+(\d{1,4}[A-Z]?)$/;
const LOT_LETTER_FIRST = /^[Ll]ot\s+([A-Z])\s?(\d{1,4}[A-Z]?)$/;
const BARE_LOT = /^(\d{2})\s?([DFM])\s?(\d{1,4}[A-Z]?)$/;
const ACCESSION = /^(?:FRC|Accession|Acc\.)\s*\d/;
const BARE_ACCESSION = /^\d{2,3}[-–]\d{2}[-–]\d{3,4}$/;
const JOB = /^Job\s+(\S.*)$/;
const BOX = /^Box(?:es)?\s+(\S.*)$/;
const FOLDER = /^(?:Folder|Folders|File Folder)\s+(\S.*)$/;
const CFPF_FILM = /^[DPNO]\d{6,7}\s?[-–]\s?\d{3,4}$/;
/** A Central Foreign Policy File electronic telegram: year, post, serial (`1975MOSCOW12345`, `1976STATE001234`). */
const ELECTRONIC_TELEGRAM = /^19[789]\d[A-Z]{2,12}\d{3,6}$/;
const BRACKETED_FILE = /^\[(?:no (?:film|N) number|film number not declassified|no P number)\]$/i;
const NLR = /^NLR\s?[-–]/;
const SUBJECT_NUMERIC = /^([A-Za-z]{1,5})(?:[-–]([A-Z]{2,}))?\s+([0-9A-Z][0-9A-Z \-–/.]*)$/;
const SUBJECT_CODE_ONLY_REST = /^[A-Z]{1,6}(?:[-–][A-Z]{1,6})*$/;
const DIGIT = /\d/;

/** Normalises a lot number to `66 D 204`. */
export function normaliseLot(year: string, letter: string, serial: string): string {
  return `${year} ${letter} ${serial}`;
}

/** Reads a decimal file designation (`711.11-KE/1-2161`, `893.51 Manchuria/49`), if `segment` is one. */
export function readDecimalFile(segment: string): DecimalFile | null {
  const slash = segment.indexOf('/');
  if (slash < 0) return null;
  const length = segment.length;
  // The serial is read in place, as `.trim()` would leave it: it opens with a digit and holds no blank.
  let serialOffset = slash + 1;
  while (serialOffset < length && segment.charCodeAt(serialOffset) === 32) serialOffset++;
  let serialStart = serialOffset;
  while (serialStart < length && isSpaceCode(segment.charCodeAt(serialStart))) serialStart++;
  if (serialStart === length || !isDigitCode(segment.charCodeAt(serialStart))) return null;
  let serialEnd = length;
  while (isSpaceCode(segment.charCodeAt(serialEnd - 1))) serialEnd--; // stops at the digit
  // One pass reads the serial's shape; a plain serial or a date code has no blank in it.
  const shape = serialShape(segment, serialStart, serialEnd);
  if (shape === OTHER_SERIAL_SHAPE && hasSpaceIn(segment, serialStart, serialEnd)) return null;
  // The head, before the slash without the blanks that end it, is read in place too.
  let headEnd = slash;
  while (headEnd > 0 && isSpaceCode(segment.charCodeAt(headEnd - 1))) headEnd--;
  const classEnd = decimalClassEnd(segment, headEnd);
  if (classEnd < 0 && !isOldNumericalClass(segment, headEnd)) return null;
  const decoded = shape === PLAIN_SERIAL_SHAPE ? null : decodeFileDateIn(segment, serialStart, serialEnd, shape);
  if (decoded && !decoded.date && !decoded.malformed) return null;
  const head = segment.slice(0, headEnd);
  // The class as matched matters only to `letterO`, which looks for a letter O.
  const found = head.includes('O') ? letterO(classEnd < 0 ? head : head.slice(0, classEnd)) : null;
  const serial = segment.slice(serialStart, serialEnd);
  return { head, serial, serialOffset, date: decoded?.date ?? null, malformedDate: decoded?.malformed ?? null, letterO: found };
}

/** Whether `text[from, to)` holds any whitespace. */
function hasSpaceIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isSpaceCode(text.charCodeAt(k))) return true;
  return false;
}

/** Whether `text[0, end)` is an old numerical file's class, three to five digits, as `/^\d{3,5}$/` matches it. */
function isOldNumericalClass(text: string, end: number): boolean {
  return end >= 3 && end <= 5 && digitsEndBefore(text, 0, end) === end;
}

/** Whether `serial` is a plain serial number (`49`, `2271½a`), as `/^\d+[½¼¾]?[a-z]?$/` matches it, without running the pattern. */
export function isPlainSerial(serial: string): boolean {
  return serialShape(serial, 0, serial.length) === PLAIN_SERIAL_SHAPE;
}

/** `[no film number]`, `[film number not declassified]`, or any bracketed remark about the film. */
function isBracketedFile(segment: string): boolean {
  if (BRACKETED_FILE.test(segment)) return true;
  const close = segment.indexOf(']');
  return close === segment.length - 1 && segment.slice(1, close).toLowerCase().includes('film');
}

/** OCR and typesetting put a letter O for a zero after the point (`751K.OO`): the class so written, if it is. */
function letterO(classPart: string): { offset: number; text: string } | null {
  if (!classPart.includes('O')) return null; // nothing to find: skip both patterns
  const classNumber = classPart.replace(/\s?[-–—]\s?[A-Z]{1,5}$/, '');
  return hasLetterOComponent(classNumber) ? { offset: 0, text: classNumber } : null;
}

/** Whether a component after a point is made of digits and at least one letter O (`.OO`, `.0O1`). */
function hasLetterOComponent(classNumber: string): boolean {
  for (let point = classNumber.indexOf('.'); point >= 0; ) {
    const next = classNumber.indexOf('.', point + 1);
    const end = next < 0 ? classNumber.length : next;
    let letters = 0;
    let k = point + 1;
    for (; k < end; k++) {
      const code = classNumber.charCodeAt(k);
      if (code === 79 /* O */) letters++;
      else if (!isDigitCode(code)) break;
    }
    if (k === end && letters > 0) return true;
    point = next;
  }
  return false;
}

/** Whether the segment is a decimal class with an infix but no serial yet (`740.0011 European War`). */
export function isDecimalHead(segment: string): boolean {
  return !segment.includes('/') && decimalClassEnd(segment, segment.length) >= 0;
}

/**
 * The end of the decimal class `text[0, length)` opens with, or -1: three digits, up to two letters,
 * components each led by a point (and an optional blank), an optional country code after a
 * dash, then the end, a blank or a slash — what
 * `/^\d{3}[A-Za-z]{0,2}(?:\.\s?[0-9A-Za-z]+)*(?:\s?[-–—]\s?[A-Z]{1,5})?(?=$|\s|\/)/` matches.
 * Each part can be read in one way only (a shorter run of letters or digits would leave one
 * where the next part cannot start), so one scan decides; every decimal file is read so.
 */
function decimalClassEnd(text: string, length: number): number {
  if (length < 3 || digitsEndBefore(text, 0, length) < 3) return -1;
  let end = 3;
  while (end < length && end < 5 && isAsciiLetterCode(text.charCodeAt(end))) end++;
  if (end < length && isAsciiLetterCode(text.charCodeAt(end))) return -1;
  while (end < length && text.charCodeAt(end) === 46 /* . */) {
    let component = end + 1;
    if (component < length && isSpaceCode(text.charCodeAt(component))) component++;
    const componentEnd = asciiAlphanumericEnd(text, component, length);
    if (componentEnd === component) return -1;
    end = componentEnd;
  }
  // The country code (`-KE`), whose capitals must end where the class does.
  let code = end;
  if (code < length && isSpaceCode(text.charCodeAt(code))) code++;
  if (code < length && isClassDashCode(text.charCodeAt(code))) {
    code++;
    if (code < length && isSpaceCode(text.charCodeAt(code))) code++;
    let codeEnd = code;
    while (codeEnd < length && codeEnd - code < 5 && isUpperAsciiCode(text.charCodeAt(codeEnd))) codeEnd++;
    if (codeEnd > code && endsDecimalClass(text, codeEnd, length)) return codeEnd;
  }
  return endsDecimalClass(text, end, length) ? end : -1;
}

/** The offset past the ASCII letters and digits of `text[from, to)`. */
function asciiAlphanumericEnd(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && (isDigitCode(text.charCodeAt(end)) || isAsciiLetterCode(text.charCodeAt(end)))) end++;
  return end;
}

/** Whether a decimal class in `text[0, length)` can end at `index`: at the end, a blank or a slash. */
function endsDecimalClass(text: string, index: number, length: number): boolean {
  return index === length || isSpaceCode(text.charCodeAt(index)) || text.charCodeAt(index) === 47 /* / */;
}

/** Whether the code unit is a hyphen, an en dash or an em dash, as a class's `[-–—]` matches. */
function isClassDashCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/**
 * The key (see `codeKey`) of the subject code `segment` opens with as SUBJECT_NUMERIC requires —
 * one to five ASCII letters, then a dash, or blanks and a digit or a capital (`POL 27`, not
 * `which reported`) — or 0, so that the pattern runs only on segments that can match (not on
 * names or on the clauses of a sentence). The pattern's first group can only be these letters.
 */
function subjectCodeKey(segment: string): number {
  // Two letters that open no subject code end the test: most names (`Central Files`) stop here.
  if (segment.length < 2 || !opensLikeSubjectCode(segment.charCodeAt(0), segment.charCodeAt(1))) return 0;
  const length = Math.min(segment.length, 6);
  let key = 0;
  let k = 0;
  for (; k < length; k++) {
    const code = segment.charCodeAt(k);
    if (!isAsciiLetterCode(code)) break;
    key = withLetter(key, code);
  }
  if (k === 0 || k > 5 || k === segment.length) return 0;
  const next = segment.charCodeAt(k);
  if (next === 45 /* - */ || next === 0x2013 /* – */) return key;
  if (!isSpaceCode(next)) return 0;
  while (k < segment.length && isSpaceCode(segment.charCodeAt(k))) k++;
  if (k === segment.length) return 0;
  const after = segment.charCodeAt(k);
  return isDigitCode(after) || isUpperAsciiCode(after) ? key : 0;
}

/** `key` with one more ASCII letter: five bits a letter, in either case (`POL` and `pol` have one key). */
function withLetter(key: number, code: number): number {
  return key * 32 + ((code | 32) - 96);
}

/** The key of a code of one to five ASCII letters: a number, so that no slice is lower-cased to look it up. */
function codeKey(code: string): number {
  let key = 0;
  for (let k = 0; k < code.length; k++) key = withLetter(key, code.charCodeAt(k));
  return key;
}

/** The subject codes as `findFileSubject` compares them (folded), those SUBJECT_NUMERIC's first group can match. */
const FILE_SUBJECT_CODES: readonly string[] = FILE_SUBJECTS.flatMap((entry) => entry.aliases.map((alias) => foldKey(alias))).filter((key) => /^[a-z]{1,5}$/.test(key));

/** The keys (see `codeKey`) of FILE_SUBJECT_CODES. */
const FILE_SUBJECT_KEYS: ReadonlySet<number> = new Set(FILE_SUBJECT_CODES.map(codeKey));

/**
 * The openings of the subject codes by their first two characters (`po` for POL; `e` and any
 * character but a letter for E): a 32 × 32 table indexed by {@link openingIndex}.
 */
const SUBJECT_CODE_OPENINGS: Uint8Array = (() => {
  const table = new Uint8Array(32 * 32);
  for (const code of FILE_SUBJECT_CODES) table[openingIndex(code.charCodeAt(0), code.length > 1 ? code.charCodeAt(1) : 32)] = 1;
  return table;
})();

/** The slot of a character in SUBJECT_CODE_OPENINGS: an ASCII letter by its place in the alphabet, anything else 0. */
function openingSlot(code: number): number {
  return isAsciiLetterCode(code) ? (code | 32) - 96 : 0;
}

/** The index of the opening `first`, `second` in SUBJECT_CODE_OPENINGS. */
function openingIndex(first: number, second: number): number {
  return openingSlot(first) * 32 + openingSlot(second);
}

/**
 * Whether a segment whose first two characters are `first` and `second` can open with a subject
 * code: two letters that begin one, or a one-letter code and a character other than a letter.
 */
function opensLikeSubjectCode(first: number, second: number): boolean {
  return SUBJECT_CODE_OPENINGS[openingIndex(first, second)] === 1;
}

/** Whether the code unit is an ASCII letter. */
function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether the code unit is an ASCII capital. */
function isUpperAsciiCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether the code unit is a hyphen or an en dash, as `[-–]` matches. */
function isDashCode(code: number): boolean {
  return code === 45 || code === 0x2013;
}

/** Whether a segment opening with a digit can be a bare lot: `D`, `F` or `M` after two digits and an optional blank. */
function mayBeBareLot(segment: string): boolean {
  if (segment.length < 4) return false;
  const third = segment.charCodeAt(2);
  const letter = isSpaceCode(third) ? segment.charCodeAt(3) : third;
  return isDigitCode(segment.charCodeAt(1)) && (letter === 68 /* D */ || letter === 70 /* F */ || letter === 77 /* M */);
}

/** Whether a segment opening with a digit can be a bare accession: a dash after two or three digits. */
function mayBeBareAccession(segment: string): boolean {
  return segment.length >= 9 && (isDashCode(segment.charCodeAt(2)) || isDashCode(segment.charCodeAt(3)));
}

/** Reads a Subject-Numeric File designation (`POL 27 VIET S`, `INCO-WHEAT 17 USSR-US`). */
function isSubjectNumeric(segment: string): boolean {
  // The code is checked first: most segments that open like one are names (`NSC Files`).
  const key = subjectCodeKey(segment);
  if (key === 0 || !FILE_SUBJECT_KEYS.has(key)) return false;
  const match = SUBJECT_NUMERIC.exec(segment);
  if (!match) return false;
  // `E` or `PS` followed only by a capitalised word could be prose; require a number or a country code.
  return DIGIT.test(match[3]!) || SUBJECT_CODE_ONLY_REST.test(match[3]!.replace(/\s+/g, '-'));
}

/** Recognises an identifier segment; null for an ordinary path segment (a collection or series name). */
export function readIdentifier(segment: string): Identifier | null {
  // Every recogniser needs a character (and reading past the end slows `charCodeAt` down for good).
  if (segment.length === 0) return null;
  const first = segment.charCodeAt(0);
  if (isDigitCode(first)) return readNumericIdentifier(segment);
  if (first === 91 /* [ */) return isBracketedFile(segment) ? { kind: 'file', value: segment } : null;
  return readKeywordIdentifier(segment, first) ?? (isSubjectNumeric(segment) ? { kind: 'file', value: segment } : null);
}

/** Recognises a segment opening with a digit: a bare lot, an accession or a decimal file. */
function readNumericIdentifier(segment: string): Identifier | null {
  let match: RegExpExecArray | null;
  // Each pattern runs only when the characters it needs at the start are there.
  if (mayBeBareLot(segment) && (match = BARE_LOT.exec(segment))) return { kind: 'lot', value: normaliseLot(match[1]!, match[2]!, match[3]!) };
  if (mayBeBareAccession(segment) && BARE_ACCESSION.test(segment)) return { kind: 'accession', value: segment };
  if (segment.length >= 9 && segment.startsWith('19') && isUpperAsciiCode(segment.charCodeAt(4)) && ELECTRONIC_TELEGRAM.test(segment)) return { kind: 'file', value: segment };
  const decimal = readDecimalFile(segment);
  return decimal ? { kind: 'file', value: segment, decimal } : null;
}

/**
 * Whether `segment` is a lot written the usual way, `Lot 66 D 204` (single spaces, no dashes):
 * LOT matches it, and its value, normalised, is the segment after `Lot `. Most lots are so
 * written and skip the pattern.
 */
function isPlainLot(segment: string): boolean {
  const yearEnd = digitsEnd(segment, 4);
  if (segment.charCodeAt(3) !== 32 || yearEnd - 4 < 2 || yearEnd - 4 > 3 || yearEnd + 4 > segment.length) return false;
  if (segment.charCodeAt(yearEnd) !== 32 || !isUpperAsciiCode(segment.charCodeAt(yearEnd + 1)) || segment.charCodeAt(yearEnd + 2) !== 32) return false;
  return isSerialTail(segment, yearEnd + 3) && digitsEnd(segment, yearEnd + 3) - (yearEnd + 3) <= 4;
}

/** Whether `segment` is `RG 59` (one space): RECORD_GROUP matches it, and its value is the segment. */
function isPlainRecordGroup(segment: string): boolean {
  return segment.length > 3 && segment.charCodeAt(0) === 82 /* R */ && segment.charCodeAt(1) === 71 /* G */ && segment.charCodeAt(2) === 32 && isSerialTail(segment, 3);
}

/** Whether `segment` ends, from `from`, in digits and an optional capital, as `\d+[A-Z]?$` (`204`, `59A`). */
function isSerialTail(segment: string, from: number): boolean {
  const end = digitsEnd(segment, from);
  if (end === from) return false;
  return end === segment.length || (end === segment.length - 1 && isUpperAsciiCode(segment.charCodeAt(end)));
}

/** Whether a segment opening with `D`, `P`, `N` or `O` has a digit second (a film number) or opens with `NLR`. */
function isFilmOrNlrOpening(segment: string): boolean {
  const second = segment.length > 1 ? segment.charCodeAt(1) : -1;
  return isDigitCode(second) || (second === 76 /* L */ && segment.startsWith('NLR'));
}

/**
 * Recognises a segment opening with a keyword (`RG 59`, `Lot 66 D 204`, `Box 3`, …), trying only
 * the patterns whose keyword the segment starts with: most segments are names (`Central Files`,
 * `Records of …`, `Library …`), which no pattern then sees.
 */
function readKeywordIdentifier(segment: string, first: number): Identifier | null {
  let match: RegExpExecArray | null;
  switch (first) {
    case 82 /* R */:
      if (isPlainRecordGroup(segment)) return { kind: 'record-group', value: segment };
      if ((segment.startsWith('RG') || segment.startsWith('Record Group')) && (match = RECORD_GROUP.exec(segment))) return { kind: 'record-group', value: `RG ${match[1]}` };
      break;
    case 76 /* L */:
    case 108 /* l */:
      if (!segment.startsWith('ot', 1)) break;
      if (isPlainLot(segment)) return { kind: 'lot', value: segment.slice(4) };
      if ((match = LOT.exec(segment))) return { kind: 'lot', value: normaliseLot(match[1]!, match[2]!, match[3]!) };
      if ((match = LOT_NUMBER_ONLY.exec(segment))) return { kind: 'lot', value: match[1]! };
      if ((match = LOT_LETTER_FIRST.exec(segment))) return { kind: 'lot', value: `${match[1]} ${match[2]}` };
      break;
    case 70 /* F */:
    case 65 /* A */:
      if ((segment.startsWith('FRC') || segment.startsWith('Acc')) && ACCESSION.test(segment)) return { kind: 'accession', value: segment };
      if ((segment.startsWith('Folder') || segment.startsWith('File Folder')) && (match = FOLDER.exec(segment))) return { kind: 'folder', value: match[1]! };
      break;
    case 74 /* J */:
      if (segment.startsWith('Job') && (match = JOB.exec(segment))) return { kind: 'job', value: match[1]! };
      break;
    case 66 /* B */:
      if (segment.startsWith('Box') && (match = BOX.exec(segment))) return { kind: 'box', value: match[1]! };
      break;
    case 68 /* D */:
    case 80 /* P */:
    case 78 /* N */:
    case 79 /* O */:
      // Film numbers have a digit second, `NLR` its letters: names (`Department …`) skip both patterns.
      if (isFilmOrNlrOpening(segment) && (CFPF_FILM.test(segment) || NLR.test(segment))) return { kind: 'file', value: segment };
      break;
  }
  return null;
}
