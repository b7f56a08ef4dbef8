/**
 * Department of State and interagency office symbols met in drafting and clearance lines
 * (`Drafted by Hartley (S/S-RO)`).
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** An office symbol. */
export interface OfficeSymbol extends VocabEntry {
  /** What the symbol stands for. */
  readonly label: string;
}

/** The office-symbol table. */
export const OFFICE_SYMBOLS = [
  { id: 's', label: 'Secretary of State', aliases: ['S'] },
  { id: 'd', label: 'Deputy Secretary of State', aliases: ['D'] },
  { id: 'u', label: 'Under Secretary of State', aliases: ['U'] },
  { id: 'g', label: 'Deputy Under Secretary for Political Affairs', aliases: ['G'] },
  { id: 'p', label: 'Bureau of Public Affairs / Under Secretary for Political Affairs', aliases: ['P'] },
  { id: 'm', label: 'Under Secretary for Management', aliases: ['M'] },
  { id: 'e', label: 'Under Secretary for Economic Affairs', aliases: ['E'] },
  { id: 't', label: 'Under Secretary for Security Assistance', aliases: ['T'] },
  { id: 'h', label: 'Bureau of Congressional Relations', aliases: ['H'] },
  { id: 'l', label: 'Office of the Legal Adviser', aliases: ['L'] },
  { id: 'l-eur', label: 'Legal Adviser, European Affairs', aliases: ['L/EUR'] },
  { id: 's-s', label: 'Executive Secretariat', aliases: ['S/S'] },
  { id: 's-s-ro', label: 'Executive Secretariat, Reports and Operations Staff', aliases: ['S/S-RO', 'S/S–RO'] },
  { id: 's-s-i', label: 'Executive Secretariat, Information Management', aliases: ['S/S-I', 'S/S–I'] },
  { id: 's-p', label: 'Policy Planning Staff', aliases: ['S/P'] },
  { id: 's-ah', label: 'Ambassador at Large', aliases: ['S/AH'] },
  { id: 's-ae', label: 'Special Assistant for Atomic Energy', aliases: ['S/AE'] },
  { id: 'sov', label: 'Office of Soviet Union Affairs', aliases: ['SOV', 'EUR/SOV'] },
  { id: 'eur', label: 'Bureau of European Affairs', aliases: ['EUR'] },
  { id: 'eur-rpm', label: 'Office of NATO and Atlantic Political-Military Affairs', aliases: ['EUR/RPM', 'RPM'] },
  { id: 'fe', label: 'Bureau of Far Eastern Affairs', aliases: ['FE'] },
  { id: 'ea', label: 'Bureau of East Asian and Pacific Affairs', aliases: ['EA'] },
  { id: 'nea', label: 'Bureau of Near Eastern and South Asian Affairs', aliases: ['NEA'] },
  { id: 'ara', label: 'Bureau of Inter-American Affairs', aliases: ['ARA'] },
  { id: 'af', label: 'Bureau of African Affairs', aliases: ['AF'] },
  { id: 'io', label: 'Bureau of International Organization Affairs', aliases: ['IO'] },
  { id: 'unp', label: 'Office of UN Political Affairs', aliases: ['UNP', 'IO/UNP'] },
  { id: 'inr', label: 'Bureau of Intelligence and Research', aliases: ['INR'] },
  { id: 'g-pm', label: 'Office of Politico-Military Affairs', aliases: ['G/PM', 'PM'] },
  { id: 'acda', label: 'Arms Control and Disarmament Agency', aliases: ['ACDA'] },
  { id: 'dod', label: 'Department of Defense', aliases: ['DOD', 'DoD'] },
  { id: 'osd-isa', label: 'Office of the Assistant Secretary of Defense for International Security Affairs', aliases: ['OSD/ISA', 'ISA'] },
  { id: 'jcs', label: 'Joint Chiefs of Staff', aliases: ['JCS'] },
  { id: 'nsc', label: 'National Security Council', aliases: ['NSC'] },
  { id: 'cia', label: 'Central Intelligence Agency', aliases: ['CIA'] },
  { id: 'usia', label: 'United States Information Agency', aliases: ['USIA'] },
  { id: 'aid', label: 'Agency for International Development', aliases: ['AID'] },
  { id: 'eb', label: 'Bureau of Economic and Business Affairs', aliases: ['EB', 'E/B'] },
  { id: 'pm', label: 'Bureau of Politico-Military Affairs', aliases: ['PM/ISP'] },
] as const satisfies readonly OfficeSymbol[];

const index = indexAliases<OfficeSymbol>(OFFICE_SYMBOLS);

/** The office written as `symbol`, if the table knows it. */
export function findOfficeSymbol(symbol: string): OfficeSymbol | undefined {
  return index.get(symbol);
}
