/**
 * Repositories that FRUS source notes name as holding the source text or a copy: SPEC's
 * starter table plus every repository met in the corpus, with the place where each is.
 *
 * @module
 */
import { indexAliases, type VocabEntry } from './table.js';

/** A repository (archive, library, agency) that holds FRUS source texts. */
export interface Repository extends VocabEntry {
  /** Preferred name, as a citation would print it. */
  readonly label: string;
  /** Where the holdings are consulted, as a Chicago citation prints it (`Boston`, `College Park, MD`). */
  readonly place: string;
  /**
   * Divisions that notes print before the collection (`Library of Congress, Manuscript Division,
   * Kissinger Papers`). A citation names the collection first and the division with the
   * repository: `Kissinger Papers, Manuscript Division, Library of Congress`.
   */
  readonly divisions?: readonly string[];
  /**
   * Other towns notes write after the name as its place (`Public Record Office, London`, the
   * archive's town before it moved to Kew; `Politisches Archiv des Auswärtigen Amts, Bonn`).
   */
  readonly towns?: readonly string[];
}

/** The repository table. Ids are stable; aliases are spellings seen in notes. */
export const REPOSITORIES = [
  {
    id: 'us-department-of-state',
    label: 'Department of State',
    place: 'Washington, DC',
    aliases: ['Department of State', 'Department of States', 'State Department', 'U.S. Department of State'],
  },
  {
    id: 'nara',
    label: 'National Archives',
    place: 'College Park, MD',
    aliases: [
      'National Archives',
      'National Archives and Records Administration',
      'National Archives and Records Service',
      'NARA',
      'National Archives II',
      'U.S. National Archives',
    ],
  },
  {
    id: 'wnrc',
    label: 'Washington National Records Center',
    place: 'Suitland, MD',
    aliases: ['Washington National Records Center', 'WNRC', 'Federal Records Center, Suitland'],
  },
  {
    id: 'jfk-library',
    label: 'John F. Kennedy Presidential Library',
    place: 'Boston',
    aliases: [
      'Kennedy Library',
      'John F. Kennedy Library',
      'John F. Kennedy Presidential Library',
      'John F. Kennedy Presidential Library and Museum',
      'JFK Library',
    ],
  },
  {
    id: 'lbj-library',
    label: 'Lyndon Baines Johnson Library',
    place: 'Austin, TX',
    aliases: ['Johnson Library', 'Lyndon B. Johnson Library', 'Lyndon Baines Johnson Library', 'LBJ Library', 'Lyndon Baines Johnson Library and Museum', 'Lyndon B. Johnson Presidential Library'],
  },
  {
    id: 'eisenhower-library',
    label: 'Dwight D. Eisenhower Library',
    place: 'Abilene, KS',
    aliases: ['Eisenhower Library', 'Dwight D. Eisenhower Library', 'Dwight D. Eisenhower Presidential Library', 'Dwight D. Eisenhower Presidential Library and Museum'],
  },
  {
    id: 'truman-library',
    label: 'Harry S. Truman Library',
    place: 'Independence, MO',
    aliases: ['Truman Library', 'Harry S. Truman Library', 'Harry S. Truman Presidential Library', 'Harry S. Truman Presidential Library and Museum'],
  },
  {
    id: 'fdr-library',
    label: 'Franklin D. Roosevelt Library',
    place: 'Hyde Park, NY',
    aliases: ['Roosevelt Library', 'Franklin D. Roosevelt Library', 'Franklin D. Roosevelt Presidential Library', 'FDR Library', 'Franklin D. Roosevelt Presidential Library and Museum'],
  },
  {
    id: 'hoover-library',
    label: 'Herbert Hoover Library',
    place: 'West Branch, IA',
    aliases: ['Hoover Library', 'Herbert Hoover Library', 'Herbert Hoover Presidential Library', 'Herbert Hoover Presidential Library and Museum'],
  },
  {
    id: 'nixon-library',
    label: 'Richard Nixon Presidential Library',
    place: 'Yorba Linda, CA',
    aliases: [
      'Nixon Library',
      'Richard Nixon Library',
      'Nixon Presidential Library',
      'Richard Nixon Presidential Library',
      'Richard M. Nixon Library',
      'Richard M. Nixon Presidential Library',
      'Richard Nixon Presidential Library and Museum',
      'Nixon Presidential Library and Museum',
    ],
  },
  {
    id: 'ford-library',
    label: 'Gerald R. Ford Library',
    place: 'Ann Arbor, MI',
    aliases: ['Ford Library', 'Gerald R. Ford Library', 'Gerald R. Ford Presidential Library', 'Ford Presidential Library', 'Gerald R. Ford Presidential Library and Museum', 'Gerald Ford Library'],
  },
  {
    id: 'carter-library',
    label: 'Jimmy Carter Library',
    place: 'Atlanta',
    aliases: ['Carter Library', 'Jimmy Carter Library', 'Jimmy Carter Presidential Library', 'Carter Presidential Library', 'Jimmy Carter Presidential Library and Museum', 'Jimmy Carter Library and Museum'],
  },
  {
    id: 'reagan-library',
    label: 'Ronald Reagan Library',
    place: 'Simi Valley, CA',
    aliases: ['Reagan Library', 'Ronald Reagan Library', 'Ronald Reagan Presidential Library', 'Reagan Presidential Library', 'Ronald Reagan Presidential Library and Museum'],
  },
  {
    id: 'bush-library',
    label: 'George H.W. Bush Library',
    place: 'College Station, TX',
    aliases: ['Bush Library', 'George H.W. Bush Library', 'George H. W. Bush Library', 'George Bush Library', 'George Bush Presidential Library', 'George H.W. Bush Presidential Library', 'George H. W. Bush Presidential Library', 'Bush Presidential Library', 'George Bush Presidential Library and Museum', 'George H.W. Bush Presidential Library and Museum', 'George H. W. Bush Presidential Library and Museum'],
  },
  {
    id: 'clinton-library',
    label: 'William J. Clinton Library',
    place: 'Little Rock, AR',
    aliases: ['Clinton Library', 'William J. Clinton Library', 'William J. Clinton Presidential Library', 'Clinton Presidential Library', 'William J. Clinton Presidential Library and Museum'],
  },
  {
    id: 'cia',
    label: 'Central Intelligence Agency',
    place: 'Langley, VA',
    aliases: ['Central Intelligence Agency', 'CIA', 'Central Intellience Agency'],
  },
  {
    id: 'loc',
    label: 'Library of Congress',
    place: 'Washington, DC',
    aliases: ['Library of Congress'],
    divisions: ['Manuscript Division', 'Manuscripts Division', 'Prints and Photographs Division', 'Geography and Map Division', 'Motion Picture, Broadcasting and Recorded Sound Division'],
  },
  {
    id: 'nsarchive',
    label: 'National Security Archive',
    place: 'Washington, DC',
    aliases: ['National Security Archive'],
  },
  {
    id: 'russian-mfa',
    label: 'Archive of Foreign Policy, Russian Federation',
    place: 'Moscow',
    aliases: [
      'Russian Ministry of Foreign Affairs',
      'Archive of Foreign Policy, Russian Federation',
      'Archive of Foreign Policy, Russian Federation (AVP RF)',
      'AVP RF',
      'Archive of Foreign Policy of the Russian Federation',
      'Foreign Policy Archive of the Russian Federation',
      'Archive of the Foreign Policy of the Russian Federation',
      'Archives of the Foreign Policy of the Russian Federation',
      'Archive of Foreign Policy of the Russian Federation (AVP RF)',
      'Archive of the Foreign Policy of the Russian Federation (AVP RF)',
      'Archives of the Foreign Policy of the Russian Federation (AVP RF)',
      'Foreign Policy Archive of the Russian Federation (AVP RF)',
      'AVPRF',
    ],
  },
  {
    // The Kremlin's archive of the Politburo and the leaders' papers (`f. 3, op. 66, d. 123`).
    id: 'aprf',
    label: 'Archive of the President of the Russian Federation',
    place: 'Moscow',
    aliases: [
      'Archive of the President of the Russian Federation',
      'Archive of the President of the Russian Federation (APRF)',
      'Archive of the President, Russian Federation',
      'Archive of the President, Russian Federation (APRF)',
      'Presidential Archive of the Russian Federation',
      'Presidential Archive, Russian Federation',
      'APRF',
    ],
  },
  {
    // The Central Committee's archive, earlier the Center for the Storage of Contemporary Documentation.
    id: 'rgani',
    label: 'Russian State Archive of Contemporary History',
    place: 'Moscow',
    aliases: [
      'Russian State Archive of Contemporary History',
      'Russian State Archive of Contemporary History (RGANI)',
      'RGANI',
      'Center for the Storage of Contemporary Documentation',
      'Center for the Storage of Contemporary Documentation (TsKhSD)',
      'TsKhSD',
    ],
  },
  {
    id: 'rgaspi',
    label: 'Russian State Archive of Socio-Political History',
    place: 'Moscow',
    aliases: [
      'Russian State Archive of Socio-Political History',
      'Russian State Archive of Socio-Political History (RGASPI)',
      'Russian State Archive of Social and Political History',
      'Russian State Archive of Social and Political History (RGASPI)',
      'RGASPI',
    ],
  },
  {
    id: 'archives-nationales',
    label: 'Archives nationales',
    place: 'Paris',
    aliases: ['Archives nationales', 'Archives nationales de France', 'French National Archives'],
  },
  {
    id: 'french-mfa',
    label: 'Archives diplomatiques, Ministère des Affaires étrangères',
    place: 'Paris',
    towns: ['La Courneuve', 'Nantes'],
    aliases: [
      'Archives du ministère des Affaires étrangères',
      'Ministère des Affaires étrangères',
      'Ministère des Affaires étrangères, Archives diplomatiques',
      'Archives diplomatiques',
      'French Foreign Ministry Archives',
      'Archives of the French Foreign Ministry',
    ],
  },
  {
    id: 'pa-aa',
    label: 'Politisches Archiv des Auswärtigen Amts',
    place: 'Berlin',
    towns: ['Bonn'],
    aliases: [
      'Politisches Archiv des Auswärtigen Amts',
      'Politisches Archiv des Auswärtigen Amtes',
      'Politisches Archiv des Auswärtigen Amts (PA AA)',
      'Political Archive of the Federal Foreign Office',
      'Political Archives of the Federal Foreign Office',
      'PA AA',
      'PAAA',
    ],
  },
  {
    id: 'bundesarchiv',
    label: 'Bundesarchiv',
    place: 'Koblenz',
    aliases: ['Bundesarchiv', 'German Federal Archives', 'Federal Archives of Germany'],
  },
  {
    // The East German party's archive, held by the Bundesarchiv in Berlin.
    id: 'sapmo-barch',
    label: 'Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv',
    place: 'Berlin',
    aliases: [
      'Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv',
      'Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv (SAPMO-BArch)',
      'SAPMO-BArch',
      'SAPMO',
    ],
  },
  {
    id: 'archivio-storico-diplomatico',
    label: 'Archivio Storico Diplomatico, Ministero degli Affari Esteri',
    place: 'Rome',
    aliases: ['Archivio Storico Diplomatico', 'Archivio Storico Diplomatico, Ministero degli Affari Esteri', 'Archivio Storico Diplomatico del Ministero degli Affari Esteri'],
  },
  {
    id: 'chinese-mfa',
    label: 'Archives of the Ministry of Foreign Affairs of the People’s Republic of China',
    place: 'Beijing',
    aliases: [
      'Chinese Foreign Ministry Archives',
      'Chinese Foreign Ministry Archive',
      'PRC Foreign Ministry Archives',
      'PRC FMA',
      'Foreign Ministry Archives of the People’s Republic of China',
      'Archives of the Ministry of Foreign Affairs of the People’s Republic of China',
    ],
  },
  {
    id: 'japan-mfa',
    label: 'Diplomatic Archives of the Ministry of Foreign Affairs of Japan',
    place: 'Tokyo',
    aliases: ['Diplomatic Archives of the Ministry of Foreign Affairs of Japan', 'Diplomatic Archives, Ministry of Foreign Affairs of Japan', 'Japanese Foreign Ministry Archives', 'Japanese Ministry of Foreign Affairs Archives'],
  },
  {
    id: 'vietnam-mfa',
    label: 'Archives of the Ministry of Foreign Affairs of Vietnam',
    place: 'Hanoi',
    aliases: ['Archives of the Ministry of Foreign Affairs of Vietnam', 'Vietnamese Foreign Ministry Archives'],
  },
  {
    id: 'czech-mfa',
    label: 'Archive of the Ministry of Foreign Affairs of the Czech Republic',
    place: 'Prague',
    aliases: ['Archive of the Ministry of Foreign Affairs of the Czech Republic', 'Archives of the Ministry of Foreign Affairs of the Czech Republic', 'Czech Foreign Ministry Archives'],
  },
  {
    // The East German Ministry for State Security's files, cited from the Wilson Center's translations.
    id: 'bstu',
    label: 'Stasi Records Archive (BStU)',
    place: 'Berlin',
    aliases: ['BStU', 'Stasi Archives', 'Stasi Archives (BStU)', 'Stasi Records Archive', 'Stasi Records Archive (BStU)'],
  },
  {
    id: 'hungarian-national-archives',
    label: 'Hungarian National Archives (MOL)',
    place: 'Budapest',
    aliases: ['Hungarian National Archives', 'Hungarian National Archives (MOL)', 'Magyar Országos Levéltár', 'Magyar Országos Levéltár (MOL)', 'MOL'],
  },
  {
    id: 'polish-aan',
    label: 'Central Archives of Modern Records (AAN)',
    place: 'Warsaw',
    aliases: ['Central Archives of Modern Records', 'Central Archives of Modern Records (AAN)', 'Polish Central Archives of Modern Records', 'Polish Central Archives of Modern Records (AAN)', 'Archiwum Akt Nowych', 'Archiwum Akt Nowych (AAN)', 'AAN'],
  },
  {
    id: 'israel-state-archives',
    label: 'Israel State Archives',
    place: 'Jerusalem',
    aliases: ['Israel State Archives', 'Israel State Archives (ISA)'],
  },
  {
    id: 'library-and-archives-canada',
    label: 'Library and Archives Canada',
    place: 'Ottawa',
    aliases: ['Library and Archives Canada', 'National Archives of Canada', 'Public Archives of Canada'],
  },
  {
    id: 'national-archives-of-australia',
    label: 'National Archives of Australia',
    place: 'Canberra',
    aliases: ['National Archives of Australia'],
  },
  {
    // The Cold War International History Project's translations of the archives of the East.
    id: 'wilson-center',
    label: 'Wilson Center Digital Archive',
    place: 'Washington, DC',
    aliases: ['Wilson Center Digital Archive', 'Wilson Center', 'Woodrow Wilson International Center for Scholars', 'Woodrow Wilson Center'],
  },
  {
    id: 'us-department-of-defense',
    label: 'Department of Defense',
    place: 'Washington, DC',
    aliases: ['Department of Defense', 'Defense Department'],
  },
  {
    id: 'national-security-council',
    label: 'National Security Council',
    place: 'Washington, DC',
    aliases: ['National Security Council', 'NSC Records Management'],
  },
  {
    id: 'naval-historical-center',
    label: 'Naval Historical Center',
    place: 'Washington, DC',
    aliases: ['Naval Historical Center', 'Naval History and Heritage Command', 'Operational Archives, Naval Historical Center'],
  },
  {
    id: 'center-of-military-history',
    label: 'U.S. Army Center of Military History',
    place: 'Washington, DC',
    aliases: ['Center of Military History', 'U.S. Army, Center of Military History', 'U.S. Army Center of Military History', 'Army Center of Military History'],
  },
  {
    id: 'usamhi',
    label: 'U.S. Army Military History Institute',
    place: 'Carlisle Barracks, PA',
    aliases: ['U.S. Army Military History Institute', 'USAMHI', 'Military History Institute', 'U.S. Army Heritage and Education Center', 'Army Heritage and Education Center'],
  },
  {
    id: 'hoover-institution',
    label: 'Hoover Institution Archives',
    place: 'Stanford, CA',
    aliases: [
      'Hoover Institution',
      'Hoover Institution Archives',
      'Hoover Institution on War, Revolution and Peace',
      'Hoover Institution Library and Archives',
      'Hoover Institution Library & Archives',
      // The university is written after the name as its place (`…, Stanford University, Richard V. Allen Papers`).
      'Hoover Institution, Stanford University',
      'Hoover Institution Archives, Stanford University',
      'Hoover Institution Library and Archives, Stanford University',
      'Hoover Institution Library & Archives, Stanford University',
    ],
  },
  {
    // Nelson A. Rockefeller's papers (the 1969 Latin American mission, the Vice Presidency).
    id: 'rockefeller-archive-center',
    label: 'Rockefeller Archive Center',
    place: 'Sleepy Hollow, NY',
    aliases: ['Rockefeller Archive Center'],
  },
  {
    id: 'princeton-mudd',
    label: 'Seeley G. Mudd Manuscript Library, Princeton University',
    place: 'Princeton, NJ',
    aliases: [
      'Princeton University',
      'Seeley G. Mudd Manuscript Library',
      'Mudd Library',
      'Princeton University Library',
      'Seeley G. Mudd Library',
      // The university is written after the library as its place (`…, Princeton University, John Foster Dulles Papers`).
      'Seeley G. Mudd Manuscript Library, Princeton University',
      'Seeley G. Mudd Library, Princeton University',
      'Mudd Library, Princeton University',
      // Or the university first, as the place that holds the library (`Princeton University, Seeley G. Mudd Manuscript Library, Allen W. Dulles Papers`).
      'Princeton University, Seeley G. Mudd Manuscript Library',
      'Princeton University, Seeley G. Mudd Library',
      'Princeton University, Mudd Library',
      'Princeton University Library, Seeley G. Mudd Manuscript Library',
    ],
  },
  {
    id: 'yale-library',
    label: 'Yale University Library',
    place: 'New Haven, CT',
    aliases: ['Yale University Library', 'Yale University', 'Sterling Memorial Library', 'Manuscripts and Archives, Yale University Library'],
  },
  {
    id: 'columbia-library',
    label: 'Columbia University Library',
    place: 'New York, NY',
    aliases: ['Columbia University', 'Columbia University Library', 'Butler Library'],
  },
  {
    id: 'houghton-library',
    label: 'Houghton Library, Harvard University',
    place: 'Cambridge, MA',
    aliases: [
      'Houghton Library',
      'Harvard University',
      'Harvard University Library',
      // The university is written after the library as its place, or before it as the place that holds it.
      'Houghton Library, Harvard University',
      'Harvard University, Houghton Library',
    ],
  },
  {
    id: 'marshall-foundation',
    label: 'George C. Marshall Foundation',
    place: 'Lexington, VA',
    aliases: ['Marshall Foundation', 'George C. Marshall Foundation', 'George C. Marshall Research Library', 'George C. Marshall Library', 'Marshall Library'],
  },
  {
    // The Stettinius Papers, cited in the volumes of 1944–1945.
    id: 'uva-library',
    label: 'University of Virginia Library',
    place: 'Charlottesville, VA',
    aliases: ['University of Virginia Library', 'University of Virginia', 'Alderman Library', 'Alderman Library, University of Virginia'],
  },
  {
    // MacArthur's papers as Supreme Commander and UN commander, cited in the Korea and Japan volumes.
    id: 'macarthur-memorial',
    label: 'MacArthur Memorial Archives',
    place: 'Norfolk, VA',
    aliases: ['MacArthur Memorial', 'MacArthur Memorial Archives', 'MacArthur Archives', 'MacArthur Memorial Bureau of Archives', 'Douglas MacArthur Memorial'],
  },
  {
    // The Lodge Papers, cited in the Vietnam volumes of 1963–1967.
    id: 'massachusetts-historical-society',
    label: 'Massachusetts Historical Society',
    place: 'Boston',
    aliases: ['Massachusetts Historical Society'],
  },
  {
    // The McCloy Papers, cited in the volumes on Germany.
    id: 'amherst-library',
    label: 'Amherst College Library, Archives and Special Collections',
    place: 'Amherst, MA',
    aliases: ['Amherst College Library', 'Amherst College', 'Amherst College Archives', 'Amherst College Archives and Special Collections'],
  },
  {
    id: 'georgetown-library',
    label: 'Georgetown University Library',
    place: 'Washington, DC',
    aliases: ['Georgetown University Library', 'Georgetown University', 'Lauinger Library', 'Georgetown University, Lauinger Library', 'Lauinger Library, Georgetown University'],
  },
  {
    // The Humphrey Papers.
    id: 'minnesota-historical-society',
    label: 'Minnesota Historical Society',
    place: 'St. Paul, MN',
    aliases: ['Minnesota Historical Society'],
  },
  {
    id: 'bancroft-library',
    label: 'Bancroft Library, University of California, Berkeley',
    place: 'Berkeley, CA',
    aliases: ['Bancroft Library', 'Bancroft Library, University of California', 'Bancroft Library, University of California, Berkeley'],
  },
  {
    // The Byrnes Papers.
    id: 'clemson-library',
    label: 'Clemson University Libraries',
    place: 'Clemson, SC',
    aliases: ['Clemson University', 'Clemson University Library', 'Clemson University Libraries'],
  },
  {
    id: 'uk-national-archives',
    label: 'The National Archives (UK)',
    place: 'Kew',
    towns: ['London'],
    aliases: [
      'Public Record Office',
      'PRO',
      'The National Archives, Kew',
      'National Archives, Kew',
      'National Archives of the United Kingdom',
      'National Archives of the UK',
      'National Archives, United Kingdom',
      'The National Archives (UK)',
      'National Archives (UK)',
      'UK National Archives',
      'British National Archives',
    ],
  },
  {
    id: 'un-archives',
    label: 'United Nations Archives',
    place: 'New York, NY',
    aliases: ['United Nations Archives', 'UN Archives'],
  },
  {
    id: 'joint-chiefs-of-staff',
    label: 'Joint Chiefs of Staff',
    place: 'Washington, DC',
    aliases: ['Joint Chiefs of Staff'],
  },
  {
    // Holds the papers of JCS chairmen (`National Defense University, Taylor Papers`), not the JCS's records.
    id: 'national-defense-university',
    label: 'National Defense University',
    place: 'Washington, DC',
    aliases: ['National Defense University'],
  },
  {
    id: 'usia',
    label: 'United States Information Agency',
    place: 'Washington, DC',
    aliases: ['United States Information Agency', 'U.S. Information Agency', 'US Information Agency', 'USIA'],
  },
  {
    id: 'usaid',
    label: 'Agency for International Development',
    place: 'Washington, DC',
    aliases: ['Agency for International Development', 'U.S. Agency for International Development', 'United States Agency for International Development', 'USAID'],
  },
  {
    id: 'us-department-of-the-treasury',
    label: 'Department of the Treasury',
    place: 'Washington, DC',
    aliases: ['Department of the Treasury', 'Treasury Department', 'U.S. Treasury Department', 'Department of the Treasury Library'],
  },
  {
    id: 'federal-reserve-bank-of-new-york',
    label: 'Federal Reserve Bank of New York',
    place: 'New York, NY',
    aliases: ['Federal Reserve Bank of New York', 'Federal Reserve Bank of New York Archives'],
  },
  {
    id: 'federal-reserve-board',
    label: 'Board of Governors of the Federal Reserve System',
    place: 'Washington, DC',
    // Not `Federal Reserve Board`, a folder's title as often as a holder (`Burns Papers, Box B–65, Federal Reserve Board`).
    aliases: ['Board of Governors of the Federal Reserve System'],
  },
  {
    // The records of the Atomic Energy Commission, cited in the volumes on arms control and atomic energy.
    id: 'us-department-of-energy',
    label: 'Department of Energy',
    place: 'Germantown, MD',
    aliases: ['Department of Energy', 'Department of Energy Archives', 'Energy Department', 'DOE Archives', 'Department of Energy, History Division'],
  },
  {
    id: 'us-department-of-the-army',
    label: 'Department of the Army',
    place: 'Washington, DC',
    aliases: ['Department of the Army', 'Army Department'],
  },
  {
    id: 'us-department-of-the-navy',
    label: 'Department of the Navy',
    place: 'Washington, DC',
    aliases: ['Department of the Navy', 'Navy Department'],
  },
  {
    id: 'us-department-of-the-air-force',
    label: 'Department of the Air Force',
    place: 'Washington, DC',
    aliases: ['Department of the Air Force', 'Air Force Department'],
  },
  {
    id: 'council-on-foreign-relations',
    label: 'Council on Foreign Relations Archives',
    place: 'New York, NY',
    aliases: ['Council on Foreign Relations Archives', 'Council on Foreign Relations', 'Council on Foreign Relations Library'],
  },
  {
    // The Naval Historical Collection (papers of Spruance, Hewitt, Colbert).
    id: 'naval-war-college',
    label: 'Naval War College',
    place: 'Newport, RI',
    aliases: ['Naval War College', 'U.S. Naval War College'],
  },
] as const satisfies readonly Repository[];

/**
 * Words that, written right after a repository's name with no comma between them (`Department of
 * State Files`, `Central Intelligence Agency Files, Job 79–R01012A`), make a name of the
 * repository's files in general: they name no collection, and the path starts after them.
 */
export const GENERAL_FILES_WORDS: readonly string[] = ['Files', 'files', 'FILES'];

/** A repository id from the table. */
export type RepositoryId = (typeof REPOSITORIES)[number]['id'];

const index = indexAliases<Repository>(REPOSITORIES);

const byId = new Map<string, Repository>(REPOSITORIES.map((entry) => [entry.id, entry]));

/** The repository with table id `id`, if any. */
export function repositoryById(id: string): Repository | undefined {
  return byId.get(id);
}

/** The repository written as `name` (any alias, folded), if the table knows it. */
export function findRepository(name: string): Repository | undefined {
  return index.get(name) ?? index.get(name.replace(/^the\s+/i, ''));
}

/** The repository whose alias is the longest prefix of `text` at a word boundary. */
export function matchRepositoryPrefix(text: string): { repository: Repository; length: number } | undefined {
  const hit = index.prefix(text);
  return hit && { repository: hit.entry, length: hit.length };
}
