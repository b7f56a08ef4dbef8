/**
 * Words for reading an office named in words after a person (`Drafted by William H. Brubeck of
 * the Executive Secretariat`): what such an office opens with, and the titles that make the
 * words before "of the" a title rather than a person (`the Secretary of the Treasury`).
 *
 * @module
 */
/**
 * Words an office named in words opens with after "of the" (`Office of Soviet Union Affairs`,
 * `Policy Planning Staff`, `Embassy in Moscow`): compared with the words as written, whole words
 * only. A symbol's staff (`of the NSC Staff`) is read with the symbol, by the people reader.
 */
export const OFFICE_NAME_OPENINGS: readonly string[] = [
  'Office',
  'Bureau',
  'Division',
  'Department',
  'Secretariat',
  'Executive Secretariat',
  'Policy Planning Staff',
  // The Policy Planning Staff's name of 1961–1969, and the working groups and task forces of the Kennedy and Johnson years.
  'Policy Planning Council',
  'Working Group',
  'Vietnam Working Group',
  'Task Force',
  'Vietnam Task Force',
  'Interdepartmental Regional Group',
  'Senior Interdepartmental Group',
  'Board of National Estimates',
  'Defense Intelligence Agency',
  'National Security Agency',
  'Planning Board',
  'Operations Coordinating Board',
  'Operations Center',
  'National Security Council',
  'Joint Staff',
  'White House',
  'Embassy',
  'Legation',
  'Consulate',
  'Mission',
  'Delegation',
  'Joint Chiefs of Staff',
  'Central Intelligence Agency',
  'Arms Control and Disarmament Agency',
  'Agency for International Development',
  'United States Information Agency',
  // The British ministry, in the notes of documents from British archives.
  'Foreign Office',
  'Foreign and Commonwealth Office',
];

/**
 * Words that end an office named in words whose name holds "and" (`Bureau of Near Eastern and
 * South Asian Affairs`, `Office of Eastern European and Soviet Affairs`, `Bureau of Intelligence
 * and Research`): capitalised words after such an "and" that reach one of these go on with the
 * office, not a new name. No surname is one of them.
 */
export const OFFICE_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'Affairs',
  'Research',
  'Analysis',
  'Intelligence',
  'Budget',
  'Planning',
  'Policy',
  'Programs',
  'Operations',
  'Coordination',
  'Management',
  // The regions of a title's field (`National Intelligence Officer for the USSR and Eastern Europe`).
  'Europe',
  'Asia',
  'Africa',
]);

/**
 * Offices named in words whose name joins two words by "and" with no "of" before it (`Drafted in
 * the Arms Control and Disarmament Agency`): the "and" is the name's, not a list's.
 */
export const OFFICE_NAMES_WITH_AND: readonly (readonly [head: string, tail: string])[] = [
  ['Arms Control', 'Disarmament Agency'],
  ['Foreign', 'Commonwealth Office'],
  ['Bureau of Intelligence', 'Research'],
];

/**
 * Titles that, as the last word before "of the", make the name a title of office (`Secretary of
 * the Treasury`, `Director of the Office of Soviet Union Affairs`), which is kept whole.
 */
export const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  'Secretary',
  'Director',
  'Deputy',
  'Chief',
  'Head',
  'Chairman',
  'Assistant',
  'Counselor',
  'Adviser',
  'Advisor',
  'Officer',
  'Member',
  'Members',
  'Minister',
  'Ambassador',
  'Administrator',
  'Commander',
  'President',
  'Staff',
  'Representative',
  'Coordinator',
]);

/**
 * Words a title opens with when it is set after a person's name and a comma (`Charles E. Bohlen,
 * Counselor of the Department`, `Marion W. Boggs, Deputy Executive Secretary of the NSC`): the
 * titles of PERSONAL_TITLES and the words that qualify them. Such a title, with its "of", "to" or
 * "for", is the person's office, not another person.
 */
export const APPOSITIVE_TITLE_OPENINGS: ReadonlySet<string> = new Set([
  ...PERSONAL_TITLES,
  'Counsellor',
  'Special',
  'Under',
  'Acting',
  'Executive',
  'Senior',
  'Principal',
  'Vice',
  'Legal',
  'Political',
  'Economic',
  'Military',
  'Naval',
  'Consul',
  'First',
  'Second',
  'Third',
  // `Fritz W. Ermarth, National Intelligence Officer for the USSR and Eastern Europe`.
  'National',
]);

/**
 * Words that make a name an office's (`Office of Soviet Analysis`, `Directorate of Intelligence`,
 * `National Foreign Assessment Center`) as its first or last word: names made of such offices
 * separated by commas alone, with no "and", are one office and the offices it lies within
 * (`Prepared in the Office of Soviet Analysis, Directorate of Intelligence`), not a list.
 */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'Office',
  'Directorate',
  'Division',
  'Bureau',
  'Branch',
  'Center',
  'Centre',
  'Council',
  'Agency',
  'Staff',
  'Board',
  'Secretariat',
]);
