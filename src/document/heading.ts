/**
 * Reads an editor-supplied FRUS heading into genre, sender and recipient:
 * "Telegram From the Department of State to the Embassy in the Soviet Union" →
 * genre `telegram`, sender `Department of State`, recipient `Embassy in the Soviet Union`.
 *
 * @module
 */

import { findDocumentForm } from '../vocab/document-forms.js';

/** What a heading says about its document. */
export interface HeadingParts {
  /** Lower-case genre (`telegram`, `memorandum of conversation`), or null. */
  genre: string | null;
  /** Sender or author, without a leading article; null when the heading names none. */
  sender: string | null;
  /** Recipient, without a leading article; null when the heading names none. */
  recipient: string | null;
}

const NUMBER_PREFIX = /^\s*\d+[a-z]?\.\s+/;
/** " From X to Y", " From X" — the sender phrase. */
const FROM = / [Ff]rom /;
/** " to Y" at depth 0 of the sender phrase, the last one (senders rarely contain " to "). */
const TO = / to /g;
/** "Paper Prepared in the Department of State", "Memorandum by the Secretary of State". */
const BY = / (?:Prepared (?:by|in|for)|Drafted (?:by|in)|by) /;
/** Genres whose "of …" is part of the genre, not an author. */
const GENRES_WITH_OF = /^(Memorandum|Memoranda|Summary Record|Record|Summary|Notes|Minutes|Transcript|Report)\s+of\s+(?:a\s+|an\s+|the\s+)?/i;
const CONVERSATION = /^(?:Telephone\s+)?Conversations?\b/i;
/** A heading that names a meeting, not a kind of document (`Truman–Stalin Meeting`, `Tripartite Dinner Meeting`, `Second Plenary Session`). */
const NAMES_AN_EVENT = /\b(?:Meeting|Luncheon|Dinner|Session)$/;
const LEADING_ARTICLE = /^(?:the|an?)\s+/i;
/** ", by the Under Secretary of State (Welles)" after "Memorandum of Conversation". */
const COMMA_BY = /,\s+by\s+/i;

/** Drops a leading article: "the Embassy in the Soviet Union" → "Embassy in the Soviet Union". */
function stripArticle(text: string): string {
  return text.replace(LEADING_ARTICLE, '').trim();
}

/** Titles that take "to" as part of the name: "Special Assistant to the President", "Mission to the United Nations". */
const TAKES_TO = /\b(?:Assistant|Adviser|Advisor|Counselor|Mission|Delegation|Representative|Ambassador|Envoy|Emissary|Observer|Liaison|Deputy|Secretary)$/;

/**
 * The " to " that separates sender and recipient: the first one outside parentheses that does
 * not belong to a title such as "Special Assistant to the President"; else the last one.
 */
function lastTo(text: string): { index: number; length: number } | null {
  let last: { index: number; length: number } | null = null;
  TO.lastIndex = 0;
  for (let match = TO.exec(text); match; match = TO.exec(text)) {
    const before = text.slice(0, match.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth !== 0) continue;
    last = { index: match.index, length: match[0].length };
    if (!TAKES_TO.test(before)) return last;
  }
  return last;
}

/** The heading without its printed number: `4. Telegram From …` → `Telegram From …`. */
export function headingWithoutNumber(heading: string): string {
  return heading.replace(NUMBER_PREFIX, '');
}

/** Reads a heading (with or without its number, `4. Telegram From …`). */
export function readHeading(heading: string): HeadingParts {
  const text = headingWithoutNumber(heading).replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (!text) return { genre: null, sender: null, recipient: null };

  const from = FROM.exec(text);
  if (from) {
    const genre = text.slice(0, from.index).trim();
    const rest = text.slice(from.index + from[0].length);
    const to = lastTo(rest);
    return {
      genre: genre ? genre.toLowerCase() : null,
      sender: stripArticle(to ? rest.slice(0, to.index) : rest) || null,
      recipient: to ? stripArticle(rest.slice(to.index + to.length)) || null : null,
    };
  }
  const ofGenre = GENRES_WITH_OF.exec(text);
  if (ofGenre) {
    // "Memorandum of Conversation" is a genre; "Summary Record of the 517th Meeting …" a record of an event.
    const object = CONVERSATION.exec(text.slice(ofGenre[0].length));
    const genre = object ? `${ofGenre[1]} of ${object[0]}` : ofGenre[1]!;
    const by = COMMA_BY.exec(text);
    return { genre: genre.toLowerCase(), sender: by ? stripArticle(text.slice(by.index + by[0].length)) : null, recipient: null };
  }
  const by = BY.exec(text);
  if (by) {
    const genre = text.slice(0, by.index).trim();
    const author = text.slice(by.index + by[0].length);
    const to = lastTo(author);
    return {
      genre: genre.toLowerCase() || null,
      sender: stripArticle(to ? author.slice(0, to.index) : author) || null,
      recipient: to ? stripArticle(author.slice(to.index + to.length)) || null : null,
    };
  }
  const to = lastTo(text);
  if (to) {
    // "Letter to Chairman Khrushchev" names a genre and a recipient; "The Secretary of State to
    // President Wilson" (older volumes) names sender and recipient and leaves the genre to the note.
    const before = text.slice(0, to.index);
    const recipient = stripArticle(text.slice(to.index + to.length));
    if (findDocumentForm(before)) return { genre: before.toLowerCase(), sender: null, recipient };
    return { genre: null, sender: stripArticle(before), recipient };
  }
  // `Truman–Stalin Meeting` (the conference volumes) names the event the record is of, with its people: no genre.
  if (NAMES_AN_EVENT.test(text)) return { genre: null, sender: null, recipient: null };
  return { genre: text.toLowerCase(), sender: null, recipient: null };
}
