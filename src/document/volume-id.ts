/**
 * What an Office of the Historian volume id (`frus1961-63v06`) says of its volume: the years of
 * the subseries, the volume number and the part. A note read from a `.jsonl` line or a document
 * list knows its volume by this id alone, and its citation needs the years and the number.
 *
 * @module
 */
import { findSpecialVolume } from '../vocab/special-volumes.js';
import type { FrusVolume } from './model.js';

/**
 * `frus` + the first year + perhaps `-` and the last year's two digits + perhaps `v` (`ve` for
 * the electronic-only volumes) and the number + perhaps `p` and the part.
 */
const VOLUME_ID = /^frus(\d{4})(?:-(\d{2}))?(?:v(e?)(\d{1,3}))?(?:p(\d{1,2}))?$/;
/**
 * The id of a volume outside the numbered run of its years: the years, a word (`Berlin`,
 * `CairoTehran`, `Supp`, `Russiav` before its number), perhaps the word's number (`Supp02`), then
 * as VOLUME_ID perhaps the volume and the part (`frus1945Berlinv02`, `frus1917Supp02v01`,
 * `frus1918Russiav01`, `frus1894app1`).
 */
const SPECIAL_VOLUME_ID = /^frus(\d{4})(?:-(\d{2}))?([A-Za-z]+)(\d{1,2})?(?:v(\d{1,3}))?(?:p(\d{1,2}))?$/;

/**
 * The subseries years, volume number and part that a volume id encodes, for the fields it
 * encodes (the others are left out, so that metadata from elsewhere is not overwritten):
 * `frus1961-63v06` → `{ subseries: '1961–1963', volumeNumber: '6' }`; `frus1948v05p1` →
 * `{ subseries: '1948', volumeNumber: '5', part: '1' }`; `frus1969-76ve14p1` → `{ subseries:
 * '1969–1976', volumeNumber: 'E–14', part: '1' }`. The id of a special volume of the table
 * `SPECIAL_VOLUMES` also gives its title: `frus1945Berlinv02` → `{ subseries: '1945',
 * volumeNumber: '2', title: 'The Conference of Berlin (The Potsdam Conference)' }`;
 * `frus1917Supp02v01` → `{ subseries: '1917', volumeNumber: '1', title: 'Supplement 2' }`. Any
 * other id gives `{}`: the years and number of an unknown special volume would name another
 * book (`frus1945Berlinv01` is not `1945, vol. 1`).
 */
export function volumeFromId(id: string | null | undefined): Partial<FrusVolume> {
  if (typeof id !== 'string') return {};
  const match = VOLUME_ID.exec(id);
  if (!match) return specialVolumeFromId(id);
  const [, first, lastDigits, electronic, number, part] = match;
  const volume: Partial<FrusVolume> = { subseries: subseriesOf(first!, lastDigits) };
  if (number !== undefined) volume.volumeNumber = `${electronic ? 'E–' : ''}${Number(number)}`;
  if (part !== undefined) volume.part = String(Number(part));
  return volume;
}

/** What the id of a special volume gives (see {@link volumeFromId}), or `{}`. */
function specialVolumeFromId(id: string): Partial<FrusVolume> {
  const match = SPECIAL_VOLUME_ID.exec(id);
  if (!match) return {};
  const [, first, lastDigits, written, wordNumber, number, part] = match;
  let word = written!;
  let volumeNumber = number;
  let title: string | undefined;
  // `Russiav01`: the letters take the `v` of the volume's number, which follows them.
  if (volumeNumber === undefined && wordNumber !== undefined && word.endsWith('v')) {
    word = word.slice(0, -1);
    volumeNumber = wordNumber;
  } else if (wordNumber !== undefined) {
    title = String(Number(wordNumber));
  }
  const subseries = subseriesOf(first!, lastDigits);
  const special = findSpecialVolume(word, subseries);
  if (!special) return {};
  const volume: Partial<FrusVolume> = { subseries, title: title === undefined ? special.title : `${special.title} ${title}` };
  if (volumeNumber !== undefined) volume.volumeNumber = String(Number(volumeNumber));
  if (part !== undefined) volume.part = String(Number(part));
  return volume;
}

/** The subseries years of an id: the first year, or the span to the last (`1961-63` → `1961–1963`). */
function subseriesOf(first: string, lastDigits: string | undefined): string {
  return lastDigits === undefined ? first : `${first}–${lastYear(first, lastDigits)}`;
}

/** The last year of a span written `1961-63`: the century of the first, or the next one (`1999-00`). */
function lastYear(first: string, lastDigits: string): string {
  const century = Math.floor(Number(first) / 100);
  const last = century * 100 + Number(lastDigits);
  return String(last < Number(first) ? last + 100 : last);
}
