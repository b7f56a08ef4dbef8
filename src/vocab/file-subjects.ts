/**
 * Primary subject codes of the Department of State's Subject-Numeric File (1963–1973),
 * used to recognise file designations such as `POL 27 VIET S` or `INCO-WHEAT 17 USSR-US`.
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A subject-numeric primary subject. */
export interface FileSubject extends VocabEntry {
  readonly label: string;
}

/** The subject-code table. */
export const FILE_SUBJECTS = [
  { id: 'pol', label: 'Political Affairs and Relations', aliases: ['POL'] },
  { id: 'def', label: 'Defense Affairs', aliases: ['DEF'] },
  { id: 'org', label: 'Organization and Administration', aliases: ['ORG'] },
  { id: 'econ', label: 'Economic Affairs', aliases: ['ECON', 'E'] },
  { id: 'fn', label: 'Financial and Monetary Affairs', aliases: ['FN'] },
  { id: 'ft', label: 'Foreign Trade', aliases: ['FT'] },
  { id: 'inco', label: 'Industries and Commodities', aliases: ['INCO'] },
  { id: 'aid', label: 'Foreign Aid', aliases: ['AID'] },
  { id: 'csm', label: 'Communism', aliases: ['CSM'] },
  { id: 'cult', label: 'Cultural Affairs', aliases: ['CULT'] },
  { id: 'edx', label: 'Educational and Cultural Exchange', aliases: ['EDX'] },
  { id: 'pet', label: 'Petroleum', aliases: ['PET'] },
  { id: 'soc', label: 'Social Conditions', aliases: ['SOC'] },
  { id: 'tel', label: 'Telecommunications', aliases: ['TEL'] },
  { id: 'av', label: 'Aviation', aliases: ['AV'] },
  { id: 'sci', label: 'Science', aliases: ['SCI'] },
  { id: 'ae', label: 'Atomic Energy', aliases: ['AE'] },
  { id: 'ppb', label: 'Public Affairs, Press and Publications', aliases: ['PPB'] },
  { id: 'cr', label: 'Cryptographic', aliases: ['CR'] },
  { id: 'pr', label: 'Protocol', aliases: ['PR'] },
  { id: 'hs', label: 'Health and Safety', aliases: ['HS'] },
  { id: 'lab', label: 'Labor', aliases: ['LAB'] },
  { id: 'pow', label: 'Prisoners of War', aliases: ['POW'] },
  { id: 'ref', label: 'Refugees', aliases: ['REF'] },
  { id: 'psa', label: 'Protection and Security', aliases: ['PS'] },
  { id: 'cons', label: 'Consular Affairs', aliases: ['CON'] },
  { id: 'legal', label: 'Legal Affairs', aliases: ['LEG'] },
  { id: 'per', label: 'Personnel', aliases: ['PER'] },
  { id: 'bud', label: 'Budget and Fiscal', aliases: ['BUD', 'BF'] },
  { id: 'agr', label: 'Agriculture', aliases: ['AGR'] },
  { id: 'trv', label: 'Travel', aliases: ['TRV'] },
  { id: 'sp', label: 'Space', aliases: ['SP'] },
  { id: 'int', label: 'Intelligence', aliases: ['INT'] },
  { id: 'istr', label: 'Interstate Transportation', aliases: ['STR'] },
] as const satisfies readonly FileSubject[];

const index = indexAliases<FileSubject>(FILE_SUBJECTS);

/** The subject written as `code` (`POL`, `Def`, `INCO`), if it is a known primary subject. */
export function findFileSubject(code: string): FileSubject | undefined {
  return index.get(code);
}
