/**
 * FRUS volumes outside the numbered run of their years, known by a word in their Office of the
 * Historian id (`frus1945Berlinv02`, `frus1943CairoTehran`, `frus1917Supp02v01`): the conference
 * volumes of the Second World War, the Paris Peace Conference, the supplements of the First, the
 * Russia and China volumes, and the retrospective volumes. Their titles, as the volumes print
 * them, tell them apart from the numbered volume of the same year and number (`1945, vol. 1` is
 * another book than `The Conference of Berlin, 1945, vol. 1`).
 *
 * @module
 */

/** A special volume (or a run of them) by the word of its id. */
export interface SpecialVolume {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The word of the Office of the Historian id, as written there: `Berlin` in `frus1945Berlinv02`. */
  readonly word: string;
  /** The volume title without its years: `The Conference of Berlin (The Potsdam Conference)`. A number after the word (`Supp02`) is added to it: `Supplement 2`. */
  readonly title: string;
  /** The years of the only subseries the word names this title in, when one word names volumes of different titles (`Intel`); else every year. */
  readonly subseries?: string;
}

/** The special-volume table. */
export const SPECIAL_VOLUMES = [
  { id: 'conference-of-berlin', word: 'Berlin', title: 'The Conference of Berlin (The Potsdam Conference)' },
  { id: 'conferences-at-malta-and-yalta', word: 'Malta', title: 'The Conferences at Malta and Yalta' },
  { id: 'conferences-at-cairo-and-tehran', word: 'CairoTehran', title: 'The Conferences at Cairo and Tehran' },
  { id: 'conference-at-quebec', word: 'Quebec', title: 'The Conference at Quebec' },
  { id: 'paris-peace-conference', word: 'Paris', title: 'The Paris Peace Conference' },
  { id: 'russia', word: 'Russia', title: 'Russia' },
  { id: 'china', word: 'China', title: 'China' },
  { id: 'supplement', word: 'Supp', title: 'Supplement' },
  { id: 'appendix', word: 'app', title: 'Appendix' },
  { id: 'public-diplomacy', word: 'PubDip', title: 'Public Diplomacy' },
  { id: 'guatemala', word: 'Guat', title: 'Guatemala' },
  { id: 'iran-1951-1954', word: 'Iran', title: 'Iran, 1951–1954' },
  { id: 'emergence-of-the-intelligence-establishment', word: 'Intel', subseries: '1945–1950', title: 'Emergence of the Intelligence Establishment' },
  { id: 'intelligence-community-1950-1955', word: 'Intel', subseries: '1950–1955', title: 'The Intelligence Community, 1950–1955' },
] as const satisfies readonly SpecialVolume[];

/** The special volume whose id has `word` in a volume of the years `subseries` (`1945`, `1950–1955`), if known. */
export function findSpecialVolume(word: string, subseries: string): SpecialVolume | undefined {
  let found: SpecialVolume | undefined;
  for (const entry of SPECIAL_VOLUMES as readonly SpecialVolume[]) {
    if (entry.word !== word) continue;
    if (entry.subseries === subseries) return entry;
    if (entry.subseries === undefined) found = entry;
  }
  return found;
}
