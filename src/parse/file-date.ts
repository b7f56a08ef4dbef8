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

/** Whether the code unit is a hyphen or an en dash, as a date code's `[-–]` matches. */
function isDateDashCode(code: number): boolean {
  return code === 45 || code === 0x2013;
}

/**
 * Where the day and year digits of the date code `serial` start, when it reads `M-DDYY` as
 * `/^(\d{1,2})\s?[-–]\s?(\d{3,4})$/` would match it (one or two digits, a dash between optional
 * blanks, three or four digits to the end); -1 otherwise. Every decimal file's serial goes
 * through this, so it is a scan rather than a pattern.
 */
function dateCodeDayStart(serial: string): number {
  const length = serial.length;
  let dash = digitsEnd(serial, 0);
  if (dash === 0 || dash > 2) return -1;
  if (dash < length && isSpaceCode(serial.charCodeAt(dash))) dash++;
  if (dash === length || !isDateDashCode(serial.charCodeAt(dash))) return -1;
  let dayStart = dash + 1;
  if (dayStart < length && isSpaceCode(serial.charCodeAt(dayStart))) dayStart++;
  const digits = length - dayStart;
  return (digits === 3 || digits === 4) && digitsEnd(serial, dayStart) === length ? dayStart : -1;
}

/** The number the ASCII digits `text[from, to)` write. */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let k = from; k < to; k++) value = value * 10 + (text.charCodeAt(k) - 48);
  return value;
}

/** `value` in two digits at least (`3` → `03`). */
function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/** Decodes a decimal-file date code `M-DDYY` / `M-DYY` to an ISO date, or says why it cannot. */
export function decodeFileDate(serial: string): { date: string | null; malformed: string | null } {
  const dayStart = dateCodeDayStart(serial);
  if (dayStart < 0) {
    if (!PLAIN_SERIAL.test(serial) && LOOKS_LIKE_DATE_SERIAL.test(serial) && /[A-Z]/.test(serial)) {
      return { date: null, malformed: `letters in the date code \`${serial}\`` };
    }
    return { date: null, malformed: null };
  }
  // The digits: the month before the dash; the day, then the two-digit year, at the end.
  const month = digitsValue(serial, 0, digitsEnd(serial, 0));
  const day = digitsValue(serial, dayStart, serial.length - 2);
  const year = 1900 + digitsValue(serial, serial.length - 2, serial.length);
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    return { date: null, malformed: `no month ${month}, day ${day} in the date code \`${serial}\`` };
  }
  const iso = `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  // A day past the month's end (`2-3061`) is no date; the table saves parsing a Date.
  if (day > daysInMonth(year, month)) return { date: null, malformed: `no such day as ${iso} in \`${serial}\`` };
  return { date: iso, malformed: null };
}
