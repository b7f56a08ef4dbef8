/**
 * Reading one location (src/parse/location.ts): what its identifier segments fill. Notes are
 * written in FRUS house style for these tests; expectations are read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('a list of file numbers after a collection', () => {
  it.each([
    ['Source: National Archives, RG 59, Central Foreign Policy Files, P840012–1234, N840001–0123. Secret.', 'Central Foreign Policy Files', 'P840012–1234, N840001–0123'],
    ['Source: Department of State, Central Files, 611.61/1593, 1594. Secret.', 'Central Files', '611.61/1593, 1594'],
    ['Source: Department of State, Central Files, 611.61/1–2561; FW 611.61/1–2661. Secret.', 'Central Files', '611.61/1–2561, FW 611.61/1–2661'],
  ])('keeps the second number of %s in the file, not the series', (note, collection, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection, file, series: [] });
    expect(record.classification?.level).toBe('secret');
  });
});

describe('files joined by "and"', () => {
  it.each([
    ['Source: File Nos. 893.00/4567 and 4568.', { repositoryId: 'us-department-of-state', collection: 'Central Files', file: '893.00/4567, 4568' }],
    ['Source: 711.94/1234 and 711.94/1235. Secret.', { repositoryId: 'us-department-of-state', collection: 'Central Files', file: '711.94/1234, 711.94/1235' }],
    ['Source: Department of State, Central Foreign Policy Files, D740123–0456 and N740012–0123. Secret.', { collection: 'Central Foreign Policy Files', file: 'D740123–0456, N740012–0123' }],
    ['SOURCE: DEPARTMENT OF STATE, CENTRAL FILES, 611.61/1593 AND 1594. SECRET.', { collection: 'CENTRAL FILES', file: '611.61/1593, 1594' }],
  ])('reads %s as one file holding both, as a comma list', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ ...primary, series: [] });
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics.map((d) => d.ruleId)).not.toContain('unparsed-text');
  });

  it('reads a repository after "and" as another place, and leaves "and" between years in the path', () => {
    // The second place holds a copy, as after a semicolon; the file stays the primary location's.
    const record = parseSourceNote('Source: Department of State, Central Files, 711.94/1234 and Kennedy Library.');
    expect(record.primary).toMatchObject({ file: '711.94/1234', series: [] });
    expect(record.copies).toMatchObject([{ repositoryId: 'jfk-library', collection: null }]);
    expect(parseSourceNote('Source: National Archives, RG 59, 1975 and 1976 Files.').primary).toMatchObject({ file: null, collection: '1975 and 1976 Files' });
  });
});

describe('a box or folder written with a colon after its label', () => {
  it('reads the value after the colon as the folder or box, not the label as a series', () => {
    const record = parseSourceNote('Source: Reagan Library, Matlock Files, Box: 12, Folder: USSR 1989. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'reagan-library', collection: 'Matlock Files', box: '12', folder: 'USSR 1989', series: [] });
    expect(parseSourceNote('Source: Reagan Library, Matlock Files, Folder: USSR 1989. Secret.').primary).toMatchObject({ folder: 'USSR 1989', series: [] });
  });
});

describe('an accession after its label', () => {
  it('keeps the designation without the label word, as SPEC writes accessions', () => {
    const record = parseSourceNote('Source: Washington National Records Center, RG 330, Accession 69A6202, Box 3. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'wnrc', recordGroup: 'RG 330', accession: '69A6202', box: '3', series: [] });
  });

  it('reads an accession labelled `Acc. No.` without ending the sentence at `Acc.`', () => {
    const record = parseSourceNote('Source: Washington National Records Center, RG 330, OASD/ISA Files: Acc. No. 65 A 3501, Vietnam 381. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'wnrc', recordGroup: 'RG 330', collection: 'OASD/ISA Files', accession: '65 A 3501', series: ['Vietnam 381'] });
    expect(record.classification?.level).toBe('secret');
    expect(record.remarks).toEqual([]);
  });
});

describe('numbered items of other records', () => {
  it('reads a JCS or CCS paper and a White House tape conversation as the file', () => {
    expect(parseSourceNote('Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, JCS 1924/4. Top Secret.').primary).toMatchObject({
      recordGroup: 'RG 218',
      collection: 'Records of the Joint Chiefs of Staff',
      file: 'JCS 1924/4',
      series: [],
    });
    for (const paper of ['C.C.S. 170/2', 'CCS 170/2', 'C.C.S. 170/2/D']) {
      const record = parseSourceNote(`Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, ${paper}. Top Secret.`);
      expect(record.primary, paper).toMatchObject({
        repositoryId: 'nara',
        recordGroup: 'RG 218',
        collection: 'Records of the Joint Chiefs of Staff',
        series: [],
        file: paper,
        fileDate: null,
      });
      expect(record.classification?.level, paper).toBe('top-secret');
      expect(record.remarks, paper).toEqual([]);
    }
    expect(parseSourceNote('Source: National Archives, Nixon Presidential Materials, White House Tapes, Conversation 475–14. No classification marking.').primary).toMatchObject({
      collection: 'Nixon Presidential Materials',
      series: ['White House Tapes'],
      file: 'Conversation 475–14',
    });
  });

  it('keeps a NARA entry and a policy paper in the path', () => {
    expect(parseSourceNote('Source: National Archives, RG 59, Records of Henry Kissinger, Entry 5403, Box 3. Secret.').primary).toMatchObject({
      collection: 'Records of Henry Kissinger',
      series: ['Entry 5403'],
      file: null,
      box: '3',
    });
    expect(parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, NSC Institutional Files (H-Files), Box H–135, NSSM 39. Secret.').primary).toMatchObject({
      box: 'H–135',
      series: ['NSC Files', 'NSC Institutional Files (H-Files)', 'NSSM 39'],
      file: null,
    });
  });
});

describe('a government body or memorial that is not in the repository table', () => {
  it.each([
    ['Source: Bureau of the Budget, Director’s Files. Confidential.', 'Bureau of the Budget', 'Director’s Files'],
    ['Source: Atomic Energy Commission, Secretariat Files, Job 1130, Box 45. Secret.', 'Atomic Energy Commission', 'Secretariat Files'],
    ['Source: United States Mission to the United Nations, USUN Files. Confidential.', 'United States Mission to the United Nations', 'USUN Files'],
  ])('reads the repository of %s', (note, repository, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository, repositoryId: null, collection });
    expect(record.diagnostics.map((d) => d.ruleId)).not.toContain('unparsed-text');
  });

  it.each([
    ['Source: Department of Energy, Archives, AEC Records, Secretariat Files, Disarmament. Secret.', 'Department of Energy', 'us-department-of-energy', 'Archives'],
    ['Source: Department of the Army, Office of the Chief of Staff, Files. Secret.', 'Department of the Army', 'us-department-of-the-army', 'Office of the Chief of Staff'],
    ['Source: Treasury Department, Secretary’s Files. Confidential.', 'Treasury Department', 'us-department-of-the-treasury', 'Secretary’s Files'],
  ])('reads the repository of %s, now in the table', (note, repository, repositoryId, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository, repositoryId, collection });
    expect(record.diagnostics.map((d) => d.ruleId)).not.toContain('unparsed-text');
  });

  it('reads the files of a department in the table as `Department of State Files` is read', () => {
    // The department is the repository; the word "Files" names no collection, and the path follows.
    const record = parseSourceNote('Source: Department of the Army Files, G–3 091 Korea. Top Secret.');
    expect(record.primary).toMatchObject({ repository: 'Department of the Army', repositoryId: 'us-department-of-the-army', collection: 'G–3 091 Korea' });
  });

  it('does not read the word "Files" after a known repository as a collection (`Department of State Files`)', () => {
    // The Potsdam volumes cite the Department's files in general: the repository, and no collection
    // (a collection `Files` names nothing; the text keeps the words as written).
    const record = parseSourceNote('Source: Department of State Files. Secret.');
    expect(record.primary).toMatchObject({ text: 'Department of State Files', repository: 'Department of State', repositoryId: 'us-department-of-state', collection: null, series: [] });
    expect(record.classification?.level).toBe('secret');
    expect(record.remarks).toEqual([]);
    // The path after the word is read as usual.
    expect(parseSourceNote('Source: Department of State files, Lot 60 D 224. Secret.').primary).toMatchObject({ collection: null, lot: '60 D 224' });
    expect(parseSourceNote('Source: Central Intelligence Agency Files, Job 79–R01012A, ODDI Registry. Secret.').primary).toMatchObject({
      repositoryId: 'cia',
      collection: 'ODDI Registry',
      job: '79–R01012A',
    });
    // A segment of its own, or a longer word, is a collection as written.
    expect(parseSourceNote('Source: Department of State, Files. Secret.').primary?.collection).toBe('Files');
    expect(parseSourceNote('Source: Department of State Filestore. Secret.').primary?.collection).toBe('Filestore');
  });

  it('does not read a sentence that mentions a department as a repository', () => {
    const record = parseSourceNote('No copy of this letter found in Department f:iles.');
    expect(record.primary).toBeNull();
  });
  it.each([
    'Documentation on the Soviet role is in the Johnson Library, National Security File, Rostow Files, Chlodnick File.',
    'For the meeting Rostow had circulated copies of his speech at the National War College on August 20.',
  ])('does not read a sentence that mentions a library, college or archives as a repository: %s', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual([note]);
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['unparsed-text']);
  });

  it('reads an unknown repository whose first word is misspelt in small letters', () => {
    expect(parseSourceNote('Source: hoover Institution Archives, Bonesteel Papers, Box 2. Secret.').primary).toMatchObject({
      repository: 'hoover Institution Archives',
      collection: 'Bonesteel Papers',
      box: '2',
    });
  });
});

describe('a quoted folder title', () => {
  it('is one series segment, commas and all', () => {
    const record = parseSourceNote('Source: Johnson Library, National Security File, Files of Walt W. Rostow, “Meetings with the President, January–April 1967, [2 of 2]”, Box 1. Secret.');
    expect(record.primary).toMatchObject({
      repositoryId: 'lbj-library',
      collection: 'National Security File',
      series: ['Files of Walt W. Rostow', '“Meetings with the President, January–April 1967, [2 of 2]”'],
      box: '1',
    });
    expect(record.classification?.level).toBe('secret');
  });
});
