/**
 * Recognisers for the identifier segments of a location: decimal, subject-numeric and CFPF
 * file designations, lots, records-centre accessions, CIA jobs, boxes, folders and record
 * groups. Each takes one path segment and says what it is; none looks beyond its segment.
 *
 * @module
 */
import { findFileSubject } from '../vocab/file-subjects.js';
import { isDigitCode, isSpaceCode } from './chars.js';

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
const DECIMAL_CLASS = /^\d{3}[A-Za-z]{0,2}(?:\.\s?[0-9A-Za-z]+)*(?:\s?[-–—]\s?[A-Z]{1,5})?(?=$|\s|\/)/;
const OLD_NUMERICAL = /^\d{3,5}$/;
const SUBJECT_NUMERIC = /^([A-Za-z]{1,5})(?:[-–]([A-Z]{2,}))?\s+([0-9A-Z][0-9A-Z \-–/.]*)$/;
const SUBJECT_CODE_ONLY_REST = /^[A-Z]{1,6}(?:[-–][A-Z]{1,6})*$/;
const DATE_SERIAL = /^(\d{1,2})\s?[-–]\s?(\d{3,4})$/;
const LOOKS_LIKE_DATE_SERIAL = /^\d{1,2}\s?[-–]?\s?[0-9A-Z]{3,4}$/;
const PLAIN_SERIAL = /^\d+[½¼¾]?[a-z]?$/;

/** Days in each month of a non-leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, by the Gregorian rule (1900 is not a leap year). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Normalises a lot number to `66 D 204`. */
export function normaliseLot(year: string, letter: string, serial: string): string {
  return `${year} ${letter} ${serial}`;
}

/** Decodes a decimal-file date code `M-DDYY` / `M-DYY` to an ISO date, or says why it cannot. */
export function decodeFileDate(serial: string): { date: string | null; malformed: string | null } {
  const match = DATE_SERIAL.exec(serial);
  if (!match) {
    if (!PLAIN_SERIAL.test(serial) && LOOKS_LIKE_DATE_SERIAL.test(serial) && /[A-Z]/.test(serial)) {
      return { date: null, malformed: `letters in the date code \`${serial}\`` };
    }
    return { date: null, malformed: null };
  }
  const month = Number(match[1]);
  const rest = match[2]!;
  const day = Number(rest.slice(0, -2));
  const year = 1900 + Number(rest.slice(-2));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return { date: null, malformed: `no month ${month}, day ${day} in the date code \`${serial}\`` };
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // A day past the month's end (`2-3061`) is no date; the table saves parsing a Date.
  if (day > daysInMonth(year, month)) return { date: null, malformed: `no such day as ${iso} in \`${serial}\`` };
  return { date: iso, malformed: null };
}

/** Reads a decimal file designation (`711.11-KE/1-2161`, `893.51 Manchuria/49`), if `segment` is one. */
export function readDecimalFile(segment: string): DecimalFile | null {
  const slash = segment.indexOf('/');
  if (slash < 0) return null;
  const head = segment.slice(0, slash).trimEnd();
  const decimalClass = DECIMAL_CLASS.exec(head);
  if (!decimalClass && !OLD_NUMERICAL.test(head)) return null;
  let serialOffset = slash + 1;
  while (segment.charCodeAt(serialOffset) === 32) serialOffset++;
  const serial = segment.slice(serialOffset).trim();
  if (!isDigitCode(serial.charCodeAt(0)) || hasSpace(serial)) return null;
  const plain = PLAIN_SERIAL.test(serial);
  const { date, malformed } = plain ? { date: null, malformed: null } : decodeFileDate(serial);
  if (!date && !malformed && !plain) return null;
  const classPart = decimalClass?.[0] ?? head;
  return { head, serial, serialOffset, date, malformedDate: malformed, letterO: letterO(classPart) };
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
  // A component after a point made of digits and at least one letter O.
  const written = classNumber.split('.').slice(1).some((part) => part.includes('O') && /^[0-9O]+$/.test(part));
  return written ? { offset: 0, text: classNumber } : null;
}

/** Whether `text` holds any whitespace. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the segment is a decimal class with an infix but no serial yet (`740.0011 European War`). */
export function isDecimalHead(segment: string): boolean {
  return !segment.includes('/') && DECIMAL_CLASS.test(segment);
}

/**
 * Whether `segment` opens as SUBJECT_NUMERIC requires — one to five ASCII letters, then a blank
 * or a dash — so that the pattern runs only on segments that can match (not on names).
 */
function opensWithSubjectCode(segment: string): boolean {
  let k = 0;
  while (k < 6 && isAsciiLetterCode(segment.charCodeAt(k))) k++;
  const next = segment.charCodeAt(k);
  return k >= 1 && k <= 5 && (isSpaceCode(next) || next === 45 /* - */ || next === 0x2013 /* – */);
}

/** Whether the code unit is an ASCII letter. */
function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Reads a Subject-Numeric File designation (`POL 27 VIET S`, `INCO-WHEAT 17 USSR-US`). */
function isSubjectNumeric(segment: string): boolean {
  if (!opensWithSubjectCode(segment)) return false;
  const match = SUBJECT_NUMERIC.exec(segment);
  if (!match || !findFileSubject(match[1]!)) return false;
  // `E` or `PS` followed only by a capitalised word could be prose; require a number or a country code.
  return /\d/.test(match[3]!) || SUBJECT_CODE_ONLY_REST.test(match[3]!.replace(/\s+/g, '-'));
}

/** Recognises an identifier segment; null for an ordinary path segment (a collection or series name). */
export function readIdentifier(segment: string): Identifier | null {
  const first = segment.charCodeAt(0);
  let match: RegExpExecArray | null;
  if (first >= 48 && first <= 57) {
    // Segments opening with a digit: a bare lot, an accession or a decimal file.
    if ((match = BARE_LOT.exec(segment))) return { kind: 'lot', value: normaliseLot(match[1]!, match[2]!, match[3]!) };
    if (BARE_ACCESSION.test(segment)) return { kind: 'accession', value: segment };
    if (ELECTRONIC_TELEGRAM.test(segment)) return { kind: 'file', value: segment };
    const decimal = readDecimalFile(segment);
    return decimal ? { kind: 'file', value: segment, decimal } : null;
  }
  if (first === 91 /* [ */) return isBracketedFile(segment) ? { kind: 'file', value: segment } : null;
  // The rest open with a keyword; try only the recognisers whose keyword starts with that letter.
  switch (segment[0]) {
    case 'R':
      if ((match = RECORD_GROUP.exec(segment))) return { kind: 'record-group', value: `RG ${match[1]}` };
      break;
    case 'L':
    case 'l':
      if ((match = LOT.exec(segment))) return { kind: 'lot', value: normaliseLot(match[1]!, match[2]!, match[3]!) };
      if ((match = LOT_NUMBER_ONLY.exec(segment))) return { kind: 'lot', value: match[1]! };
      if ((match = LOT_LETTER_FIRST.exec(segment))) return { kind: 'lot', value: `${match[1]} ${match[2]}` };
      break;
    case 'F':
    case 'A':
      if (ACCESSION.test(segment)) return { kind: 'accession', value: segment };
      if ((match = FOLDER.exec(segment))) return { kind: 'folder', value: match[1]! };
      break;
    case 'J':
      if ((match = JOB.exec(segment))) return { kind: 'job', value: match[1]! };
      break;
    case 'B':
      if ((match = BOX.exec(segment))) return { kind: 'box', value: match[1]! };
      break;
    case 'D':
    case 'P':
    case 'N':
    case 'O':
      // Film numbers have a digit second, `NLR` its letters: names (`Department …`) skip both patterns.
      if ((isDigitCode(segment.charCodeAt(1)) && CFPF_FILM.test(segment)) || (segment.startsWith('NLR') && NLR.test(segment))) return { kind: 'file', value: segment };
      break;
  }
  return isSubjectNumeric(segment) ? { kind: 'file', value: segment } : null;
}
