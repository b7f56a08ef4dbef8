/**
 * Decimal file designations (`711.11-KE/1-2161`): the class before the slash, the serial after
 * it, and the serial's date code (`1-2161`, January 21, 1961), read in place by scans, as every
 * decimal file is, and checked against the calendar.
 *
 * @module
 */
import { isAsciiLetterCode, isDigitCode, isSpaceCode, isUpperAsciiCode } from './chars.js';

const LOOKS_LIKE_DATE_SERIAL = /^\d{1,2}\s?[-–—]?\s?[0-9A-Z]{3,4}$/;
const PLAIN_SERIAL = /^\d+[½¼¾]?[a-z]?$/;

/** Days in each month of a non-leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `value` in two digits at least (`3` → `03`). */
function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * The parts of an ISO date a date code can write, built once: years 1900–1999 by their last two
 * digits, months and days in two digits. Joining three of them costs a fraction of converting
 * the numbers (every dated file's serial is decoded).
 */
const YEARS: readonly string[] = Array.from({ length: 100 }, (_, yy) => String(1900 + yy));
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, value) => twoDigits(value));

/** Days in `month` (1–12) of `year`, by the Gregorian rule (1900 is not a leap year). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** The offset past the ASCII digits of `text` from `from`. */
export function digitsEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** The offset past the ASCII digits of `text[from, to)`. */
function digitsEndBefore(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Whether the code unit is a hyphen, an en dash or an em dash, as a date code's `[-–—]` matches:
 * the dashes interchange in print (`611.61/7—2955`), as they do in a class's suffix.
 */
function isDateDashCode(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

/**
 * Where the day and year digits of the date code `text[from, to)` start, when it reads `M-DDYY`
 * as `/^(\d{1,2})\s?[-–]\s?(\d{3,4})$/` would match it (one or two digits, a dash between
 * optional blanks, three or four digits to the end); -1 otherwise. Every decimal file's serial
 * goes through this, so it is a scan rather than a pattern.
 */
function dateCodeDayStart(text: string, from: number, to: number): number {
  let dash = digitsEndBefore(text, from, to);
  if (dash === from || dash > from + 2) return -1;
  if (dash < to && isSpaceCode(text.charCodeAt(dash))) dash++;
  if (dash === to || !isDateDashCode(text.charCodeAt(dash))) return -1;
  let dayStart = dash + 1;
  if (dayStart < to && isSpaceCode(text.charCodeAt(dayStart))) dayStart++;
  const digits = to - dayStart;
  return (digits === 3 || digits === 4) && digitsEndBefore(text, dayStart, to) === to ? dayStart : -1;
}

/** The number the ASCII digits `text[from, to)` write. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) value = value * 10 + (text.charCodeAt(k) - 48);
  return value;
}

/** A decoded date code: the ISO date, or why the serial cannot be one (both null for a serial that is no date code). */
export interface FileDate {
  date: string | null;
  malformed: string | null;
}

/** {@link serialShape} of a plain serial number (`49`, `2271½a`). */
const PLAIN_SERIAL_SHAPE = -1;
/** {@link serialShape} of a serial that is neither a plain number nor a date code written without blanks. */
const OTHER_SERIAL_SHAPE = -2;

/**
 * The shape of the serial `text[from, to)`, read in one pass (every decimal file's serial is):
 * {@link PLAIN_SERIAL_SHAPE} for a plain serial as `/^\d+[½¼¾]?[a-z]?$/` matches it; for a date
 * code without blanks (`1-2161`, `12–2960`: one or two digits, a dash, three or four digits) its
 * digits packed as `month * 10000 + day * 100 + year`, a number ≥ 0; else {@link OTHER_SERIAL_SHAPE}.
 */
function serialShape(text: string, from: number, to: number): number {
  let k = from;
  let month = 0;
  for (; k < to; k++) {
    const code = text.charCodeAt(k);
    if (!isDigitCode(code)) break;
    month = month * 10 + (code - 48);
  }
  if (k === to) return k > from ? PLAIN_SERIAL_SHAPE : OTHER_SERIAL_SHAPE;
  if (k === from) return OTHER_SERIAL_SHAPE;
  const code = text.charCodeAt(k);
  if (isDateDashCode(code)) return k - from <= 2 ? dateCodeShape(text, k + 1, to, month) : OTHER_SERIAL_SHAPE;
  // A fraction and a letter, a fraction, or a letter, to the end.
  const letterAt = isFractionCode(code) ? k + 1 : k;
  if (letterAt === to) return PLAIN_SERIAL_SHAPE;
  const letter = text.charCodeAt(letterAt);
  return letterAt + 1 === to && letter >= 97 && letter <= 122 ? PLAIN_SERIAL_SHAPE : OTHER_SERIAL_SHAPE;
}

/**
 * The shape of a date code whose `month` and dash are read, with three or four digits from `from`
 * to `to`, perhaps followed by a fraction (`9–1958½`, a paper filed after the one of that date):
 * the date is the digits'.
 */
function dateCodeShape(text: string, from: number, to: number, month: number): number {
  const end = isFractionCode(text.charCodeAt(to - 1)) ? to - 1 : to;
  if (end - from !== 3 && end - from !== 4) return OTHER_SERIAL_SHAPE;
  let dayYear = 0;
  for (let k = from; k < end; k++) {
    const code = text.charCodeAt(k);
    if (!isDigitCode(code)) return OTHER_SERIAL_SHAPE;
    dayYear = dayYear * 10 + (code - 48);
  }
  return month * 10000 + dayYear;
}

/** Whether the code unit is a vulgar fraction of a serial: `½`, `¼` or `¾`. */
function isFractionCode(code: number): boolean {
  return code === 0xbd || code === 0xbc || code === 0xbe;
}

/** Decodes a decimal-file date code `M-DDYY` / `M-DYY` to an ISO date, or says why it cannot. */
export function decodeFileDate(serial: string): FileDate {
  return decodeFileDateIn(serial, 0, serial.length, serialShape(serial, 0, serial.length));
}

/**
 * {@link decodeFileDate} of `text[from, to)`, whose {@link serialShape} is `shape`, read in place:
 * a decimal file's serial is decoded inside its segment (the shape found as it was checked), and
 * only a serial that is no date code written without blanks is sliced.
 */
function decodeFileDateIn(text: string, from: number, to: number, shape: number): FileDate {
  if (shape >= 0) return dateOf(Math.floor(shape / 10000), Math.floor(shape / 100) % 100, shape % 100, text, from, to);
  if (shape === PLAIN_SERIAL_SHAPE) return { date: null, malformed: null };
  const dayStart = dateCodeDayStart(text, from, to);
  if (dayStart < 0) {
    const serial = text.slice(from, to);
    if (!PLAIN_SERIAL.test(serial) && LOOKS_LIKE_DATE_SERIAL.test(serial) && /[A-Z]/.test(serial)) {
      return { date: null, malformed: `letters in the date code \`${serial}\`` };
    }
    return { date: null, malformed: null };
  }
  // With blanks around the dash: the month before it; the day, then the two-digit year, at the end.
  const month = digitsValue(text, from, digitsEndBefore(text, from, to));
  return dateOf(month, digitsValue(text, dayStart, to - 2), digitsValue(text, to - 2, to), text, from, to);
}

/** The date `month`/`day`/`19yy` of the date code `text[from, to)` checked against the calendar. */
function dateOf(month: number, day: number, yy: number, text: string, from: number, to: number): FileDate {
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return { date: null, malformed: `no month ${month}, day ${day} in the date code \`${text.slice(from, to)}\`` };
  }
  const iso = YEARS[yy]! + '-' + TWO_DIGITS[month]! + '-' + TWO_DIGITS[day]!;
  // A day past the month's end (`2-3061`) is no date; the table saves parsing a Date.
  if (day > daysInMonth(1900 + yy, month)) return { date: null, malformed: `no such day as ${iso} in \`${text.slice(from, to)}\`` };
  return { date: iso, malformed: null };
}

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

/** Reads a decimal file designation (`711.11-KE/1-2161`, `893.51 Manchuria/49`), if `segment` is one. */
export function readDecimalFile(segment: string): DecimalFile | null {
  const slash = segment.indexOf('/');
  return slash < 0 ? null : readDecimalFileAt(segment, slash);
}

/** {@link readDecimalFile} of a segment whose first slash is at `slash`. */
export function readDecimalFileAt(segment: string, slash: number): DecimalFile | null {
  const length = segment.length;
  // The serial is read in place, as `.trim()` would leave it: it opens with a digit and holds no blank.
  let serialStart = slash + 1;
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
  if (classEnd < 0 && !isOldNumericalClass(segment, headEnd) && !isJointStaffClass(segment, headEnd)) return null;
  const decoded = shape === PLAIN_SERIAL_SHAPE ? null : decodeFileDateIn(segment, serialStart, serialEnd, shape);
  // A Numerical File case (to 1910, no point in its class) may cite a range of its documents (`1518/45–47`).
  if (decoded && !decoded.date && !decoded.malformed && !isSerialRange(segment, serialStart, serialEnd) && !(classEnd < 0 && isNumericalRange(segment, serialStart, serialEnd))) return null;
  const head = segment.slice(0, headEnd);
  // The class as matched matters only to `letterO`, which looks for a letter O.
  const found = head.includes('O') ? letterO(classEnd < 0 ? head : head.slice(0, classEnd)) : null;
  const serial = segment.slice(serialStart, serialEnd);
  return { head, serial, serialOffset: serialStart, date: decoded?.date ?? null, malformedDate: decoded?.malformed ?? null, letterO: found };
}

/**
 * Whether the serial `text[from, to)` is a range of serials (`4567–4569`, `10436-37`): three or
 * more digits, a dash, then no more digits than before it to the end, the larger number when as
 * many. A first part of one or two digits is a month: `1–16` is a date code cut short, and a
 * longer second part (`612–2960`) a date code mistyped, which no range then hides.
 */
function isSerialRange(text: string, from: number, to: number): boolean {
  const dash = digitsEndBefore(text, from, to);
  if (dash - from < 3 || dash + 1 >= to || !isDateDashCode(text.charCodeAt(dash)) || digitsEndBefore(text, dash + 1, to) !== to) return false;
  const digits = to - (dash + 1);
  return digits < dash - from || (digits === dash - from && digitsValue(text, dash + 1, to) > digitsValue(text, from, dash));
}

/**
 * Whether the serial `text[from, to)` of a Numerical File case is a range of its documents
 * (`45–47` in `1518/45–47`): digits, a dash, then digits that make a larger number, to the end.
 */
function isNumericalRange(text: string, from: number, to: number): boolean {
  const dash = digitsEndBefore(text, from, to);
  if (dash === from || dash + 1 >= to || !isDateDashCode(text.charCodeAt(dash)) || digitsEndBefore(text, dash + 1, to) !== to) return false;
  return digitsValue(text, dash + 1, to) > digitsValue(text, from, dash);
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

/**
 * Whether `text[0, end)` is a class of the Joint Chiefs of Staff's central files of the 1950s and
 * 1960s, four digits and point components of digits (`9155.3` in `JCS Files, 9155.3/3100`), as
 * `/^\d{4}(?:\.\d+)+$/` matches it: a State class has three digits before its point.
 */
function isJointStaffClass(text: string, end: number): boolean {
  if (end < 6 || digitsEndBefore(text, 0, end) !== 4) return false;
  let k = 4;
  while (k < end && text.charCodeAt(k) === 46 /* . */) {
    const next = digitsEndBefore(text, k + 1, end);
    if (next === k + 1) return false;
    k = next;
  }
  return k === end;
}

/**
 * Whether the decimal file `file` has a class of the Joint Chiefs' central files (`9155.3/3100`):
 * with no repository or collection before it, such a file is no State file (a bare note's
 * `7638.72/2271½a` mistypes `763.72`), and is not read as one.
 */
export function hasJointStaffClass(file: string): boolean {
  if (file.charCodeAt(4) !== 46 /* . */) return false;
  const slash = file.indexOf('/');
  return slash > 0 && isJointStaffClass(file, slash);
}

/** Whether `serial` is a plain serial number (`49`, `2271½a`), as `/^\d+[½¼¾]?[a-z]?$/` matches it, without running the pattern. */
export function isPlainSerial(serial: string): boolean {
  return serialShape(serial, 0, serial.length) === PLAIN_SERIAL_SHAPE;
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
  for (; end < to; end++) {
    const code = text.charCodeAt(end);
    if (!isDigitCode(code) && !isAsciiLetterCode(code)) break;
  }
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
