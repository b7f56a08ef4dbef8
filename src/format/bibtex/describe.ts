/**
 * What an entry says about a document, as plain text or TeX: its title (descriptive, "Sender to
 * Recipient" or dated), where FRUS printed it and the source note's archival locations.
 *
 * @module
 */
import { dateParts } from '../date.js';
import type { FrusDocument } from '../../document/model.js';
import type { Location } from '../../model/provenance.js';
import { chicagoDate } from '../chicago.js';
import { archivalLocations, genreOf, seriesTitle, type CslItem } from '../csl.js';
import { escapeLatex } from './escape.js';

/** `telegram` → `Telegram`: the first character upper-cased. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `1961-01-21T18:34:00-05:00` → `1961-01-21` (or `1961-01`, `1961`); null when not a date. */
export function isoDate(iso: string | null): string | null {
  const date = dateParts(iso);
  return date ? [date.year, date.month, date.day].filter(Boolean).join('-') : null;
}

/** The title of a document in a bibliography: `Telegram to Embassy in the Soviet Union`, or the heading. */
export function descriptiveTitle(document: FrusDocument): string {
  const { sender, recipient, heading } = document;
  const genre = genreOf(document);
  if (sender && recipient) return genre ? `${capitalise(genre)} to ${recipient}` : `To ${recipient}`;
  return heading.trim() || (genre ? capitalise(genre) : 'Untitled document');
}

/** CMOS 14.111 / biblatex-chicago title: `Department of State to Embassy in the Soviet Union`, or the heading. */
export function correspondentsTitle(document: FrusDocument): string {
  const { sender, recipient } = document;
  if (sender && recipient) return `${sender} to ${recipient}`;
  return descriptiveTitle(document);
}

/** The genre as `titleaddon` after a "Sender to Recipient" title (biblatex-chicago), TeX; null otherwise. */
export function correspondentsGenre(document: FrusDocument): string | null {
  const genre = genreOf(document);
  return document.sender && document.recipient && genre ? escapeLatex(genre) : null;
}

/** The title with the date of the document, for plain BibTeX, which has no field for it. */
export function datedTitle(document: FrusDocument): string {
  const date = chicagoDate(document.date);
  return date ? `${descriptiveTitle(document)}, ${date}` : descriptiveTitle(document);
}

/** Whether the document's volume belongs to the FRUS series (as in the Chicago formatter). */
export function inFrus(document: FrusDocument): boolean {
  return document.volume.id !== null || document.volume.subseries !== null;
}

/** A location for a note: as FRUS wrote it, or, for `ibid.`, as resolved. */
function locationAsWritten(location: Location, archival: CslItem | undefined): string {
  if (!location.ibid && location.text.trim()) return location.text.trim();
  return archivalString(archival) ?? location.text.trim();
}

/** The sentences of the published entry about the source text: `Source: …`, `Another copy: …`. */
export function sourceSentences(document: FrusDocument, archival: readonly CslItem[]): string[] {
  const record = document.provenance;
  if (!record) return [];
  const out: string[] = [];
  const locations = archivalLocations(document);
  const primary = locations.find((l) => l.role === 'original');
  if (primary) out.push(`Source: ${locationAsWritten(primary.location, archival[0])}`);
  else if (record.primaryPublication) out.push(`Source: ${record.primaryPublication.text.trim()}`);
  const copies = locations
    .map((l, i) => ({ ...l, item: archival[i] }))
    .filter((l) => l.role === 'copy')
    .map((l) => locationAsWritten(l.location, l.item));
  if (copies.length === 1) out.push(`Another copy: ${copies[0]}`);
  else if (copies.length > 1) out.push(`Other copies: ${copies.join('; ')}`);
  return out;
}

/** The archival location as a citation prints it: `711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD`. */
export function archivalString(item: CslItem | undefined): string | null {
  if (!item) return null;
  const parts = [item.archive_location, item.archive_collection, item.archive, item['archive-place']].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}

/** `Printed in Foreign Relations of the United States, 1961–1963, vol. 6, doc. 4` (TeX). */
export function printedIn(document: FrusDocument): string | null {
  if (!inFrus(document)) return null;
  const { volumeNumber, part } = document.volume;
  const parts = [escapeLatex(seriesTitle(document.volume))];
  if (volumeNumber) parts.push(`vol.~${escapeLatex(volumeNumber)}${part ? `, pt.~${escapeLatex(part)}` : ''}`);
  if (document.number) parts.push(`doc.~${escapeLatex(document.number)}`);
  return `Printed in ${parts.join(', ')}`;
}

/** `doc.~4`, or null. */
export function docLocator(document: FrusDocument): string | null {
  return document.number ? `doc.~${escapeLatex(document.number)}` : null;
}
