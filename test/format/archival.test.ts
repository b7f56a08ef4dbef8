/** How a parsed location is described for citation; expected values written from CMOS 14.127–128. */
import { describe, expect, it } from 'vitest';
import { describeLocation } from '../../src/format/archival.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

const primaryOf = (note: string) => parseSourceNote(note).primary!;

describe('describeLocation', () => {
  it('names a Library of Congress division with the repository, after the collection', () => {
    const described = describeLocation(primaryOf('Source: Library of Congress, Manuscript Division, Kissinger Papers, Box 361, Telephone Conversations, Chronological File. No classification marking.'));
    expect(described).toEqual({
      location: 'Box 361',
      collection: 'Kissinger Papers, Telephone Conversations, Chronological File',
      collectionName: 'Kissinger Papers',
      archive: 'Manuscript Division, Library of Congress',
      place: 'Washington, DC',
      inferred: ['Washington, DC'],
    });
  });

  it('matches the division however its dashes and case are printed, and only as the first part', () => {
    expect(describeLocation(primaryOf('Library of Congress, manuscript  division, Harriman Papers.')).archive).toBe('Manuscript Division, Library of Congress');
    const later = describeLocation(primaryOf('Library of Congress, Harriman Papers, Manuscript Division.'));
    expect(later.archive).toBe('Library of Congress');
    expect(later.collectionName).toBe('Harriman Papers');
  });

  it('labels an accession parsed without its label word, and prints an FRC accession as written', () => {
    expect(describeLocation(primaryOf('Source: Washington National Records Center, RG 330, Accession 69A6202, Box 3. Secret.')).location).toBe('Accession 69A6202, Box 3');
    expect(describeLocation(primaryOf('Source: Washington National Records Center, RG 330, 330-75-0089, Box 3. Secret.')).location).toBe('Accession 330-75-0089, Box 3');
    expect(describeLocation(primaryOf('Source: Washington National Records Center, RG 330, OASD/ISA Files: FRC 63 A 1672, Greece. Secret.')).location).toBe('FRC 63 A 1672');
  });

  it('leaves other repositories alone', () => {
    const described = describeLocation(primaryOf('Kennedy Library, National Security Files, Countries Series, USSR.'));
    expect(described.collectionName).toBe('National Security Files');
    expect(described.archive).toBe('John F. Kennedy Presidential Library');
  });
});
