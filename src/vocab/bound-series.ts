/**
 * The bound series of the Department of State's correspondence before the Numerical File of
 * 1906, cited by their name and volume (`Instructions, Great Britain, vol. 18`, `Despatches,
 * Mexico, vol. 105`, `Notes from the British Legation, vol. 12`). Notes of the nineteenth-century
 * volumes and of later retrospective ones name them without a repository.
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A bound series of the Department's correspondence. */
export interface BoundSeries extends VocabEntry {
  /** The series as the National Archives names it (RG 59). */
  readonly label: string;
}

/** The bound-series table. Aliases are the names as notes open them; a prefix ends at a word (`Notes from` in `Notes from the British Legation`). */
export const BOUND_SERIES = [
  { id: 'diplomatic-instructions', label: 'Diplomatic Instructions of the Department of State', aliases: ['Instructions', 'Diplomatic Instructions', 'Instructions to'] },
  { id: 'diplomatic-despatches', label: 'Despatches from United States Ministers', aliases: ['Despatches', 'Dispatches', 'Diplomatic Despatches', 'Despatches from', 'Dispatches from'] },
  { id: 'consular-instructions', label: 'Consular Instructions of the Department of State', aliases: ['Consular Instructions'] },
  { id: 'consular-despatches', label: 'Despatches from United States Consuls', aliases: ['Consular Despatches', 'Consular Dispatches', 'Consular Letters'] },
  { id: 'notes-from-legations', label: 'Notes from Foreign Legations', aliases: ['Notes from'] },
  { id: 'notes-to-legations', label: 'Notes to Foreign Legations', aliases: ['Notes to'] },
  { id: 'domestic-letters', label: 'Domestic Letters of the Department of State', aliases: ['Domestic Letters'] },
  { id: 'miscellaneous-letters', label: 'Miscellaneous Letters of the Department of State', aliases: ['Miscellaneous Letters'] },
  { id: 'report-books', label: 'Report Books of the Department of State', aliases: ['Report Book', 'Report Books'] },
  { id: 'credences', label: 'Credences', aliases: ['Credences'] },
  { id: 'special-missions', label: 'Special Missions', aliases: ['Special Missions'] },
  { id: 'special-agents', label: 'Communications from Special Agents', aliases: ['Communications from Special Agents', 'Special Agents'] },
] as const satisfies readonly BoundSeries[];

const index = indexAliases<BoundSeries>(BOUND_SERIES);

/** The bound series whose alias is the longest prefix of `text` at a word boundary, if any. */
export function matchBoundSeriesPrefix(text: string): { entry: BoundSeries; length: number } | undefined {
  return index.prefix(text);
}
