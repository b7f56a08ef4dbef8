/**
 * The one reading of a document's ISO date (or date-time) that every formatter shares.
 *
 * @module
 */

/** A date as written in ISO form, to the precision given: year, month and day strings. */
export interface DateParts {
  year: string;
  month?: string;
  day?: string;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `1961-01-21T18:34:00-05:00` → `{year: '1961', month: '01', day: '21'}`; null when not a date. */
export function dateParts(iso: string | null): DateParts | null {
  const match = iso ? ISO_DATE.exec(iso) : null;
  if (!match) return null;
  const parts: DateParts = { year: match[1]! };
  if (match[2]) parts.month = match[2];
  if (match[3]) parts.day = match[3];
  return parts;
}
