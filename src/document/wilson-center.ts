/**
 * Reads the "Citation:" block of a Wilson Center Digital Archive page into a
 * {@link FrusDocument}-shaped record.
 *
 * ```text
 * Citation:
 *
 * "Telegram from Soviet Ambassador to the US Dobrynin to the USSR Foreign Ministry", October 30, 1962,
 * Wilson Center Digital Archive, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow; copy
 * obtained by NHK (Japanese Television), provided to CWIHP, and on file at National Security Archive,
 * Washington, D.C.; translation by John Henriksen, Harvard University
 *
 * https://…/document/112633
 * ```
 *
 * The citation is `"Title", Date, Wilson Center Digital Archive, Archive; custody; translation by …`.
 * The part after the publisher is the item's source note: its first `;`-segment names the
 * archive (the primary location), the others the custody chain (a step "on file at X" is a
 * copy at X) and the translator.
 *
 * @module
 */
import { emptyLocation, emptyProvenanceRecord, type Clause, type Location, type ProvenanceRecord } from '../model/provenance.js';
import { matchRepositoryPrefix } from '../vocab/repositories.js';
import { splitLines, unwrap } from '../io/lines.js';
import { isoDateFromText } from './english-date.js';
import { readHeading } from './heading.js';
import { emptyVolume, type FrusDocument, type FrusFootnote, type FrusVolume } from './model.js';

/** The publisher named in every Wilson Center citation, before the archive. */
export const WILSON_CENTER_ARCHIVE = 'Wilson Center Digital Archive';

/** The Wilson Center Digital Archive described as a {@link FrusVolume}: the collection its items are published in. */
export function wilsonCenterVolume(): FrusVolume {
  return { ...emptyVolume(null), seriesTitle: WILSON_CENTER_ARCHIVE, publisher: 'Wilson Center' };
}

/** The page's section labels, alone on a line or followed by the section's text. */
const SECTION = /^\s*(Citation|Summary|Original Language|Contents|Credits|Keywords|Subjects|Record ID|Original Archive|Related Documents|Associated Places|Associated People & Organizations|Document Type|Collections|Rights|Other Languages)\s*:\s*(.*)$/;
const URL_PATTERN = /https?:\/\/[^\s<>"]+/;
/** The date right after the title: `October 30, 1962`, `30 October 1962`, `October 1962`, `1962`, with an optional `c.`. */
const LEADING_DATE = /^(?:(?:c\.|ca\.|circa)\s*)?(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|[A-Za-z]+\.?\s+\d{4}|\d{4})/;
const CIRCA = /^(?:c\.|ca\.|circa)\s*/;
/** `, Wilson Center Digital Archive, ` between the date and the archive. */
const PUBLISHER = /^,?\s*Wilson Center Digital Archive\s*(?:,\s*)?/i;
/** Between the custody steps: a comma (and `and`) before a lower-case word; `Washington, D.C.` is not split. */
const CUSTODY_BREAK = /,\s+(?:and\s+)?(?=[a-z])/g;
const LEADING_AND = /^and\s+/;
/** A custody step that says where a copy is kept. */
const COPY_AT = /^(?:(?:copy\s+)?(?:on file|held|kept|deposited|available)\s+(?:at|in|with)|copy\s+(?:at|in))\s+/i;
const TRANSLATION = /^(?:translation|translated)\s+by\s+/i;
/** A footnote as the page renders it: `- 1. For an English translation …`. */
const FOOTNOTE = /^\s*-\s+(\d+)\.\s+(\S.*)$/;

/** The sections of a page: label → lines (the text after the label on its line first, if any). */
function readSections(lines: readonly string[]): Map<string, { start: number; lines: string[] }> {
  const sections = new Map<string, { start: number; lines: string[] }>();
  let current: string[] | null = null;
  lines.forEach((line, index) => {
    const label = SECTION.exec(line);
    if (label) {
      current = label[2] ? [label[2]] : [];
      if (!sections.has(label[1]!)) sections.set(label[1]!, { start: index, lines: current });
      else current = [];
      return;
    }
    current?.push(line);
  });
  return sections;
}

/** The first paragraph of a section, unwrapped. */
function firstParagraph(lines: readonly string[]): string | null {
  const start = lines.findIndex((line) => line.trim() !== '');
  if (start < 0) return null;
  let end = start;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  return unwrap(lines.slice(start, end));
}

/** A location with only its text, repository and range. */
function location(text: string, start: number, repository: string | null, repositoryId: string | null): Location {
  return { ...emptyLocation(text, [start, start + text.length]), repository, repositoryId };
}


/** The repository a location text starts with, from the repository table (and the rest, e.g. the place); else the whole text, with no id. */
function repositoryOf(text: string): { repository: string; repositoryId: string | null; rest: string } {
  const hit = matchRepositoryPrefix(text);
  if (hit) {
    return {
      repository: text.slice(0, hit.length),
      repositoryId: hit.repository.id,
      rest: text.slice(hit.length).replace(/^,\s*/, ''),
    };
  }
  return { repository: text, repositoryId: null, rest: '' };
}

/** A piece of the note with its offset. */
interface Piece {
  text: string;
  start: number;
}

/** Splits `text` (which starts at `offset` in the note) at the matches of a global regex, trimming the pieces. */
function splitAt(text: string, offset: number, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const push = (end: number): void => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) pieces.push({ text: trimmed, start: offset + from + lead });
  };
  separator.lastIndex = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    push(m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  push(text.length);
  return pieces;
}

/** What the source-note part of a citation says. */
interface ArchiveFacts {
  provenance: ProvenanceRecord;
  archive: string | null;
  archivePlace: string | null;
  custody: string[];
  translator: string | null;
}

/** Reads the part of the citation after the publisher: archive; custody steps; translation by …. */
function readArchivePart(note: string, context: ProvenanceRecord['context']): ArchiveFacts {
  const record = emptyProvenanceRecord(note, context);
  const facts: ArchiveFacts = { provenance: record, archive: null, archivePlace: null, custody: [], translator: null };
  const clauses: Clause[] = [];
  splitAt(note, 0, /;/g).forEach((segment, index) => {
    const range: [number, number] = [segment.start, segment.start + segment.text.length];
    const translation = TRANSLATION.exec(segment.text);
    if (translation) {
      facts.translator = segment.text.slice(translation[0].length);
      record.remarks.push(segment.text);
      clauses.push({ kind: 'remark', range });
      return;
    }
    if (index === 0) {
      const { repository, repositoryId, rest } = repositoryOf(segment.text);
      facts.archive = segment.text;
      facts.archivePlace = rest || null;
      record.primary = location(segment.text, segment.start, repository, repositoryId);
      clauses.push({ kind: 'citation', range });
      return;
    }
    for (const step of splitAt(segment.text, segment.start, CUSTODY_BREAK)) {
      const text = step.text.replace(LEADING_AND, '');
      const start = step.start + (step.text.length - text.length);
      // The clause keeps a leading "and"; the custody step and the copy's location drop it.
      const stepRange: [number, number] = [step.start, step.start + step.text.length];
      facts.custody.push(text);
      const copyAt = COPY_AT.exec(text);
      if (copyAt) {
        const where = text.slice(copyAt[0].length);
        const { repository, repositoryId } = repositoryOf(where);
        record.copies.push(location(where, start + copyAt[0].length, repository, repositoryId));
        clauses.push({ kind: 'copy', range: stepRange });
      } else {
        record.remarks.push(text);
        clauses.push({ kind: 'remark', range: stepRange });
      }
    }
  });
  record.clauses = clauses;
  return facts;
}

/** Drops a final period that ends a word (`University.`), not one that ends an abbreviation (`D.C.`). */
function dropFinalPeriod(text: string): string {
  return /[a-z)\]]\.$/.test(text) ? text.slice(0, -1) : text;
}

/** A Wilson Center title in FRUS capitalisation for {@link readHeading}: `Telegram from X` → `Telegram From X`. */
function headingCase(title: string): string {
  return /\sFrom\s/.test(title) ? title : title.replace(/\sfrom\s/, ' From ');
}

/** Splits `"Title", rest` (straight or curly quotes); the title ends at the last closing quote followed by a comma. */
function splitTitle(citation: string): { title: string; rest: string } | null {
  const open = citation.trimStart()[0];
  if (open !== '"' && open !== '“') return null;
  const body = citation.trimStart().slice(1);
  let close = -1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if ((ch === '"' || ch === '”') && /^\s*,|^\s*$/.test(body.slice(i + 1, i + 3))) {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  return { title: body.slice(0, close).replace(/,$/, '').trim(), rest: body.slice(close + 1).replace(/^\s*,\s*/, '') };
}

/**
 * Reads a Wilson Center Digital Archive page (or just its "Citation:" block) into a
 * {@link FrusDocument}-shaped record, or null when the text has no "Citation:" block with a
 * quoted title.
 *
 * - `heading`: the quoted title; `sender`/`recipient`/`genre` from {@link readHeading} (the
 *   site's lower-case "from" is read as FRUS's "From").
 * - `date`: ISO, of the precision written (`October 30, 1962` → `1962-10-30`); the date as
 *   written goes to `extra.dateText` when it is a circa date or cannot be made ISO.
 * - `sourceNote`: the citation after "Wilson Center Digital Archive, ", and `provenance` a
 *   record of it built here (the parser does not read this form): `primary` is the archive
 *   (repository from the repository table, e.g. `russian-mfa`), `copies` the custody steps
 *   "on file at X" (e.g. `nsarchive`), `remarks` the other custody steps and the translation.
 * - `extra`: `publisher`, `archive` (the first segment, place included), `archivePlace`,
 *   `custody` (the steps joined with `; `), `translator`, `originalLanguage`, when present.
 * - `volume`: {@link wilsonCenterVolume}; `number` null; `url` the first URL of the block.
 * - `footnotes`: the page's `- 1. …` lines after "Contents:".
 */
export function readWilsonCenterCitation(text: string): FrusDocument | null {
  const lines = splitLines(text);
  const sections = readSections(lines);
  const block = sections.get('Citation');
  if (!block) return null;
  const citation = firstParagraph(block.lines);
  const parts = citation ? splitTitle(citation) : null;
  if (!parts) return null;

  const extra: Record<string, string> = { publisher: WILSON_CENTER_ARCHIVE };
  let rest = parts.rest;
  let date: string | null = null;
  const dateMatch = LEADING_DATE.exec(rest);
  if (dateMatch) {
    const written = dateMatch[0];
    date = CIRCA.test(written) ? null : isoDateFromText(written);
    if (date === null) extra.dateText = written;
    rest = rest.slice(written.length);
  }
  rest = rest.replace(PUBLISHER, '').replace(/^,\s*/, '');
  const note = dropFinalPeriod(rest.trim());

  const heading = parts.title;
  const context: ProvenanceRecord['context'] = date === null ? { head: heading } : { head: heading, date };
  const facts = readArchivePart(note, context);
  if (facts.archive) extra.archive = facts.archive;
  if (facts.archivePlace) extra.archivePlace = facts.archivePlace;
  if (facts.custody.length > 0) extra.custody = facts.custody.join('; ');
  if (facts.translator) extra.translator = facts.translator;
  const language = sections.get('Original Language');
  const originalLanguage = language ? firstParagraph(language.lines) : null;
  if (originalLanguage) extra.originalLanguage = originalLanguage;

  const url = block.lines.map((line) => URL_PATTERN.exec(line)?.[0]).find((hit) => hit !== undefined) ?? null;

  const contents = sections.get('Contents');
  const footnotes: FrusFootnote[] = [];
  for (const line of lines.slice(contents ? contents.start + 1 : block.start + 1)) {
    const footnote = FOOTNOTE.exec(line);
    if (footnote) footnotes.push({ n: footnote[1]!, text: footnote[2]!.replace(/\s+/g, ' ').trim() });
  }

  const { genre, sender, recipient } = readHeading(headingCase(heading));
  return {
    volume: wilsonCenterVolume(),
    number: null,
    heading,
    sender,
    recipient,
    genre,
    date,
    dateline: null,
    place: null,
    sourceNote: note || null,
    provenance: note ? facts.provenance : null,
    footnotes,
    url,
    extra,
  };
}
