/**
 * Source notes in the house styles of the earliest and the wartime volumes (1861–1945: the
 * annual volumes, the Paris Peace Conference and the conference volumes from Washington 1941–42
 * to Berlin/Potsdam). Written in FRUS house style for these tests; every expectation is read off
 * the note text per SPEC.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('the source text named as an original or a paraphrase in a collection', () => {
  it.each([
    ['The source text is the signed original in the Roosevelt Papers.', null, 'Roosevelt Papers'],
    ['The source text is the original in the Hopkins Papers.', null, 'Hopkins Papers'],
    ['The source text is the paraphrase in the Roosevelt Papers.', null, 'Roosevelt Papers'],
    ['Printed from the signed original in the Wilson Papers, Library of Congress.', 'loc', 'Wilson Papers'],
    ['Printed from the original in the Hopkins Papers.', null, 'Hopkins Papers'],
    ['Printed from a paraphrase in the Map Room Files.', null, 'Map Room Files'],
  ])('reads %s as the place of the source text', (note, repositoryId, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId, collection, series: [] });
    expect(record.remarks).toEqual([]);
  });

  it('does not read the language of an original as a place', () => {
    const record = parseSourceNote('The source text is the original in Russian.');
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual(['The source text is the original in Russian.']);
  });
});
