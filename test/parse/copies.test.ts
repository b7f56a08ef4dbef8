import { describe, expect, it } from 'vitest';
import { openingCopyListStart } from '../../src/parse/copies.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

const CITATION = 'Source: Department of State, Central Foreign Policy File, D770123–0456. Secret.';

describe('copies named by the document itself', () => {
  // "The memorandum is also in X": this document, by its form, is in a second place too (SPEC: a copy).
  it.each([
    [`${CITATION} The memorandum is also in the Carter Library, National Security Affairs, Brzezinski Material, Country File, Box 10.`, { repositoryId: 'carter-library', collection: 'National Security Affairs', series: ['Brzezinski Material', 'Country File'], box: '10' }],
    [`${CITATION} This telegram is also in the Reagan Library, Executive Secretariat, NSC, Cable File.`, { repositoryId: 'reagan-library', collection: 'Executive Secretariat', series: ['NSC', 'Cable File'] }],
  ])('reads %s as a copy', (note, copy) => {
    const record = parseSourceNote(note);
    expect(record.copies).toHaveLength(1);
    expect(record.copies[0]).toMatchObject(copy);
    expect(record.remarks).toEqual([]);
  });

  it('does not read a document located without "also" as a copy (it may be another one)', () => {
    const record = parseSourceNote(`${CITATION} The memorandum is in the Carter Library, Plains File.`);
    expect(record.copies).toEqual([]);
    expect(record.remarks).toEqual(['The memorandum is in the Carter Library, Plains File.']);
  });
});

describe('openingCopyListStart', () => {
  const start = (text: string) => openingCopyListStart({ text, start: 0, end: text.length });

  it.each([
    ['Another copy is in the Kennedy Library, National Security Files', 'Kennedy Library'],
    ['A copy is in Department of State, Durbrow Files: Lot 68 D 404', 'Department of State'],
    ['Other copies are in the Roosevelt Papers and the Hopkins Papers', 'Roosevelt Papers'],
    ['The Russian-language text is in Department of State, Presidential Correspondence', 'Department of State'],
  ])('finds where the locations of %s start', (text, first) => {
    // Past the verb and a leading "the", which the location reader drops.
    expect(text.slice(start(text)).replace(/^the /, '')).toMatch(new RegExp(`^${first}`));
  });

  it.each([
    'Kennedy Library, National Security Files, Countries Series, USSR',
    'Copyright is held by the author',
    // A narrative that mentions a copy of another document further on is no copy sentence.
    'On August 15 Ambassador Ritchie presented Johnson with a letter. A memorandum with attached copy of his letter is in the National Archives',
    `The President met Ambassador Dobrynin at the White House on the morning of June 3 for an hour and spoke at length of Berlin; a copy is in the Kennedy Library`,
  ])('finds none in %s', (text) => {
    expect(start(text)).toBe(-1);
  });
});

describe('a second or third copy with a clause of its own', () => {
  it('reads `…, and a third copy is in Y` as two copies', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1, Country Files. Secret. Another copy is in the National Archives, RG 59, Central Files 1970–73, POL 7 US, and a third copy is in the Library of Congress, Kissinger Papers, Box CL 32.',
    );
    expect(record.copies).toMatchObject([
      { repositoryId: 'nara', recordGroup: 'RG 59', collection: 'Central Files 1970–73', series: [], file: 'POL 7 US' },
      { repositoryId: 'loc', collection: 'Kissinger Papers', series: [], box: 'CL 32' },
    ]);
  });
});

describe('a clause after the list of a copy sentence', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/5–1058. Secret. Another copy is in the Eisenhower Library, Whitman File; it is attached to a memorandum of May 4.', 'it is attached to a memorandum of May 4.'],
    ['Another copy is in the Eisenhower Library, Whitman File; it is attached to a memorandum of May 4.', 'it is attached to a memorandum of May 4.'],
  ])('keeps the clause after the semicolon of %s in remarks', (note, remark) => {
    const record = parseSourceNote(note);
    expect(record.copies).toMatchObject([{ repositoryId: 'eisenhower-library', collection: 'Whitman File', series: [] }]);
    expect(record.remarks).toEqual([remark]);
  });

  it('still reads another copy after the semicolon as a copy', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/5–1058. Secret. Another copy is in the Eisenhower Library, Whitman File; another is in the Department of State, Presidential Correspondence: Lot 66 D 204.');
    expect(record.copies.map((copy) => copy.repositoryId)).toEqual(['eisenhower-library', 'us-department-of-state']);
    expect(record.remarks).toEqual([]);
  });
});

describe('a copy sentence opening with `There is`', () => {
  it.each([
    ['There is another copy in the Department of State, Central Foreign Policy File, P780075–0912.', 1],
    ['There are also copies of the memorandum in the Department of State, Central Foreign Policy File, P780075–0912, and the Reagan Library, Executive Secretariat, NSC.', 2],
  ])('reads the places of `%s` as copies', (sentence, count) => {
    const record = parseSourceNote(`Source: Carter Library, Plains File, Box 1. Secret. ${sentence}`);
    expect(record.copies).toHaveLength(count);
    expect(record.copies[0]).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Foreign Policy File', file: 'P780075–0912' });
    expect(record.remarks).toEqual([]);
  });

  it.each([
    'There is no copy in the Department of State files.',
    'There is a note in the Department of State files.',
    'There is a handwritten note on the copy in the Ford Library, National Security Adviser, Box 3.',
  ])('reads `%s` as no copy', (sentence) => {
    const record = parseSourceNote(`Source: Carter Library, Plains File, Box 1. Secret. ${sentence}`);
    expect(record.copies).toEqual([]);
    expect(record.remarks).toEqual([sentence]);
  });
});
