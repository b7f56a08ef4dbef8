/**
 * Pure helpers that turn the raw text of TEI elements and attributes into the values of the
 * model: white space, volume numbers, the publisher and place of the imprint, document dates.
 *
 * @module
 */

/** XML white space (not NBSP: that is text). */
const XML_SPACE = /[ \t\r\n]+/g;
/** "4. " in front of a heading. */
const NUMBER_PREFIX = /^\d+[A-Za-z]?\.(?: |$)/;
/** "Volume VI", "Volume XIX, Part 1", "Volume E–5, Part 2", "Volume 6". */
const VOLUME_NUMBER = /^Vol(?:ume|\.)? ?([IVXLCDM]+|\d+|[A-Z][-–]\d+)\b(?: ?,? ?Part ([IVXLCDM]+|\d+)\b)?/i;
const ROMAN = /^[IVXLCDM]+$/i;
/** The GPO imprint, which Chicago prints without "United States". */
const GPO = /^(?:the )?(?:United States|U\. ?S\.) (Government (?:Printing|Publishing) Office)$/i;
const WASHINGTON = /^Washington(?:,? ?D\.? ?C\.?)?$/;
const YEAR = /\b\d{4}\b/;
/** A `frus:doc-dateTime-min` at midnight: the document is dated to the day only. */
const MIDNIGHT = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** Collapses XML white space and trims it. */
export function collapse(text: string): string {
  const collapsed = text.replace(XML_SPACE, ' ');
  const start = collapsed.startsWith(' ') ? 1 : 0;
  const end = collapsed.endsWith(' ') ? collapsed.length - 1 : collapsed.length;
  return start < end ? collapsed.slice(start, end) : '';
}

/** A document heading as printed, without the "4. " some volumes put in front of it. */
export function headingText(text: string): string {
  return collapse(text).replace(NUMBER_PREFIX, '');
}

/** Arabic value of a roman numeral (`VI` → 6). */
function romanToArabic(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  const letters = roman.toUpperCase();
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = values[letters[i]!] ?? 0;
    const next = values[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** `VI` → `6`, `12` → `12`, `E–5` → `E–5`. */
function arabic(token: string): string {
  return ROMAN.test(token) ? String(romanToArabic(token)) : token;
}

/**
 * The volume number and part of a `title[@type='volume-number']` ("Volume XIX, Part 1" →
 * `19` and `1`), in arabic numerals; null when the text is not understood.
 */
export function readVolumeNumber(text: string): { volumeNumber: string; part: string | null } | null {
  const match = VOLUME_NUMBER.exec(text);
  if (!match) return null;
  return { volumeNumber: arabic(match[1]!), part: match[2] ? arabic(match[2]) : null };
}

/** The publisher as Chicago prints it: the GPO without "United States". */
export function normalisePublisher(publisher: string | null): string | null {
  return publisher ? publisher.replace(GPO, '$1') : null;
}

/** The place of publication, with the spellings of Washington, DC made one. */
export function normalisePlace(place: string | null): string | null {
  return place && WASHINGTON.test(place) ? 'Washington, DC' : place;
}

/** The year of a publication date (the first four-digit number), else the date as given. */
export function publicationYear(date: string | null): string | null {
  return date ? (YEAR.exec(date)?.[0] ?? date) : null;
}

/** The document date: the date alone when `frus:doc-dateTime-min` is at midnight, else as given. */
export function documentDate(min: string | null): string | null {
  if (!min) return null;
  const midnight = MIDNIGHT.exec(min);
  return midnight ? midnight[1]! : min;
}
