/**
 * English dates as FRUS-adjacent sources print them (`October 30, 1962`, `30 October 1962`,
 * `Oct. 1962`, `1962`), read into ISO dates of the precision written.
 *
 * @module
 */

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** `Oct.`, `Sept.`, `October` → 1–12; 0 when not a month name. */
function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '').toLowerCase();
  if (w.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month.startsWith(w));
  return index + 1;
}

/** `October 30, 1962` */
const MONTH_DAY_YEAR = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/;
/** `30 October 1962` */
const DAY_MONTH_YEAR = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/;
/** `October 1962` */
const MONTH_YEAR = /^([A-Za-z]+\.?),?\s+(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayDate(year: string, month: number, day: number): string | null {
  if (month === 0 || day < 1) return null;
  const days = new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
  return day <= days ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/**
 * An English date as an ISO date of the precision written: `October 30, 1962` and
 * `30 October 1962` → `1962-10-30`, `October 1962` → `1962-10`, `1962` → `1962`. Month names may
 * be abbreviated (`Oct.`, `Sept.`). Null for anything else, including impossible days.
 */
export function isoDateFromText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = MONTH_DAY_YEAR.exec(t);
  if (m) return dayDate(m[3]!, monthNumber(m[1]!), Number(m[2]));
  m = DAY_MONTH_YEAR.exec(t);
  if (m) return dayDate(m[3]!, monthNumber(m[2]!), Number(m[1]));
  m = MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === 0 ? null : `${m[2]}-${pad(month)}`;
  }
  m = YEAR_ONLY.exec(t);
  return m ? m[1]! : null;
}
