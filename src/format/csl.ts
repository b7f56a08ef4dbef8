/**
 * CSL-JSON for a FRUS document: one item for the document as published in FRUS, and one for
 * each archival location its source note gives (the original and every copy). The published
 * item is `personal_communication` when the heading names sender and recipient, so that
 * "sender to recipient" survives in Chicago styles; FRUS-only data goes under `custom`;
 * facts the note did not print are listed in `custom.inferred`.
 *
 * @module
 */
import type { FrusDocument, FrusVolume } from '../document/model.js';
import type { Location } from '../model/provenance.js';
import { dateParts } from './date.js';
import { describeDocumentLocation, type DescribeOptions } from './archival.js';

/** A CSL name: a literal (institution, office) or family/given. */
export type CslName = { literal: string } | { family: string; given?: string };

/** A CSL date. */
export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** The CSL-JSON variables this library writes (a subset of CSL 1.0.2), plus `custom`. */
export interface CslItem {
  id: string;
  type: 'personal_communication' | 'manuscript' | 'book' | 'article-newspaper' | 'webpage';
  title?: string;
  author?: CslName[];
  recipient?: CslName[];
  editor?: CslName[];
  genre?: string;
  'event-date'?: CslDate;
  'event-place'?: string;
  issued?: CslDate;
  'container-title'?: string;
  volume?: string;
  'volume-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  URL?: string;
  archive?: string;
  'archive-place'?: string;
  archive_collection?: string;
  archive_location?: string;
  note?: string;
  custom?: Record<string, unknown>;
}

/** Options of the CSL converters. */
export interface CslOptions extends DescribeOptions {}

/** `1961-01-21T18:34:00-05:00` → `[[1961, 1, 21]]`; null when not a date. */
export function cslDate(iso: string | null): CslDate | undefined {
  const date = dateParts(iso);
  if (!date) return undefined;
  const parts: [number, number?, number?] = [Number(date.year)];
  if (date.month) parts.push(Number(date.month));
  if (date.day) parts.push(Number(date.day));
  return { 'date-parts': [parts] };
}

/** `Charles S. Sampson` → `{family: 'Sampson', given: 'Charles S.'}` (last word is the family name). */
export function personName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  const suffix = words.length > 2 && /^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(words[words.length - 1]!) ? words.pop() : undefined;
  const family = words.pop() ?? name;
  return words.length ? { family, given: words.join(' ') + (suffix ? `, ${suffix}` : '') } : { family };
}

/** The container title of a FRUS volume: `Foreign Relations of the United States, 1961–1963`. */
export function seriesTitle(volume: FrusVolume): string {
  return volume.subseries ? `${volume.seriesTitle}, ${volume.subseries}` : volume.seriesTitle;
}

/** A short, stable hash of `text` (FNV-1a, hex), for ids of items that have no natural one. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The CSL id of the published document: `frus1961-63v06/d4`; else its URL; else a slug of its
 * heading and date with a hash of the note (ids must be citable keys: no spaces).
 */
export function documentId(document: FrusDocument): string {
  if (document.volume.id && document.number) return `${document.volume.id}/d${document.number}`;
  if (document.url) return document.url;
  const slug = `${document.heading} ${document.date ?? ''}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  return `${slug || 'frus-source-note'}-${hash(`${document.heading}|${document.date ?? ''}|${document.sourceNote ?? ''}`)}`;
}

/** The document's genre: from its heading, else the form its source note states (`: Telegram`). */
export function genreOf(document: FrusDocument): string | null {
  return document.genre ?? document.provenance?.form?.toLowerCase() ?? null;
}

/** What the heading and source note say about the document, kept under `custom.frus`. */
function frusFacts(document: FrusDocument): Record<string, unknown> {
  const record = document.provenance;
  const facts: Record<string, unknown> = { heading: document.heading };
  if (document.volume.id) facts.volumeId = document.volume.id;
  if (document.number) facts.documentNumber = document.number;
  if (document.sourceNote) facts.sourceNote = document.sourceNote;
  if (record?.classification) facts.classification = record.classification.text;
  if (record?.handling.length) facts.handling = record.handling;
  if (record?.drafters.length) facts.drafters = record.drafters.map((p) => p.name);
  if (record?.printed.length) facts.alsoPrintedIn = record.printed.map((p) => p.text);
  return facts;
}

/** Author, recipient and genre (or title) of a document, shared by both forms. */
function correspondents(document: FrusDocument): Pick<CslItem, 'type' | 'author' | 'recipient' | 'genre' | 'title'> {
  const genre = genreOf(document);
  if (document.sender && document.recipient) {
    return {
      type: 'personal_communication',
      author: [{ literal: document.sender }],
      recipient: [{ literal: document.recipient }],
      ...(genre ? { genre } : {}),
    };
  }
  return {
    type: 'manuscript',
    ...(document.heading ? { title: document.heading } : {}),
    ...(document.sender ? { author: [{ literal: document.sender }] } : {}),
    ...(genre ? { genre } : {}),
  };
}

/** CSL-JSON for the document as published in FRUS. */
export function toCslPublished(document: FrusDocument): CslItem {
  const { volume } = document;
  const item: CslItem = { id: documentId(document), ...correspondents(document) };
  const eventDate = cslDate(document.date);
  if (eventDate) item['event-date'] = eventDate;
  if (document.place) item['event-place'] = document.place;
  item['container-title'] = seriesTitle(volume);
  if (volume.volumeNumber) item.volume = volume.volumeNumber;
  if (volume.title) item['volume-title'] = volume.title;
  if (volume.editors.length) item.editor = volume.editors.map(personName);
  if (volume.publisher) item.publisher = volume.publisher;
  if (volume.place) item['publisher-place'] = volume.place;
  const issued = cslDate(volume.year);
  if (issued) item.issued = issued;
  if (document.url) item.URL = document.url;
  item.custom = frusFacts(document);
  return item;
}

/** The archival locations of a document: the original first, then each copy. */
export function archivalLocations(document: FrusDocument): { role: 'original' | 'copy'; location: Location }[] {
  const record = document.provenance;
  if (!record) return [];
  return [
    ...(record.primary ? [{ role: 'original' as const, location: record.primary }] : []),
    ...record.copies.map((location) => ({ role: 'copy' as const, location })),
  ];
}

/** CSL-JSON for the document as held at `location` (the original or a copy). */
export function toCslArchival(document: FrusDocument, location: Location, role: 'original' | 'copy', index = 0, options: CslOptions = {}): CslItem {
  const described = describeDocumentLocation(document, location, options);
  const item: CslItem = { id: `${documentId(document)}/${role === 'original' ? 'original' : `copy-${index + 1}`}`, ...correspondents(document) };
  const issued = cslDate(document.date);
  if (issued) item.issued = issued;
  if (described.location) item.archive_location = described.location;
  if (described.collection) item.archive_collection = described.collection;
  if (described.archive) item.archive = described.archive;
  if (described.place) item['archive-place'] = described.place;
  item.custom = { ...frusFacts(document), role, locationAsWritten: location.text, inferred: described.inferred, publishedIn: documentId(document) };
  return item;
}

/** Every CSL item of a document: the published form, then the original and each copy. */
export function toCsl(document: FrusDocument, options: CslOptions = {}): CslItem[] {
  return [toCslPublished(document), ...toCslArchivalItems(document, options)];
}

/** The CSL items of the archival original and of each copy (`…/original`, `…/copy-1`, …). */
export function toCslArchivalItems(document: FrusDocument, options: CslOptions = {}): CslItem[] {
  let copies = 0;
  return archivalLocations(document).map(({ role, location }) =>
    toCslArchival(document, location, role, role === 'copy' ? copies++ : 0, options),
  );
}
