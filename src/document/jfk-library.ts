/**
 * Reads a John F. Kennedy Presidential Library document page into a {@link FrusDocument}-shaped
 * record: the title line "Sender, Genre to Recipient, Date" and the page's `Source:` line.
 *
 * ```text
 * U.S. President John F. Kennedy, Letter to Soviet Chairman Nikita Khrushchev, October 27, 1962
 * …
 * Source: John F. Kennedy Presidential Library and Museum.
 * ```
 *
 * @module
 */
import { splitLines } from '../io/lines.js';
import type { NoteContext } from '../model/provenance.js';
import { parseSourceNote } from '../parse/source-note.js';
import { readHeading } from './heading.js';
import { emptyVolume, type FrusDocument, type FrusVolume } from './model.js';
import { isoDateFromText } from './english-date.js';

/** The library's name as its pages print it. */
export const JFK_LIBRARY = 'John F. Kennedy Presidential Library and Museum';

/** The JFK Library described as a {@link FrusVolume}: the collection its pages publish documents in. */
export function jfkLibraryVolume(): FrusVolume {
  return { ...emptyVolume(null), seriesTitle: JFK_LIBRARY, publisher: JFK_LIBRARY };
}

const SOURCE_LINE = /^\s*Source:\s*\S/;
const URL_PATTERN = /https?:\/\/[^\s<>"]+/;
/** `, October 27, 1962` (or `, 27 October 1962`, `, October 1962`) at the end of the title. */
const TRAILING_DATE = /,\s*((?:[A-Za-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Za-z]+\.?,?\s+|[A-Za-z]+\.?,?\s+)?\d{4})\s*$/;
/** The " to " between genre and recipient. */
const TO = / to /;

/** What a title line says. */
interface TitleParts {
  sender: string | null;
  recipient: string | null;
  genre: string | null;
  date: string | null;
}

/**
 * Reads "Sender, Genre to Recipient, Date": the date is the trailing date; the genre phrase is
 * the comma-separated part holding the first " to "; the sender is everything before it.
 * A title without that comma (a FRUS-style "Letter From X to Y") goes to {@link readHeading}.
 */
function readTitle(title: string): TitleParts {
  let rest = title.trim();
  let date: string | null = null;
  const dated = TRAILING_DATE.exec(rest);
  if (dated) {
    const iso = isoDateFromText(dated[1]!);
    if (iso !== null) {
      date = iso;
      rest = rest.slice(0, dated.index).trim();
    }
  }
  const to = TO.exec(rest);
  const comma = to ? rest.lastIndexOf(', ', to.index) : -1;
  if (to && comma > 0) {
    const genre = rest.slice(comma + 2, to.index).trim();
    return {
      sender: rest.slice(0, comma).trim() || null,
      recipient: rest.slice(to.index + to[0].length).trim() || null,
      genre: genre ? genre.toLowerCase() : null,
      date,
    };
  }
  return { ...readHeading(rest), date };
}

/**
 * Reads a JFK Library document page, or returns null when it has no `Source:` line.
 *
 * - `heading`: the first non-blank line, as written; `sender`, `recipient`, `genre` and the ISO
 *   `date` from it ("U.S. President John F. Kennedy, Letter to Soviet Chairman Nikita
 *   Khrushchev, October 27, 1962" → sender "U.S. President John F. Kennedy", recipient "Soviet
 *   Chairman Nikita Khrushchev", genre "letter", date "1962-10-27").
 * - `sourceNote`: the last `Source:` line, and `provenance` it parsed by the source-note parser
 *   (the library resolves to repository id `jfk-library`).
 * - `url`: the first URL on the page, else null. `volume`: {@link jfkLibraryVolume}.
 * - `extra.publisher`: the library.
 */
export function readJfkLibrarySource(text: string): FrusDocument | null {
  const lines = splitLines(text).map((line) => line.trim());
  const source = [...lines].reverse().find((line) => SOURCE_LINE.test(line));
  if (source === undefined) return null;
  const heading = lines.find((line) => line !== '') ?? '';
  const { sender, recipient, genre, date } = readTitle(heading);

  const context: NoteContext = { head: heading };
  if (date !== null) context.date = date;
  const url = lines.map((line) => URL_PATTERN.exec(line)?.[0]).find((hit) => hit !== undefined) ?? null;
  return {
    volume: jfkLibraryVolume(),
    number: null,
    heading,
    sender,
    recipient,
    genre,
    date,
    dateline: null,
    place: null,
    sourceNote: source,
    provenance: parseSourceNote(source, { context }),
    footnotes: [],
    url,
    extra: { publisher: JFK_LIBRARY },
  };
}
