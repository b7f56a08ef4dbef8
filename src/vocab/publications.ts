/**
 * Publications FRUS notes commonly cite as printed sources ("Also printed in …") or as the
 * source text itself ("Source: Department of State Bulletin, …").
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A publication series. */
export interface PublicationEntry extends VocabEntry {
  /** Preferred title. */
  readonly label: string;
}

/** The publications table. Aliases are title prefixes as printed. */
export const PUBLICATIONS = [
  {
    id: 'public-papers',
    label: 'Public Papers of the Presidents of the United States',
    aliases: ['Public Papers of the Presidents of the United States', 'Public Papers of the Presidents', 'Public Papers'],
  },
  {
    id: 'afp-current-documents',
    label: 'American Foreign Policy: Current Documents',
    aliases: ['American Foreign Policy: Current Documents', 'American Foreign Policy:Current Documents', 'American Foreign Policy, Current Documents', 'American Foreign Policy'],
  },
  { id: 'dos-bulletin', label: 'Department of State Bulletin', aliases: ['Department of State Bulletin', 'The Department of State Bulletin', 'State Department Bulletin', 'Bulletin'] },
  {
    // The Bulletin's successor, 1990–1999 (`U.S. Department of State Dispatch, March 22, 1993, p. 157`).
    id: 'dos-dispatch',
    label: 'U.S. Department of State Dispatch',
    aliases: ['U.S. Department of State Dispatch', 'US Department of State Dispatch', 'Department of State Dispatch', 'State Department Dispatch'],
  },
  { id: 'documents-on-disarmament', label: 'Documents on Disarmament', aliases: ['Documents on Disarmament'] },
  {
    id: 'declassified-documents',
    label: 'Declassified Documents Reference System',
    aliases: ['Declassified Documents', 'Declassified Documents Reference System', 'Declassified Documents Catalog'],
  },
  {
    id: 'us-vietnam-relations',
    label: 'United States-Vietnam Relations, 1945–1967',
    aliases: ['United States-Vietnam Relations', 'Department of Defense, United States-Vietnam Relations', 'U.S.-Vietnam Relations'],
  },
  { id: 'pentagon-papers', label: 'The Pentagon Papers', aliases: ['The Pentagon Papers', 'Pentagon Papers'] },
  {
    id: 'frus',
    label: 'Foreign Relations of the United States',
    // The volumes to 1947 were titled `Papers Relating to the Foreign Relations of the United States`.
    aliases: [
      'Foreign Relations',
      'Foreign Relations of the United States',
      'Papers Relating to the Foreign Relations of the United States',
      'Department of State, Papers Relating to the Foreign Relations of the United States',
    ],
  },
  // The Department's documentary publications the volumes of the 1930s and 1940s print from and cite.
  {
    id: 'peace-and-war',
    label: 'Peace and War: United States Foreign Policy, 1931–1941',
    aliases: ['Peace and War', 'Department of State, Peace and War'],
  },
  // The Department's monthly of 1948–1949.
  { id: 'documents-and-state-papers', label: 'Documents and State Papers', aliases: ['Documents and State Papers', 'Department of State, Documents and State Papers'] },
  { id: 'dos-press-releases', label: 'Department of State, Press Releases', aliases: ['Department of State, Press Releases', 'Press Releases'] },
  { id: 'nazi-soviet-relations', label: 'Nazi-Soviet Relations, 1939–1941', aliases: ['Nazi-Soviet Relations', 'Department of State, Nazi-Soviet Relations'] },
  { id: 'documents-on-german-foreign-policy', label: 'Documents on German Foreign Policy, 1918–1945', aliases: ['Documents on German Foreign Policy'] },
  { id: 'documents-on-british-foreign-policy', label: 'Documents on British Foreign Policy, 1919–1939', aliases: ['Documents on British Foreign Policy'] },
  { id: 'decade-of-american-foreign-policy', label: 'A Decade of American Foreign Policy: Basic Documents, 1941–49', aliases: ['A Decade of American Foreign Policy'] },
  {
    id: 'documents-on-american-foreign-relations',
    label: 'Documents on American Foreign Relations',
    aliases: ['Documents on American Foreign Relations'],
  },
  {
    id: 'weekly-compilation',
    label: 'Weekly Compilation of Presidential Documents',
    aliases: ['Weekly Compilation of Presidential Documents'],
  },
  { id: 'documents-on-germany', label: 'Documents on Germany', aliases: ['Documents on Germany'] },
  { id: 'congressional-record', label: 'Congressional Record', aliases: ['Congressional Record'] },
  { id: 'new-york-times', label: 'The New York Times', aliases: ['New York Times', 'The New York Times'] },
  { id: 'washington-post', label: 'The Washington Post', aliases: ['Washington Post', 'The Washington Post'] },
  // The Soviet and European papers whose texts the volumes print in the Department's or the Embassy's translation.
  { id: 'pravda', label: 'Pravda', aliases: ['Pravda'] },
  { id: 'izvestia', label: 'Izvestia', aliases: ['Izvestia', 'Izvestiya', 'Izvestiia'] },
  { id: 'times-london', label: 'The Times (London)', aliases: ['The Times (London)', 'The Times of London', 'Times (London)'] },
  { id: 'le-monde', label: 'Le Monde', aliases: ['Le Monde'] },
  {
    id: 'cwihp-bulletin',
    label: 'Cold War International History Project Bulletin',
    aliases: ['Cold War International History Project Bulletin', 'CWIHP Bulletin'],
  },
  {
    id: 'fbis-daily-report',
    label: 'Foreign Broadcast Information Service, Daily Report',
    aliases: ['Foreign Broadcast Information Service, Daily Report', 'FBIS Daily Report', 'FBIS, Daily Report', 'Foreign Broadcast Information Service Daily Report'],
  },
  { id: 'claflin-president-wants-to-know', label: 'Claflin, The President Wants To Know', aliases: ['Claflin, The President Wants To Know'] },
  { id: 'treaties-and-other-international-acts', label: 'Treaties and Other International Acts Series', aliases: ['TIAS', 'Treaties and Other International Acts Series'] },
  { id: 'ust', label: 'United States Treaties and Other International Agreements', aliases: ['UST', 'United States Treaties and Other International Agreements'] },
  // The series TIAS continued (1929–1946): `Department of State Treaty Series No. 881, or 46 Stat. 2343`.
  { id: 'treaty-series', label: 'Department of State Treaty Series', aliases: ['Department of State Treaty Series', 'Department of State, Treaty Series', 'Treaty Series'] },
  {
    id: 'executive-agreement-series',
    label: 'Department of State Executive Agreement Series',
    aliases: ['Department of State Executive Agreement Series', 'Department of State, Executive Agreement Series', 'Executive Agreement Series'],
  },
  { id: 'statutes-at-large', label: 'United States Statutes at Large', aliases: ['Statutes at Large', 'United States Statutes at Large'] },
  {
    // The numbered documents of Congress the nineteenth-century volumes cite (`House Ex. Doc. No. 1, 43d Cong., 1st sess.`), all bound in the Serial Set.
    id: 'congressional-serial-set',
    label: 'United States Congressional Serial Set',
    aliases: [
      'House Ex. Doc.',
      'Senate Ex. Doc.',
      'House Executive Document',
      'Senate Executive Document',
      'House Doc.',
      'Senate Doc.',
      'House Document',
      'Senate Document',
      'House Misc. Doc.',
      'Senate Misc. Doc.',
      'House Report',
      'Senate Report',
      'H. Ex. Doc.',
      'S. Ex. Doc.',
      'H. Doc.',
      'S. Doc.',
      'H. Rept.',
      'S. Rept.',
      // The Civil War volumes' own series, printed without its house (`Executive Document No. 1, 38th Cong., 1st sess.`).
      'Executive Document',
      'Ex. Doc.',
    ],
  },
  { id: 'league-of-nations-treaty-series', label: 'League of Nations Treaty Series', aliases: ['League of Nations Treaty Series'] },
] as const satisfies readonly PublicationEntry[];

const index = indexAliases<PublicationEntry>(PUBLICATIONS);

/** The publication whose title is the longest prefix of `text`, if any. */
export function matchPublicationPrefix(text: string): { publication: PublicationEntry; length: number } | undefined {
  const hit = index.prefix(text);
  return hit && { publication: hit.entry, length: hit.length };
}
