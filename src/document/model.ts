/**
 * The FRUS document model: a volume of the series and a document in it, with its heading read
 * into sender, recipient and genre, and its source note parsed. Citations are made from this.
 *
 * @module
 */
import { z } from 'zod';
import { ProvenanceRecordSchema } from '../model/provenance.js';

/** A FRUS volume (or another collection a document was published in or is held by). */
export const FrusVolumeSchema = z.object({
  /** Office of the Historian id, e.g. `frus1961-63v06`; null for sources outside the series. */
  id: z.string().nullable(),
  /** Series title: `Foreign Relations of the United States`. */
  seriesTitle: z.string(),
  /** Subseries years as printed: `1961–1963`. */
  subseries: z.string().nullable(),
  /** Volume number in arabic numerals: `6` (from `Volume VI`). */
  volumeNumber: z.string().nullable(),
  /** Part, for volumes printed in parts: `1` (from `Part 1`). */
  part: z.string().nullable(),
  /** Volume title: `Kennedy-Khrushchev Exchanges`. */
  title: z.string().nullable(),
  /** Volume editors, as written (`Charles S. Sampson`). */
  editors: z.array(z.string()),
  /** General editor, as written. */
  generalEditor: z.string().nullable(),
  /** Publisher as on the title page: `Government Printing Office`. */
  publisher: z.string().nullable(),
  /** Place of publication: `Washington, DC`. */
  place: z.string().nullable(),
  /** Year of publication: `1996`. */
  year: z.string().nullable(),
});
/** A FRUS volume. */
export type FrusVolume = z.infer<typeof FrusVolumeSchema>;

/** What kind of thing a document is, lower-case as Chicago prints it: `telegram`, `memorandum of conversation`. */
export const DocumentGenreSchema = z.string();

/** A footnote of a document (other than its source note). */
export const FrusFootnoteSchema = z.object({
  /** Footnote number as printed. */
  n: z.string(),
  /** Footnote text, whitespace collapsed. */
  text: z.string(),
});
/** A footnote. */
export type FrusFootnote = z.infer<typeof FrusFootnoteSchema>;

/** One document printed in FRUS (or one archival item read from another site's citation block). */
export const FrusDocumentSchema = z.object({
  /** The volume the document is printed in. */
  volume: FrusVolumeSchema,
  /** Document number as printed: `4`; null for items outside the series. */
  number: z.string().nullable(),
  /** The editor-supplied heading: `Telegram From the Department of State to the Embassy in the Soviet Union`. */
  heading: z.string(),
  /** Who sent or wrote it, from the heading: `Department of State`. */
  sender: z.string().nullable(),
  /** To whom, from the heading: `Embassy in the Soviet Union`. */
  recipient: z.string().nullable(),
  /** The genre, from the heading: `telegram`, `letter`, `memorandum of conversation`, `editorial note`. */
  genre: z.string().nullable(),
  /** ISO date (or date-time) of the document: `1961-01-21`. */
  date: z.string().nullable(),
  /** Dateline as printed: `Washington, January 21, 1961, 6:34 p.m.` */
  dateline: z.string().nullable(),
  /** Place of writing from the dateline: `Washington`. */
  place: z.string().nullable(),
  /** The source note as printed, or null. */
  sourceNote: z.string().nullable(),
  /** The parsed source note, or null when there is none. */
  provenance: ProvenanceRecordSchema.nullable(),
  /** Footnotes other than the source note. */
  footnotes: z.array(FrusFootnoteSchema),
  /** The history.state.gov URL of the document (or the item's own URL). */
  url: z.string().nullable(),
  /** Extra facts from other sites' citation blocks (custody chain, translator, archive, …). */
  extra: z.record(z.string(), z.string()),
});
/** A FRUS document. */
export type FrusDocument = z.infer<typeof FrusDocumentSchema>;

/** The series title used when a volume does not name it. */
export const FRUS_SERIES_TITLE = 'Foreign Relations of the United States';

/** A volume with only an id and the series title: what a caller gets before metadata is known. */
export function emptyVolume(id: string | null = null): FrusVolume {
  return {
    id,
    seriesTitle: FRUS_SERIES_TITLE,
    subseries: null,
    volumeNumber: null,
    part: null,
    title: null,
    editors: [],
    generalEditor: null,
    publisher: null,
    place: null,
    year: null,
  };
}

/** The history.state.gov URL of document `number` of volume `volumeId`. */
export function historyStateGovUrl(volumeId: string, number: string): string {
  return `https://history.state.gov/historicaldocuments/${volumeId}/d${number}`;
}
