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

describe('a note on the text in parentheses after a bare file number', () => {
  it.each([
    ['894.00/987 (Extract)', '894.00/987', '(Extract)'],
    ['893.00/12345 (Paraphrase)', '893.00/12345', '(Paraphrase)'],
    ['Department of State, Central Files, 740.00119 EW/5–2845 (Extract). Top Secret.', '740.00119 EW/5–2845', '(Extract)'],
  ])('reads %s as the file, the note on the text a remark', (note, file, remark) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.remarks).toEqual([remark]);
  });

  it('keeps a class’s own parentheses in the file', () => {
    const record = parseSourceNote('740.00119 Control (Germany)/6–845');
    expect(record.primary).toMatchObject({ file: '740.00119 Control (Germany)/6–845', fileDate: '1945-06-08' });
    expect(record.remarks).toEqual([]);
  });
});

describe('a decimal file of a person with unspaced initials', () => {
  it.each([
    ['811.001 Roosevelt, F.D./1234', '811.001 Roosevelt, F.D./1234', null],
    ['811.001 Roosevelt, F.D./1234: Telegram', '811.001 Roosevelt, F.D./1234', 'Telegram'],
    ['Department of State, Central Files, 123 Harriman, W.A./45. Secret.', '123 Harriman, W.A./45', null],
  ])('reads %s as one file', (note, file, form) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file, fileDate: null });
    expect(record.form).toBe(form);
    expect(record.remarks).toEqual([]);
  });
});

describe('a holder named with its institution', () => {
  it.each([
    ['Grew Papers, Houghton Library, Harvard University.', 'Houghton Library, Harvard University', []],
    ['Grew Papers, Houghton Library, Harvard University, Conversations, vol. 7.', 'Houghton Library, Harvard University', ['Conversations', 'vol. 7']],
    ['Houghton Library, Harvard University, Grew Papers.', 'Houghton Library, Harvard University', []],
  ])('reads %s as the Houghton Library’s Grew Papers', (note, repository, series) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository, repositoryId: 'houghton-library', collection: 'Grew Papers', series });
    expect(record.remarks).toEqual([]);
  });
});

describe('the Numerical File named before its case', () => {
  it.each([
    ['Numerical File 3767/5', '3767/5'],
    ['Numerical File, 3767/5.', '3767/5'],
    ['Numerical File 1518/42–44. Confidential.', '1518/42–44'],
  ])('reads %s as the Department’s Numerical File and the case', (note, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection: 'Numerical File', series: [], file, fileDate: null });
    expect(record.remarks).toEqual([]);
  });
});

describe('the congressional documents the Civil War volumes were printed as', () => {
  it.each([
    ['Executive Document No. 1, 38th Cong., 1st sess., pt. 1.', 'Executive Document No. 1, 38th Cong., 1st sess., pt. 1'],
    ['Ex. Doc. No. 1, 38th Cong., 1st sess.', 'Ex. Doc. No. 1, 38th Cong., 1st sess.'],
  ])('reads %s as a printed source of the Serial Set', (note, title) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title, publicationId: 'congressional-serial-set' });
    expect(record.remarks).toEqual([]);
  });
});

describe('a telegram repeated by the Department', () => {
  it.each([
    ['761.94/1234: Telegram. Repeated to Tokyo by the Department as No. 45.', ['Tokyo']],
    ['Repeated to Tokyo by the Department.', ['Tokyo']],
    ['Repeated by the Department to Tokyo as No. 45.', ['Tokyo']],
    ['Repeated by the Department to Tokyo, Peiping, and Nanking.', ['Tokyo', 'Peiping', 'Nanking']],
  ])('reads %s as the places it was repeated to', (note, repeatedTo) => {
    const record = parseSourceNote(note);
    expect(record.repeatedTo).toEqual(repeatedTo);
    expect(record.remarks).toEqual([]);
  });
});

describe('a wartime caption with its addressee after a comma', () => {
  it.each([
    ['Roosevelt Papers: Telegram. Personal and Most Secret, from Former Naval Person to President Roosevelt.', 'Personal and Most Secret', 'top-secret', ['Personal'], 'from Former Naval Person to President Roosevelt.'],
    ['Map Room Files. Personal and Top Secret, for the President from the Prime Minister.', 'Personal and Top Secret', 'top-secret', ['Personal'], 'for the President from the Prime Minister.'],
  ])('reads the classification of %s, the addressee a remark', (note, text, level, handling, remark) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ text, level });
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([remark]);
  });
});

describe('a note on the text in brackets closed by its own full stop', () => {
  it.each([
    ['761.93/1234: Telegram. [Paraphrase.] Repeated to Tokyo.', 'Telegram', ['Tokyo'], null, ['[Paraphrase.]']],
    ['761.93/1234: Telegram [Paraphrase.] Repeated to Tokyo.', 'Telegram', ['Tokyo'], null, ['[Paraphrase.]']],
    ['761.93/1234. [Extract.] Secret.', null, [], 'secret', ['[Extract.]']],
  ])('ends the sentence in %s', (note, form, repeatedTo, level, remarks) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '761.93/1234' });
    expect(record.form).toBe(form);
    expect(record.repeatedTo).toEqual(repeatedTo);
    expect(record.classification?.level ?? null).toBe(level);
    expect(record.remarks).toEqual(remarks);
  });
});

describe('the Bulletin named with its article', () => {
  it('reads `Printed from the text in the Department of State Bulletin` as the Bulletin', () => {
    const record = parseSourceNote('Printed from the text in the Department of State Bulletin, vol. XII, p. 213.');
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title: 'the Department of State Bulletin, vol. XII', pages: '213', publicationId: 'dos-bulletin' });
  });

  it('reads `Also printed in the Department of State Bulletin` as the Bulletin', () => {
    const record = parseSourceNote('Roosevelt Papers. Also printed in the Department of State Bulletin, vol. XII, p. 213.');
    expect(record.printed).toMatchObject([{ title: 'the Department of State Bulletin, vol. XII', pages: '213', publicationId: 'dos-bulletin' }]);
  });
});

describe('the copy the text is printed from, named after the file', () => {
  it.each([
    ['File No. 763.72/1234. Printed from the copy in the Lansing Papers.', null, 'Lansing Papers'],
    ['763.72/1234. The source text is the copy in the Hopkins Papers.', null, 'Hopkins Papers'],
    ['763.72/1234. Printed from the signed original in the Wilson Papers, Library of Congress.', 'loc', 'Wilson Papers'],
  ])('reads %s as the file, with the printed copy among the copies', (note, repositoryId, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Central Files', file: '763.72/1234' });
    expect(record.copies).toMatchObject([{ repositoryId, collection, series: [] }]);
    expect(record.remarks).toEqual([]);
  });

  it.each([
    '763.72/1234. The source text is unsigned.',
    '763.72/1234. The source text is the original in Russian.',
    'Roosevelt Papers. Printed from an unsigned carbon copy.',
    'Roosevelt Papers. Printed from a copy in the Roosevelt Papers.',
  ])(
    'keeps %s, which names no other place, as a remark',
    (note) => {
      const record = parseSourceNote(note);
      expect(record.copies).toEqual([]);
      expect(record.remarks).toHaveLength(1);
    },
  );
});

describe('the forms of the earlier volumes after a file number', () => {
  it.each([
    ['893.00/12345: Aide-Mémoire', '893.00/12345', 'Aide-Mémoire'],
    ['711.94/2345: Aide–Mémoire', '711.94/2345', 'Aide–Mémoire'],
    ['Department of State, Central Files, 711.94/2345: Aide-Mémoire. Confidential.', '711.94/2345', 'Aide-Mémoire'],
    ['711.94/2345: Pro Memoria', '711.94/2345', 'Pro Memoria'],
    ['740.0011 European War 1939/1234: Radiogram', '740.0011 European War 1939/1234', 'Radiogram'],
    ['File No. 763.72/1234: Cablegram.', '763.72/1234', 'Cablegram'],
  ])('reads %s as the file and its form', (note, file, form) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.form).toBe(form);
    expect(record.remarks).toEqual([]);
  });
});

describe('slips in the file label of the earlier volumes', () => {
  it.each([
    ['File No.: 763.72/1234.', '763.72/1234'],
    ['File Number 763.72/1234.', '763.72/1234'],
    ['Files Nos. 763.72/1234, 1235.', '763.72/1234, 1235'],
  ])('reads %s as the file', (note, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.remarks).toEqual([]);
  });
});

describe('the Army’s history center named with a comma', () => {
  it('reads `U.S. Army, Center of Military History, Deane Papers` as the center’s Deane Papers', () => {
    const record = parseSourceNote('U.S. Army, Center of Military History, Deane Papers. Top Secret.');
    expect(record.primary).toMatchObject({ repository: 'U.S. Army, Center of Military History', repositoryId: 'center-of-military-history', collection: 'Deane Papers', series: [] });
    expect(record.classification).toMatchObject({ level: 'top-secret' });
    expect(record.remarks).toEqual([]);
  });
});
