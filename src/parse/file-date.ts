/**
 * The date code of a decimal file's serial (`1-2161`, January 21, 1961): read by a scan, as
 * every decimal file's serial is, and checked against the calendar.
 *
 * @module
 */
import { isDigitCode, isSpaceCode } from './chars.js';

const LOOKS_LIKE_DATE_SERIAL = /^\d{1,2}\s?[-–]?\s?[0-9A-Z]{3,4}$/;
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
export function digitsEndBefore(text: string, from: number, to: number): number {
  let end = from;
  while (end < to && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** Whether the code unit is a hyphen or an en dash, as a date code's `[-–]` matches. */
function isDateDashCode(code: number): boolean {
  return code === 45 || code === 0x2013;
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
export const PLAIN_SERIAL_SHAPE = -1;
/** {@link serialShape} of a serial that is neither a plain number nor a date code written without blanks. */
export const OTHER_SERIAL_SHAPE = -2;

/**
 * The shape of the serial `text[from, to)`, read in one pass (every decimal file's serial is):
 * {@link PLAIN_SERIAL_SHAPE} for a plain serial as `/^\d+[½¼¾]?[a-z]?$/` matches it; for a date
 * code without blanks (`1-2161`, `12–2960`: one or two digits, a dash, three or four digits) its
 * digits packed as `month * 10000 + day * 100 + year`, a number ≥ 0; else {@link OTHER_SERIAL_SHAPE}.
 */
export function serialShape(text: string, from: number, to: number): number {
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
  const letterAt = code === 0xbd || code === 0xbc || code === 0xbe ? k + 1 : k;
  if (letterAt === to) return PLAIN_SERIAL_SHAPE;
  const letter = text.charCodeAt(letterAt);
  return letterAt + 1 === to && letter >= 97 && letter <= 122 ? PLAIN_SERIAL_SHAPE : OTHER_SERIAL_SHAPE;
}

/** The shape of a date code whose `month` and dash are read, with three or four digits from `from` to `to`. */
function dateCodeShape(text: string, from: number, to: number, month: number): number {
  if (to - from !== 3 && to - from !== 4) return OTHER_SERIAL_SHAPE;
  let dayYear = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (!isDigitCode(code)) return OTHER_SERIAL_SHAPE;
    dayYear = dayYear * 10 + (code - 48);
  }
  return month * 10000 + dayYear;
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
export function decodeFileDateIn(text: string, from: number, to: number, shape: number): FileDate {
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
