/**
 * The repository table against SPEC's starter table, and the prefix behaviour the parser
 * relies on (`Department of State Bulletin` is a publication, not the Department of State).
 */
import { describe, expect, test } from 'vitest';
import {
  REPOSITORIES,
  findRepository,
  foldKey,
  matchPublicationPrefix,
  matchRepositoryPrefix,
} from '../../src/vocab/index.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

/**
 * SPEC.md, "Repository ids (starter table)", transcribed: id → aliases as written in notes.
 * "John F. Kennedy Presidential Library (and Museum)" stands for both spellings; the Russian
 * archive's "(AVP RF)" is both part of the full name and an abbreviation of its own.
 */
const SPEC_REPOSITORIES: Record<string, string[]> = {
  'us-department-of-state': ['Department of State'],
  nara: ['National Archives', 'National Archives and Records Administration', 'NARA'],
  wnrc: ['Washington National Records Center'],
  'jfk-library': [
    'Kennedy Library',
    'John F. Kennedy Library',
    'John F. Kennedy Presidential Library',
    'John F. Kennedy Presidential Library and Museum',
  ],
  'lbj-library': ['Johnson Library', 'Lyndon B. Johnson Library'],
  'eisenhower-library': ['Eisenhower Library', 'Dwight D. Eisenhower Library'],
  'truman-library': ['Truman Library', 'Harry S. Truman Library'],
  'fdr-library': ['Roosevelt Library', 'Franklin D. Roosevelt Library'],
  'nixon-library': ['Nixon Library', 'Richard Nixon Library', 'Nixon Presidential Library'],
  'ford-library': ['Ford Library', 'Gerald R. Ford Library'],
  'carter-library': ['Carter Library', 'Jimmy Carter Library'],
  'reagan-library': ['Reagan Library', 'Ronald Reagan Library'],
  'bush-library': ['Bush Library', 'George H.W. Bush Library'],
  cia: ['Central Intelligence Agency', 'CIA'],
  loc: ['Library of Congress'],
  nsarchive: ['National Security Archive'],
  'russian-mfa': [
    'Russian Ministry of Foreign Affairs',
    'Archive of Foreign Policy, Russian Federation',
    'Archive of Foreign Policy, Russian Federation (AVP RF)',
    'AVP RF',
  ],
};

const SPEC_CASES = Object.entries(SPEC_REPOSITORIES).flatMap(([id, aliases]) => aliases.map((alias) => ({ id, alias })));

describe("SPEC's starter repository table", () => {
  test('every SPEC id is in the table', () => {
    const ids = new Set<string>(REPOSITORIES.map((entry) => entry.id));
    expect(Object.keys(SPEC_REPOSITORIES).filter((id) => !ids.has(id))).toEqual([]);
  });

  test.each(SPEC_CASES)('"$alias" is an alias of $id', ({ id, alias }) => {
    const entry = REPOSITORIES.find((candidate) => candidate.id === id);
    expect(entry?.aliases.map(foldKey)).toContain(foldKey(alias));
  });

  test.each(SPEC_CASES)('findRepository("$alias") → $id', ({ id, alias }) => {
    expect(findRepository(alias)?.id).toBe(id);
  });

  test.each(SPEC_CASES)('matchRepositoryPrefix reads "$alias" whole as $id', ({ id, alias }) => {
    expect(matchRepositoryPrefix(`${alias}, Central Files`)).toEqual({ repository: expect.objectContaining({ id }), length: alias.length });
  });

  test('lookups ignore case, dash and spacing differences and a leading "the"', () => {
    expect(findRepository('the  kennedy library')?.id).toBe('jfk-library');
    expect(findRepository('The National Archives')?.id).toBe('nara');
  });
});

describe('the Department of State Bulletin trap', () => {
  const text = 'Department of State Bulletin, May 8, 1961, p. 662';

  test('the repository table matches only "Department of State", the first three words', () => {
    const hit = matchRepositoryPrefix(text);
    expect(hit?.repository.id).toBe('us-department-of-state');
    expect(text.slice(0, hit?.length).trim()).toBe('Department of State');
  });

  test('the publication table recognises the Bulletin', () => {
    const hit = matchPublicationPrefix(text);
    expect(hit?.publication.id).toBe('dos-bulletin');
    expect(text.slice(0, hit?.length)).toBe('Department of State Bulletin');
  });

  test('on the sentence of the brief, the repository match ends at the alias (not after the next space)', () => {
    const sentence = 'Department of State Bulletin, May 8, 1961';
    expect(matchPublicationPrefix(sentence)).toMatchObject({ publication: { id: 'dos-bulletin' }, length: 28 });
    expect(matchRepositoryPrefix(sentence)).toMatchObject({ repository: { id: 'us-department-of-state' }, length: 19 });
  });

  test('prefixes stop at word boundaries', () => {
    expect(matchRepositoryPrefix('Department of Statecraft')).toBeUndefined();
    expect(matchRepositoryPrefix('CIAO Files')).toBeUndefined();
  });
});

describe('repositories that hold the papers of officials', () => {
  test('the National Defense University is a repository of its own, not the Joint Chiefs of Staff', () => {
    // FRUS cites the papers of JCS chairmen there: `National Defense University, Taylor Papers`.
    const hit = matchRepositoryPrefix('National Defense University, Taylor Papers, T–113–69');
    expect(hit?.repository.id).toBe('national-defense-university');
    expect(hit?.length).toBe('National Defense University'.length);
    expect(findRepository('Joint Chiefs of Staff')?.id).toBe('joint-chiefs-of-staff');
  });
});

describe('presidential libraries under their longer names', () => {
  // Later volumes may print a library's full name, "and Museum" included, or "Presidential" before "Library":
  // the whole name is the repository, and none of it is left to the path.
  test.each([
    ['Richard Nixon Presidential Library and Museum', 'nixon-library'],
    ['Gerald R. Ford Presidential Library and Museum', 'ford-library'],
    ['Jimmy Carter Presidential Library and Museum', 'carter-library'],
    ['Ronald Reagan Presidential Library and Museum', 'reagan-library'],
    ['Ford Presidential Library', 'ford-library'],
    ['Carter Presidential Library', 'carter-library'],
    ['Reagan Presidential Library', 'reagan-library'],
    ['George H. W. Bush Presidential Library', 'bush-library'],
  ])('"%s" is read whole as %s', (alias, id) => {
    expect(matchRepositoryPrefix(`${alias}, NSC Files`)).toEqual({ repository: expect.objectContaining({ id }), length: alias.length });
  });
});

describe('other names of repositories in the table', () => {
  // Names the volumes print for holders already in the table (the Army Heritage and Education
  // Center took in the Military History Institute; the Mudd Library is Princeton's).
  test.each([
    ['FDR Library', 'fdr-library'],
    ['Richard M. Nixon Library', 'nixon-library'],
    ['Seeley G. Mudd Library', 'princeton-mudd'],
    ['George C. Marshall Library', 'marshall-foundation'],
    ['Marshall Library', 'marshall-foundation'],
    ['U.S. Army Heritage and Education Center', 'usamhi'],
    ['Manuscripts and Archives, Yale University Library', 'yale-library'],
    ['Foreign Policy Archive of the Russian Federation', 'russian-mfa'],
    ['Princeton University, Seeley G. Mudd Manuscript Library', 'princeton-mudd'],
    ['Princeton University, Mudd Library', 'princeton-mudd'],
    ['Massachusetts Historical Society', 'massachusetts-historical-society'],
  ])('%s → %s', (name, id) => {
    expect(findRepository(name)?.id).toBe(id);
    expect(matchRepositoryPrefix(`${name}, Smith Papers, Box 3`)?.repository.id).toBe(id);
  });
});

describe('holders of papers cited in the volumes of the 1940s and 1950s', () => {
  test.each([
    ['Stettinius Papers, University of Virginia Library', 'uva-library', 'Stettinius Papers'],
    ['MacArthur Archives, RG 6, Box 1', 'macarthur-memorial', null],
    ['Byrnes Papers, Clemson University Library, Folder 54', 'clemson-library', 'Byrnes Papers'],
  ])('%s names its repository', (note, id, collection) => {
    const record = parseSourceNote(`Source: ${note}. Top Secret.`);
    expect(record.primary).toMatchObject({ repositoryId: id, collection });
  });
});
