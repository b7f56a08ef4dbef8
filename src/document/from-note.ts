/**
 * A FRUS document from a single source note and whatever context came with it (a `.jsonl`
 * line's `volume`, `doc`, `head`, `date`, `dateline`), so that any note can be cited.
 *
 * @module
 */
import type { NoteContext } from '../model/provenance.js';
import { parseSourceNote } from '../parse/source-note.js';
import { headingWithoutNumber, readHeading } from './heading.js';
import { emptyVolume, historyStateGovUrl, type FrusDocument, type FrusVolume } from './model.js';
import { volumeFromId } from './volume-id.js';

/** `d4` → `4`; `4` → `4`; anything else → null. */
function documentNumber(doc: unknown): string | null {
  if (typeof doc !== 'string' && typeof doc !== 'number') return null;
  const match = /^d?(\d+[a-z]?)$/.exec(String(doc));
  return match ? match[1]! : null;
}

/** `Washington, January 21, 1961, 6:34 p.m.` → `Washington`; `[Washington,] March 7, 1934.` → `Washington`. */
export function datelinePlace(dateline: string | null | undefined): string | null {
  if (!dateline) return null;
  const first = dateline.replace(/^\[/, '').split(',')[0]!.replace(/[[\]]/g, '').trim();
  if (!first || /\d/.test(first) || /^(?:undated|no date)$/i.test(first)) return null;
  return first;
}

/**
 * Builds the document a note belongs to. The volume is known by its id (whose years, number and
 * part are read from it: `frus1961-63v06`) unless `volume` gives more; the heading, when
 * present, gives sender, recipient and genre.
 */
export function documentFromNote(text: string, context: NoteContext = {}, volume?: Partial<FrusVolume>): FrusDocument {
  const volumeId = typeof context.volume === 'string' ? context.volume : null;
  const resolved: FrusVolume = { ...emptyVolume(volumeId), ...volumeFromId(volume?.id ?? volumeId), ...volume };
  const number = documentNumber(context.doc) ?? documentNumber(context.n);
  const heading = typeof context.head === 'string' ? headingWithoutNumber(context.head) : '';
  const dateline = typeof context.dateline === 'string' ? context.dateline : null;
  return {
    volume: resolved,
    number,
    heading,
    ...readHeading(heading),
    date: typeof context.date === 'string' ? context.date : null,
    dateline,
    place: datelinePlace(dateline),
    sourceNote: text,
    provenance: parseSourceNote(text, { context }),
    footnotes: [],
    url: resolved.id && number ? historyStateGovUrl(resolved.id, number) : null,
    extra: {},
  };
}
