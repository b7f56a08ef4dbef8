/**
 * The states of the places of REPOSITORIES (`Carlisle Barracks, PA`), as notes write them after
 * a repository's town: the postal code, with or without points, an older abbreviation, or the
 * name in full (`U.S. Army Military History Institute, Carlisle Barracks, Pennsylvania`).
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A state of the union, by its postal code. */
export interface StateEntry extends VocabEntry {
  /** The postal code, as the repository table's places write it (`PA`). */
  readonly code: string;
}

/** The states where a repository of the table is. Ids are the postal codes in lower case. */
export const US_STATES = [
  { id: 'ar', code: 'AR', aliases: ['AR', 'Ark.', 'Arkansas'] },
  { id: 'ca', code: 'CA', aliases: ['CA', 'Calif.', 'Cal.', 'California'] },
  { id: 'ct', code: 'CT', aliases: ['CT', 'Conn.', 'Connecticut'] },
  { id: 'dc', code: 'DC', aliases: ['DC', 'D.C.', 'District of Columbia'] },
  { id: 'ia', code: 'IA', aliases: ['IA', 'Ia.', 'Iowa'] },
  { id: 'ks', code: 'KS', aliases: ['KS', 'Kans.', 'Kan.', 'Kansas'] },
  { id: 'ma', code: 'MA', aliases: ['MA', 'Mass.', 'Massachusetts'] },
  { id: 'md', code: 'MD', aliases: ['MD', 'Md.', 'Maryland'] },
  { id: 'mi', code: 'MI', aliases: ['MI', 'Mich.', 'Michigan'] },
  { id: 'mn', code: 'MN', aliases: ['MN', 'Minn.', 'Minnesota'] },
  { id: 'mo', code: 'MO', aliases: ['MO', 'Mo.', 'Missouri'] },
  { id: 'nj', code: 'NJ', aliases: ['NJ', 'N.J.', 'New Jersey'] },
  { id: 'ny', code: 'NY', aliases: ['NY', 'N.Y.', 'New York'] },
  { id: 'pa', code: 'PA', aliases: ['PA', 'Pa.', 'Penn.', 'Penna.', 'Pennsylvania'] },
  { id: 'ri', code: 'RI', aliases: ['RI', 'R.I.', 'Rhode Island'] },
  { id: 'tx', code: 'TX', aliases: ['TX', 'Tex.', 'Texas'] },
  { id: 'va', code: 'VA', aliases: ['VA', 'Va.', 'Virginia'] },
] as const satisfies readonly StateEntry[];

const index = indexAliases<StateEntry>(US_STATES);

/** The state written as `name` (any alias, folded), if the table knows it. */
export function findState(name: string): StateEntry | undefined {
  return index.get(name);
}
