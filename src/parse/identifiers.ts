/**
 * Recognisers for the identifier segments of a location: decimal, subject-numeric and CFPF
 * file designations, lots, records-centre accessions, CIA jobs, boxes, folders and record
 * groups. Each takes one path segment and says what it is; none looks beyond its segment.
 *
 * @module
 */
import { findDecimalFileSeries, findFileMarker, findPaperSeries } from '../vocab/file-prefixes.js';
import { isSubjectCodeKey, opensLikeSubjectCode, withCodeLetter } from '../vocab/file-subjects.js';
import { isAsciiLetterCode, isDigitCode, isLowerCode, isSpaceCode, isUpperAsciiCode, skipSpaces } from './chars.js';
import { decodeFileDate, digitsEnd, isPlainSerial, readDecimalFileAt, type DecimalFile } from './file-date.js';

export { decodeFileDate, isDecimalHead, isPlainSerial, readDecimalFile, type DecimalFile } from './file-date.js';

/** What an identifier segment was recognised as. */
export type Identifier =
  | { kind: 'record-group'; value: string }
  | { kind: 'lot'; value: string }
  | { kind: 'accession'; value: string }
  | { kind: 'job'; value: string }
  | { kind: 'box'; value: string }
  | { kind: 'folder'; value: string }
  | { kind: 'file'; value: string; decimal?: DecimalFile };

const RECORD_GROUP = /^(?:RG|Record Group)\s*(\d+[A-Z]?)$/;
const LOT = /^[Ll]ot\s+(\d{2,3})\s{0,3}[-–]?\s{0,3}([A-Z])\s{0,3}[-–]?\s{0,3}(\d{1,4}[A-Z]?)$/;
const LOT_NUMBER_ONLY = /^[Ll]ot\s+(\d{1,4}[A-Z]?)$/;
/** A lot of the letter-first kind, `Lot M 88`, with the dash some volumes print (`Lot M–88`). */
const LOT_LETTER_FIRST = /^[Ll]ot\s+([A-Z])\s?[-–]?\s?(\d{1,4}[A-Z]?)$/;
const BARE_LOT = /^(\d{2})\s?([DFM])\s?(\d{1,4}[A-Z]?)$/;
const FRC_ACCESSION = /^FRC\s*\d/;
/**
 * An accession after its label (`Accession 69A6202`, `Acc. No. 330-75-0089`): SPEC's accessions
 * are the designation without the label word (`330-75-0089`); `FRC`, which names the records
 * centre, stays in its own (`FRC 69 A 7425`).
 */
const LABELLED_ACCESSION = /^(?:Accession|Acc\.)\s*(?:No\.\s*)?(\d.*)$/;
/**
 * An accession of the records centre after its label (`FRC Acc. No. 53A278`, in the notes of the
 * ECA and MSA files): the label word goes, as in LABELLED_ACCESSION, and `FRC` stays (`FRC 53A278`).
 */
const FRC_LABELLED_ACCESSION = /^FRC\s+(?:Accession|Acc\.)\s*(?:No\.\s*)?(\d.*)$/;
const BARE_ACCESSION = /^\d{2,3}[-–]\d{2}[-–]\d{3,4}$/;
/**
 * A decimal file of a person (`123–Bohlen` in `123–Bohlen, Charles E.`, the Department's
 * personnel class): a class of three digits, a dash, a surname. The given names follow after a
 * comma (see {@link isPersonnelFileGivenNames}).
 */
const PERSONNEL_FILE = /^\d{3}(?:\.\d{1,4})?\s?[-–]\s?\p{Lu}[\p{L}'’-]+$/u;
/**
 * Given names and initials of a person (`Charles E.`, `John Foster`, `G. Frederick`): up to four
 * capitalised words, initials perhaps unspaced (`F.D.`).
 */
const GIVEN_NAMES = /^\p{Lu}[\p{L}'’]*(?:\.?\s\p{Lu}[\p{L}'’]*|\.\p{Lu}[\p{L}'’]*){0,3}\.?$/u;
const JOB = /^Job\s+(\S.*)$/;
// A colon may follow the label (`Box: 12`, `Folder: USSR 1989`): see CONTAINER_LABELS.
const BOX = /^Box(?:es)?:?\s+(\S.*)$/;
const FOLDER = /^(?:Folder|Folders|File Folder):?\s+(\S.*)$/;
/**
 * The labels BOX and FOLDER open with: a colon after one (`Folder: USSR 1989`) introduces its
 * value and cuts no path segment there.
 */
export const CONTAINER_LABELS: readonly string[] = ['Box', 'Boxes', 'Folder', 'Folders', 'File Folder'];

/** Whether `text[from, to)` is one of CONTAINER_LABELS (`Box`, `Folder`). */
export function isContainerLabel(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  if (to - from < 3 || to - from > 11 || (first !== 66 /* B */ && first !== 70 /* F */)) return false;
  for (const label of CONTAINER_LABELS) if (label.length === to - from && text.startsWith(label, from)) return true;
  return false;
}
/**
 * The number of a paper of PAPER_SERIES after its code: the paper, then perhaps its version
 * (`1924/4`) and a letter after a slash (`170/2/D`, a decision).
 */
const PAPER_NUMBER = /^\d{1,4}(?:\/\d{1,3}(?:\/[A-Z])?)?$/;
/**
 * A conversation of the White House tapes (`Conversation 475–14`, `Conversation No. 102-5`: tape
 * 475, conversation 14): the designation of the recording, a file as written like a film number.
 */
const TAPE_CONVERSATION = /^Conversation\s(?:No\.\s?)?\d{1,4}[-–]\d{1,4}$/;
/** A Central Foreign Policy File film number (`D770123–0456`), its dash a hyphen, an en dash or, as typeset at times, an em dash. */
const CFPF_FILM = /^[DPNO]\d{6,7}\s?[-–—]\s?\d{3,4}$/;
/** A Central Foreign Policy File electronic telegram: year, post, serial (`1975MOSCOW12345`, `1976STATE001234`). */
const ELECTRONIC_TELEGRAM = /^19[789]\d[A-Z]{2,12}\d{3,6}$/;
const BRACKETED_FILE = /^\[(?:no (?:film|N) number|film number not declassified|no P number)\]$/i;
/** A presidential library's document number: the Reagan Library's (`NLR–775–13–29–9–7`) or the Carter Library's (`NLC–15–72–2–11–3`). */
const NLR = /^NL[RC]\s?[-–—]/;
/**
 * The number the Bush and Clinton Libraries give a folder of White House records (`OA/ID
 * CF00722-012`, `OA/ID 91116`: Office of Administration identifier, then perhaps the folder), a
 * file as written like an NLR number.
 */
const OA_ID = /^OA\/ID\s?[A-Z]{0,3}\d{3,6}(?:[-–]\d{1,4})?$/;
/**
 * A declassification case of the Clinton Library under which its records are released
 * (`2015-0775-M`: mandatory review, `2006-0647-F`: FOIA): the designation of the papers as
 * released, a file as written like an NLR number.
 */
const RELEASE_CASE = /^(?:19|20)\d{2}[-–]\d{3,4}[-–][A-Z]{1,2}$/;
/**
 * The film number of a Central Foreign Policy File item that has none (`Central Foreign Policy
 * File, N/A`): written in its place, like `[no film number]`, so it is the file as written.
 */
const NO_FILM_NUMBER = 'N/A';
/**
 * A section or part of a military decimal file written after a comma, as a segment of its own
 * (`sec. 12` in `CCS 092 (8–22–46), sec. 12`; `Sec. 1-A`, `pt. 2`): MILITARY_DECIMAL_REST ends
 * with the same sections.
 */
const MILITARY_SECTION = /^(?:[Ss]ec(?:t|tion)?\.?|[Pp]t\.|[Pp]art)\s?\d{1,3}(?:[-–]?[A-Z])?$/;
/**
 * What follows the series code of a military decimal file (`092 (8–22–46) sec. 12`, `381 Japan
 * (8–27–45)`): a class of three digits with point components, up to four subject words (`Asia`,
 * `U.S.`), the date the file was opened in parentheses (which names the file rather than dating
 * the document), perhaps the number of a continuation of the file in parentheses (`092 Asia
 * (6–25–48) (2)`, the Joint Staff's files of the 1950s), then sections or parts, as
 * MILITARY_SECTION reads them.
 */
const MILITARY_DECIMAL_REST = /^\d{3}(?:\.\d{1,4})*(?:\s[A-Z][A-Za-z.&-]*){0,4}\s\(\d{1,2}[-–]\d{1,2}[-–]\d{2}\)(?:\s\(\d{1,2}\))?(?:\s(?:[Ss]ec(?:t|tion)?\.?|[Pp]t\.|[Pp]art)\s?\d{1,3}(?:[-–]?[A-Z])?)*$/;

/** Normalises a lot number to `66 D 204`. */
export function normaliseLot(year: string, letter: string, serial: string): string {
  return `${year} ${letter} ${serial}`;
}

/** `[no film number]`, `[film number not declassified]`, or any bracketed remark about the film. */
function isBracketedFile(segment: string): boolean {
  if (BRACKETED_FILE.test(segment)) return true;
  const close = segment.indexOf(']');
  return close === segment.length - 1 && segment.slice(1, close).toLowerCase().includes('film');
}

/**
 * The key (see `withCodeLetter`) of the subject code `segment` opens with as a subject-numeric file
 * requires — one to five ASCII letters, then a dash, or blanks and a digit or a capital (`POL 27`,
 * not `which reported`) — or 0, so that the rest is read only in segments that can be one (not in
 * names or in the clauses of a sentence). The code can only be these letters.
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
    key = withCodeLetter(key, code);
  }
  if (k === 0 || k > 5 || k === segment.length) return 0;
  const next = segment.charCodeAt(k);
  if (next === 45 /* - */ || next === 0x2013 /* – */) return key;
  if (!isSpaceCode(next)) return 0;
  while (k < segment.length && isSpaceCode(segment.charCodeAt(k))) k++;
  if (k === segment.length) return 0;
  const after = segment.charCodeAt(k);
  return isDigitCode(after) || isUpperAsciiCode(after) || opensQualifier(segment, k) ? key : 0;
}

/** Whether a country or program qualifier in parentheses opens at `k` (`(US)` in `AID (US) 15–8 INDIA`): `(` and a capital. */
function opensQualifier(segment: string, k: number): boolean {
  return segment.charCodeAt(k) === 40 /* ( */ && isUpperAsciiCode(segment.charCodeAt(k + 1));
}

/**
 * The index of the `)` that closes the qualifier opening at `k` (`(GE)` in `DEF 18–3 SWITZ (GE)`,
 * `(L)` in `POL 23–9 CONGO (L)`): one to six capitals, then `)` at the end or before a blank;
 * else -1.
 */
function qualifierEnd(segment: string, k: number): number {
  let end = k + 1;
  while (end < segment.length && end - k <= 6 && isUpperAsciiCode(segment.charCodeAt(end))) end++;
  if (end === k + 1 || segment.charCodeAt(end) !== 41 /* ) */) return -1;
  return end + 1 === segment.length || isSpaceCode(segment.charCodeAt(end + 1)) ? end : -1;
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
  if (key === 0 || !isSubjectCodeKey(key)) return false;
  const restStart = subjectNumericRestStart(segment);
  // `E` or `PS` followed only by a capitalised word could be prose; require a number or a country code.
  // `Pol 27 Viet S`: a code set in title case may have its country so set too.
  if (restStart >= 0) return isSubjectNumericRest(segment, restStart, isLowerCode(segment.charCodeAt(1)));
  return isCommodityCode(segment);
}

/**
 * Whether the segment is a subject code and a second code of capitals after a dash, with nothing
 * after them (`INCO–COFFEE`, `INCO-WHEAT`): a commodity's file with no number.
 */
function isCommodityCode(segment: string): boolean {
  let k = 0;
  while (k < segment.length && isAsciiLetterCode(segment.charCodeAt(k))) k++;
  if (!isDashCode(segment.charCodeAt(k))) return false;
  const capitals = ++k;
  while (k < segment.length && isUpperAsciiCode(segment.charCodeAt(k))) k++;
  return k === segment.length && k - capitals >= 2;
}

/**
 * Where the part after the subject code starts (`27 VIET S` in `POL 27 VIET S`), as
 * `/^([A-Za-z]{1,5})(?:[-–]([A-Z]{2,}))?\s+(?=[0-9A-Z])/` would find it: the code's letters, an
 * optional dash and second code of capitals (`INCO-WHEAT`), blanks, then a digit or a capital; -1
 * if the segment is not so made.
 */
function subjectNumericRestStart(segment: string): number {
  const length = segment.length;
  let k = 0;
  while (k < length && isAsciiLetterCode(segment.charCodeAt(k))) k++;
  if (k === 0 || k > 5 || k === length) return -1;
  if (isDashCode(segment.charCodeAt(k))) {
    const capitals = ++k;
    while (k < length && isUpperAsciiCode(segment.charCodeAt(k))) k++;
    if (k - capitals < 2) return -1;
  }
  const blanks = k;
  while (k < length && isSpaceCode(segment.charCodeAt(k))) k++;
  if (k === blanks || k === length) return -1;
  const first = segment.charCodeAt(k);
  return isDigitCode(first) || isUpperAsciiCode(first) || opensQualifier(segment, k) ? k : -1;
}

/**
 * Whether the part of a subject-numeric file from `from` on is one, read in one pass: made of
 * digits, capitals, spaces, dashes, slashes and points (`[0-9A-Z \-–/.]*` to the end), with a
 * digit (`27 VIET S`) or else codes of one to six capitals, each after a dash or spaces
 * (`US–USSR`, as `/^[A-Z]{1,6}(?:[-–][A-Z]{1,6})*$/` matches it once spaces are dashes). A
 * name after a slash may be written with small letters (`POL 15–1 US/Kennedy`), as may a country
 * after the number of a code set in title case (`Pol 27 Viet S`), and a code may be a qualifier
 * in parentheses (`AID (US) 15–8 INDIA`, `DEF 18–3 SWITZ (GE)`), also right after a code (`DEF
 * 18–3 AUS(VI)`, `DEF 18–3 FIN(HE)`: the SALT delegations at Vienna and Helsinki).
 */
function isSubjectNumericRest(segment: string, from: number, titled = false): boolean {
  let digit = false;
  let codes = true; // codes of capitals only, so far
  let run = 0; // capitals in the current code
  let separator = 0; // what ended the last code: 0 none, 1 spaces, 2 a dash
  let name = false; // in a word that opened with a capital right after a slash
  for (let k = from; k < segment.length; k++) {
    const code = segment.charCodeAt(k);
    if (name && code >= 97 && code <= 122) continue; // a small letter of that word
    // After the number of a code set in title case (`Pol 27 Viet S`), a word after a blank may be so set too.
    name = isUpperAsciiCode(code) && k > from && (segment.charCodeAt(k - 1) === 47 /* / */ || (titled && digit && segment.charCodeAt(k - 1) === 32));
    if (isUpperAsciiCode(code)) {
      if (++run > 6) codes = false;
      separator = 0;
    } else if (isDigitCode(code)) {
      digit = true;
      run = 0;
    } else if (code === 32) {
      // A run of spaces is one separator; after a dash it makes two.
      if (run === 0 && separator !== 1) codes = false;
      run = 0;
      separator = 1;
    } else if (isDashCode(code)) {
      if (run === 0) codes = false;
      run = 0;
      separator = 2;
    } else if (code === 47 /* / */ || code === 46 /* . */) {
      codes = false;
      run = 0;
    } else if (code === 40 /* ( */ && (k === from || run > 0 || segment.charCodeAt(k - 1) === 32)) {
      // A qualifier in parentheses (`AID (US) 15–8 INDIA`, `SWITZ (GE)`) counts as one code; the
      // post of a delegation may follow its country's code with no blank (`DEF 18–3 AUS(VI)`).
      const close = qualifierEnd(segment, k);
      if (close < 0) return false;
      k = close;
      run = 1;
      separator = 0;
    } else return false;
  }
  return digit || (codes && run > 0);
}

/** Recognises an identifier segment; null for an ordinary path segment (a collection or series name). */
export function readIdentifier(segment: string): Identifier | null {
  // Every recogniser needs a character (and reading past the end slows `charCodeAt` down for good).
  if (segment.length === 0) return null;
  const first = segment.charCodeAt(0);
  if (isDigitCode(first)) return readNumericIdentifier(segment);
  if (first === 91 /* [ */) return isBracketedFile(segment) ? { kind: 'file', value: segment } : null;
  return readKeywordIdentifier(segment, first) ?? (isSubjectNumeric(segment) ? { kind: 'file', value: segment } : readCodedFile(segment));
}

/**
 * The end of the code of two to six capitals a segment opens with, when a blank follows it
 * (`CCS` in `CCS 092 …`, `FW` in `FW 611.61/…`, `SANACC` in `SANACC 360/11`), or -1: names (`Central Files`) stop here
 * before any lookup or pattern. The capitals may each be followed by a point (`C.C.S.` in
 * `C.C.S. 170/2`), which the code then ends with.
 */
function capitalCodeEnd(segment: string): number {
  if (segment.charCodeAt(1) === 46 /* . */) return dottedCodeEnd(segment);
  let k = 0;
  while (k < segment.length && k < 7 && isUpperAsciiCode(segment.charCodeAt(k))) k++;
  return k >= 2 && k <= 6 && k + 1 < segment.length && isSpaceCode(segment.charCodeAt(k)) ? k : -1;
}

/** The end of a code of two to five capitals each followed by a point (`C.C.S.`), when a blank follows it; else -1. */
function dottedCodeEnd(segment: string): number {
  let k = 0;
  while (k < 10 && isUpperAsciiCode(segment.charCodeAt(k)) && segment.charCodeAt(k + 1) === 46) k += 2;
  return k >= 4 && k + 1 < segment.length && isSpaceCode(segment.charCodeAt(k)) ? k : -1;
}

/**
 * A file whose designation opens with a code from the tables: a military decimal file
 * (`CCS 092 (8–22–46) sec. 12`: a series code, then MILITARY_DECIMAL_REST), a numbered paper
 * (`JCS 1924/4`) or a file after a
 * cross-filing marker (`FW 611.61/1–2561`), kept whole as written (SPEC: `file` is as
 * written) with the parts of the file it marks.
 */
function readCodedFile(segment: string): Identifier | null {
  const codeEnd = capitalCodeEnd(segment);
  if (codeEnd < 0) return null;
  const code = segment.slice(0, codeEnd);
  if (isDigitCode(segment.charCodeAt(codeEnd + 1))) {
    const number = segment.slice(codeEnd + 1);
    if (isMilitaryDecimalFile(code, number)) return { kind: 'file', value: segment };
    // `JCS 1924/4`: a paper's number designates it as filed (`CCS 170/2` only with its version).
    const papers = findPaperSeries(code);
    if (papers !== undefined && PAPER_NUMBER.test(number) && (papers.versionRequired !== true || number.includes('/'))) return { kind: 'file', value: segment };
  }
  const marker = findFileMarker(code);
  if (marker === undefined) return null;
  const start = skipSpaces(segment, codeEnd);
  // `JMF 3212`: the Joint Chiefs' file system names a class of its files with no paper or date after it.
  if (marker.id === 'jmf' && STAFF_FILE_CLASS.test(segment.slice(start))) return { kind: 'file', value: segment };
  const marked = readIdentifier(segment.slice(start));
  if (marked?.kind !== 'file') return null;
  const decimal = marked.decimal;
  if (!decimal) return { kind: 'file', value: segment };
  // The offsets of the marked file's parts, which diagnostics point at, count from the segment's start.
  const letterO = decimal.letterO && { offset: decimal.letterO.offset + start, text: decimal.letterO.text };
  return { kind: 'file', value: segment, decimal: { ...decimal, serialOffset: decimal.serialOffset + start, letterO } };
}

/** Whether a capital `code` and the `number` after it are a military decimal file: a series code from the table, then MILITARY_DECIMAL_REST. */
function isMilitaryDecimalFile(code: string, number: string): boolean {
  return findDecimalFileSeries(code) !== undefined && MILITARY_DECIMAL_REST.test(number);
}

/**
 * Whether `segment` is a section of the military decimal file `file` written after a comma
 * (`sec. 12` in `CCS 092 (8–22–46), sec. 12`): the comma separates no path segments there.
 */
export function isMilitaryFileSection(file: string, segment: string): boolean {
  if (!MILITARY_SECTION.test(segment)) return false;
  const codeEnd = capitalCodeEnd(file);
  if (codeEnd < 0) return isUncodedMilitaryFile(file);
  return isDigitCode(file.charCodeAt(codeEnd + 1)) && isMilitaryDecimalFile(file.slice(0, codeEnd), file.slice(codeEnd + 1));
}

/** The offset of the file number in a file designation: past a cross-filing marker (`FW `), else 0. */
export function markedFileStart(file: string): number {
  const codeEnd = capitalCodeEnd(file);
  return codeEnd >= 0 && findFileMarker(file.slice(0, codeEnd)) !== undefined ? skipSpaces(file, codeEnd) : 0;
}

/** Recognises a segment opening with a digit: a bare lot, an accession or a decimal file. */
function readNumericIdentifier(segment: string): Identifier | null {
  // A slash makes a decimal file or nothing: a bare lot, an accession or a telegram has none.
  const slash = segment.indexOf('/');
  if (slash >= 0) {
    const decimal = readDecimalFileAt(segment, slash);
    if (decimal) return { kind: 'file', value: segment, decimal };
    return isDatedStaffFile(segment, slash) ? { kind: 'file', value: segment } : null;
  }
  let match: RegExpExecArray | null;
  // Each pattern runs only when the characters it needs at the start are there.
  if (mayBeBareLot(segment) && (match = BARE_LOT.exec(segment))) return { kind: 'lot', value: normaliseLot(match[1]!, match[2]!, match[3]!) };
  if (mayBeBareAccession(segment) && BARE_ACCESSION.test(segment)) return { kind: 'accession', value: segment };
  if (segment.length >= 9 && segment.startsWith('19') && isUpperAsciiCode(segment.charCodeAt(4)) && ELECTRONIC_TELEGRAM.test(segment)) return { kind: 'file', value: segment };
  if (isPersonnelFile(segment)) return { kind: 'file', value: segment };
  if (isReleaseCase(segment)) return { kind: 'file', value: segment };
  if (isUncodedMilitaryFile(segment)) return { kind: 'file', value: segment };
  if (isDatedStaffClass(segment)) return { kind: 'file', value: segment };
  return null;
}

/**
 * Whether `segment` is a military decimal file written without its series code, as the records
 * of the Joint Chiefs print it after their name (`381 Formosa (11–8–48) Sec. 24`): the class, the
 * subject words and the date the file was opened in parentheses (MILITARY_DECIMAL_REST), which no
 * State file has. Looked at only when a bracket follows a blank.
 */
export function isUncodedMilitaryFile(segment: string): boolean {
  return segment.indexOf(' (') > 0 && MILITARY_DECIMAL_REST.test(segment);
}

/** The date of a Joint Staff paper in parentheses after its file, day first (`16 Jan 62`). */
const STAFF_PAPER_DATE = /^\((?:\d{1,2}\s)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s\d{2}\)$/;

/**
 * Whether `segment` is a file of the Joint Chiefs' central files with the date of the paper in
 * parentheses after it (`9150/3080 (16 Jan 62)`, `9155.3/3100 (Mar 62)`): the file as written,
 * the date naming the paper rather than the filing. Looked at only when the segment, with its
 * slash, is no decimal file and ends in a bracket.
 */
function isDatedStaffFile(segment: string, slash: number): boolean {
  if (segment.charCodeAt(segment.length - 1) !== 41 /* ) */) return false;
  const open = segment.lastIndexOf(' (');
  return open > slash && STAFF_PAPER_DATE.test(segment.slice(open + 1)) && readDecimalFileAt(segment.slice(0, open), slash) !== null;
}

/** A class of the Joint Chiefs' central files with no paper after a slash (`3212`, `9155.3`). */
const STAFF_FILE_CLASS = /^\d{4}(?:\.\d{1,2})?$/;

/**
 * Whether `segment` is a class of the Joint Chiefs' central files with the date of the paper in
 * parentheses (`3212 (26 Apr 63)`, `9155.3 (11 Mar 65)`, as `JMF 3212 (26 Apr 63)` writes it
 * after its code): the file as written, as a dated file with a paper's number is read
 * ({@link isDatedStaffFile}). Looked at only when the segment ends in a bracket.
 */
function isDatedStaffClass(segment: string): boolean {
  if (segment.charCodeAt(segment.length - 1) !== 41 /* ) */) return false;
  const open = segment.indexOf(' (');
  return open >= 4 && STAFF_FILE_CLASS.test(segment.slice(0, open)) && STAFF_PAPER_DATE.test(segment.slice(open + 1));
}

/** Whether `segment` is a release case (RELEASE_CASE): tested only when a dash follows a year of 19xx or 20xx. */
function isReleaseCase(segment: string): boolean {
  return segment.length >= 10 && segment.length <= 13 && isDashCode(segment.charCodeAt(4)) && RELEASE_CASE.test(segment);
}

/** Whether `segment` is a decimal file of a person (PERSONNEL_FILE): tested only when a dash, a point or a blank follows three digits. */
function isPersonnelFile(segment: string): boolean {
  if (segment.length < 6 || !isDigitCode(segment.charCodeAt(1)) || !isDigitCode(segment.charCodeAt(2))) return false;
  const fourth = segment.charCodeAt(3);
  return (isDashCode(fourth) || fourth === 46 /* . */ || fourth === 32) && PERSONNEL_FILE.test(segment);
}

/**
 * Whether `segment` holds the given names of the person of the decimal file `file` written
 * after a comma (`Charles E.` in `123–Bohlen, Charles E.`): the comma separates no path
 * segments there.
 */
export function isPersonnelFileGivenNames(file: string, segment: string): boolean {
  // `John Foster/6–1257` in `123–Dulles, John Foster/6–1257`: the names, then the file's serial.
  const slash = segment.indexOf('/');
  if (slash >= 0) return isFileSerial(segment.slice(slash + 1)) && GIVEN_NAMES.test(segment.slice(0, slash)) && isPersonnelFile(file);
  return GIVEN_NAMES.test(segment) && isPersonnelFile(file);
}

/** Whether `serial` is the serial of a decimal file: a plain serial (`456`) or a date code (`6–1257`). */
function isFileSerial(serial: string): boolean {
  return isPlainSerial(serial) || decodeFileDate(serial).date !== null;
}

/** The date of the serial after the given names of a person's decimal file (`John Foster/6–1257`), if they have one. */
export function personnelFileDate(segment: string): string | null {
  const slash = segment.indexOf('/');
  return slash < 0 ? null : decodeFileDate(segment.slice(slash + 1)).date;
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

/** Whether a segment opening with `D`, `P`, `N` or `O` has a digit second (a film number) or opens with `NLR` or `NLC`. */
function isFilmOrNlrOpening(segment: string): boolean {
  const second = segment.length > 1 ? segment.charCodeAt(1) : -1;
  return isDigitCode(second) || (second === 76 /* L */ && (segment.startsWith('NLR') || segment.startsWith('NLC')));
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
      if (segment.startsWith('FRC')) {
        if (FRC_ACCESSION.test(segment)) return { kind: 'accession', value: segment };
        if ((match = FRC_LABELLED_ACCESSION.exec(segment))) return { kind: 'accession', value: `FRC ${match[1]}` };
      }
      if (segment.startsWith('Acc') && (match = LABELLED_ACCESSION.exec(segment))) return { kind: 'accession', value: match[1]! };
      if ((segment.startsWith('Folder') || segment.startsWith('File Folder')) && (match = FOLDER.exec(segment))) return { kind: 'folder', value: match[1]! };
      break;
    case 67 /* C */:
      // The length and the fourth letter first (a conversation's designation has 16 characters
      // or more): `Central …`, `Conference …` and `Countries …` are not compared.
      if (segment.length >= 16 && segment.charCodeAt(3) === 118 /* v */ && segment.startsWith('Conversation') && TAPE_CONVERSATION.test(segment)) return { kind: 'file', value: segment };
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
      if (segment === NO_FILM_NUMBER) return { kind: 'file', value: segment };
      if (first === 79 && segment.startsWith('OA/ID') && OA_ID.test(segment)) return { kind: 'file', value: segment };
      break;
  }
  return null;
}
