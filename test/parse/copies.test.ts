import { describe, expect, it } from 'vitest';
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
