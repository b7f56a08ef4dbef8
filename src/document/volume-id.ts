/**
 * What an Office of the Historian volume id (`frus1961-63v06`) says of its volume: the years of
 * the subseries, the volume number and the part. A note read from a `.jsonl` line or a document
 * list knows its volume by this id alone, and its citation needs the years and the number.
 *
 * @module
 */
import type { FrusVolume } from './model.js';

/**
 * `frus` + the first year + perhaps `-` and the last year's two digits + perhaps `v` (`ve` for
 * the electronic-only volumes) and the number + perhaps `p` and the part. Ids with a word in them
 * (`frus1945Berlinv02`, `frus1943CairoTehran`, `frus1918Russiav01`, `frus1894app1`) name volumes
 * outside the numbered run of their years, and do not match.
 */
const VOLUME_ID = /^frus(\d{4})(?:-(\d{2}))?(?:v(e?)(\d{1,3}))?(?:p(\d{1,2}))?$/;

/**
 * The subseries years, volume number and part that a volume id encodes, for the fields it
 * encodes (the others are left out, so that metadata from elsewhere is not overwritten):
 * `frus1961-63v06` → `{ subseries: '1961–1963', volumeNumber: '6' }`; `frus1948v05p1` →
 * `{ subseries: '1948', volumeNumber: '5', part: '1' }`; `frus1969-76ve14p1` → `{ subseries:
 * '1969–1976', volumeNumber: 'E–14', part: '1' }`. An id of another shape gives `{}`.
 */
export function volumeFromId(id: string | null | undefined): Partial<FrusVolume> {
  const match = typeof id === 'string' ? VOLUME_ID.exec(id) : null;
  if (!match) return {};
  const [, first, lastDigits, electronic, number, part] = match;
  const volume: Partial<FrusVolume> = { subseries: lastDigits === undefined ? first! : `${first}–${lastYear(first!, lastDigits)}` };
  if (number !== undefined) volume.volumeNumber = `${electronic ? 'E–' : ''}${Number(number)}`;
  if (part !== undefined) volume.part = String(Number(part));
  return volume;
}

/** The last year of a span written `1961-63`: the century of the first, or the next one (`1999-00`). */
function lastYear(first: string, lastDigits: string): string {
  const century = Math.floor(Number(first) / 100);
  const last = century * 100 + Number(lastDigits);
  return String(last < Number(first) ? last + 100 : last);
}
