/**
 * Source notes in the house styles of the volumes up to about 1950: the annual volumes, the
 * Paris Peace Conference, the wartime conference volumes and the 1946–1950 volumes. Written
 * in FRUS house style for these tests; every expectation is read off the note text per SPEC.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('the Paris Peace Conference files', () => {
  it('reads `Paris Peace Conf.` before a file number as the collection of that file', () => {
    const record = parseSourceNote('Paris Peace Conf. 185.1/85: Telegram');
    expect(record.primary).toMatchObject({
      repository: null,
      repositoryId: 'us-department-of-state',
      collection: 'Paris Peace Conf.',
      series: [],
      file: '185.1/85',
      fileDate: null,
    });
    expect(record.form).toBe('Telegram');
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('keeps the abbreviation in one sentence with its file, before a marking', () => {
    const record = parseSourceNote('Paris Peace Conf. 763.72119/3652. Secret.');
    expect(record.primary).toMatchObject({ collection: 'Paris Peace Conf.', file: '763.72119/3652' });
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Secret' });
  });

  it('does not take the conference named without a file number for a file collection', () => {
    const record = parseSourceNote('Paris Peace Conference Files');
    expect(record.primary).toMatchObject({ repositoryId: null, collection: 'Paris Peace Conference Files', file: null });
  });
});

describe('the markings of the wartime messages', () => {
  it.each([
    ['Roosevelt Papers: Telegram. Personal and Secret.', 'secret', 'Personal and Secret'],
    ['Map Room Files. Personal and Top Secret.', 'top-secret', 'Personal and Top Secret'],
    ['Hopkins Papers. Personal and Most Secret.', 'top-secret', 'Personal and Most Secret'],
  ])('reads %s as the level with the caption in handling, as Secret and Personal is read', (note, level, text) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level, text });
    expect(record.handling).toEqual(['Personal']);
    expect(record.remarks).toEqual([]);
  });

  it('reads the British Most Secret alone as the grade the United States matched with Top Secret', () => {
    const record = parseSourceNote('Roosevelt Papers. Most Secret.');
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Most Secret' });
    expect(record.handling).toEqual([]);
  });

  it('keeps the captions after the marking', () => {
    const record = parseSourceNote('Roosevelt Papers. Personal and Secret; Priority.');
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Personal and Secret' });
    expect(record.handling).toEqual(['Personal', 'Priority']);
  });

  it.each([
    ['Map Room Files: Telegram. Personal and Secret for the President from the Former Naval Person.', 'secret', 'Personal and Secret', 'for the President from the Former Naval Person.'],
    ['Harriman Papers: Telegram. Personal and Top Secret for the President from Harriman.', 'top-secret', 'Personal and Top Secret', 'for the President from Harriman.'],
    ['740.0011 Moscow/10–3043: Telegram. Secret and Personal for the President.', 'secret', 'Secret and Personal', 'for the President.'],
  ])('reads the marking of %s before whom the message is for, which stays in remarks', (note, level, text, addressee) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level, text });
    expect(record.handling).toEqual(['Personal']);
    expect(record.form).toBe('Telegram');
    expect(record.remarks).toEqual([addressee]);
  });

  it('reads whom a message is from as it reads whom it is for', () => {
    const record = parseSourceNote('Roosevelt Papers: Telegram. Most Secret and Personal from the Prime Minister to the President.');
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Most Secret and Personal' });
    expect(record.handling).toEqual(['Personal']);
    expect(record.remarks).toEqual(['from the Prime Minister to the President.']);
  });

  it.each([
    ['740.00119 Control (Germany)/5–2545: Telegram. Top Secret. Eyes Only for the Secretary.', 'Eyes Only for the Secretary'],
    ['Map Room Files. Top Secret. Personal for the President.', 'Personal for the President'],
  ])('reads the caption sentence with its addressee in %s as it is read after a semicolon', (note, caption) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Top Secret' });
    expect(record.handling).toEqual([caption]);
    expect(record.remarks).toEqual([]);
    expect(parseSourceNote(note.replace('Top Secret. ', 'Top Secret; ')).handling).toEqual([caption]);
  });

  it('keeps the captions after an addressed marking', () => {
    const record = parseSourceNote('Roosevelt Papers. Personal and Top Secret for Marshal Stalin; Priority.');
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Personal and Top Secret' });
    expect(record.handling).toEqual(['Personal', 'Priority']);
    expect(record.remarks).toEqual(['for Marshal Stalin']);
  });

  it('does not read a sentence that opens with a caption word and has no classification before "for" as a marking', () => {
    const record = parseSourceNote('Roosevelt Papers. Personal files for the year were not kept.');
    expect(record.classification).toBeNull();
    expect(record.remarks).toEqual(['Personal files for the year were not kept.']);
  });

  it('leaves Personal and Confidential, a caption as a whole, to the captions', () => {
    const record = parseSourceNote('Roosevelt Papers. Personal and Confidential.');
    expect(record.classification).toBeNull();
    expect(record.handling).toEqual(['Personal and Confidential']);
  });
});

describe('sentences that mention files', () => {
  it.each(['Not found in Department files.', 'No copy of this telegram found in the files of the Department.'])('does not read %s as a collection', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual([note]);
  });

  it.each([
    ['Eisenhower papers, Whitman file', 'Eisenhower papers'],
    ['Secretary’s Memoranda of Conversation, Lot 53 D 444', 'Secretary’s Memoranda of Conversation'],
    ['inr-se files', 'inr-se files'],
  ])('still reads the name %s as a collection', (note, collection) => {
    expect(parseSourceNote(note).primary?.collection).toBe(collection);
  });
});

describe('a citation that names the copy the text is printed from', () => {
  it.each([
    ['Printed from the copy in the Roosevelt Papers.', { repositoryId: null, collection: 'Roosevelt Papers' }],
    ['Printed from an unsigned carbon copy in the Hopkins Papers.', { repositoryId: null, collection: 'Hopkins Papers' }],
    ['Copy obtained from the Roosevelt Papers.', { repositoryId: null, collection: 'Roosevelt Papers' }],
    ['Printed from a copy obtained from the Franklin D. Roosevelt Library.', { repository: 'Franklin D. Roosevelt Library', repositoryId: 'fdr-library', collection: null }],
  ])('reads %s as the place of the source text', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads the file a text is filed under as its place', () => {
    const record = parseSourceNote('Filed separately under file No. 763.72/1770½.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '763.72/1770½', fileDate: null });
  });

  it.each([
    ['The source text is the copy in the Hopkins Papers.', 'Hopkins Papers'],
    ['The source text is the copy in the J.C.S. Files. Top Secret.', 'J.C.S. Files'],
    ['The source text is an unsigned copy in the Roosevelt Papers.', 'Roosevelt Papers'],
    ['The source text is in the Hopkins Papers.', 'Hopkins Papers'],
  ])('reads %s, which names the copy printed, as the place of the source text, not as another copy', (note, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: null, collection, series: [] });
    expect(record.copies).toEqual([]);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('keeps a source text described without a place in remarks', () => {
    const record = parseSourceNote('The source text is unsigned.');
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual(['The source text is unsigned.']);
  });

  it('keeps a copy named without a place in remarks', () => {
    const record = parseSourceNote('Printed from an unsigned carbon copy.');
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual(['Printed from an unsigned carbon copy.']);
  });
});

describe('collections of the conference volumes named at length without a repository', () => {
  it.each([
    ['Files of the Combined Chiefs of Staff', 'Files of the Combined Chiefs of Staff'],
    ['Files of the Combined Chiefs of Staff. Top Secret.', 'Files of the Combined Chiefs of Staff'],
    ["Log of the President's Trip", "Log of the President's Trip"],
    ["Log of the President's Trip. Top Secret.", "Log of the President's Trip"],
  ])('reads %s as the collection', (note, collection) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: null, collection, series: [], file: null });
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it.each(['NO COPY OF THIS LETTER FOUND IN DEPARTMENT FILES.', 'Files of this kind were not kept by the Department.'])('does not read the sentence %s as a collection', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual([note]);
  });
});

describe('the Council of Foreign Ministers lot', () => {
  it.each(['Department of State, CFM Files, Lot M–88, Box 2054', 'Department of State, CFM Files, Lot M-88, Box 2054', 'Department of State, CFM Files, Lot M 88, Box 2054'])('reads the lot of %s', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'CFM Files', series: [], lot: 'M 88', box: '2054' });
  });
});

describe('copies in collections named without a repository', () => {
  it('reads each collection joined by "and" as a copy', () => {
    const record = parseSourceNote('Roosevelt Papers. Copies are also in the Hopkins Papers and the Leahy Papers.');
    expect(record.primary).toMatchObject({ repositoryId: null, collection: 'Roosevelt Papers' });
    expect(record.copies.map((copy) => [copy.repositoryId, copy.collection])).toEqual([
      [null, 'Hopkins Papers'],
      [null, 'Leahy Papers'],
    ]);
  });

  it('keeps the path of the second collection with it', () => {
    const record = parseSourceNote('Roosevelt Papers. Other copies are in the Map Room Files and in the J.C.S. Files, CCS 380.');
    expect(record.copies.map((copy) => [copy.collection, copy.series])).toEqual([
      ['Map Room Files', []],
      ['J.C.S. Files', ['CCS 380']],
    ]);
  });

  it('does not cut a name whose "and" joins no collections', () => {
    const record = parseSourceNote('Roosevelt Papers. Another copy is in the Records of Policy and Planning Files.');
    expect(record.copies.map((copy) => copy.collection)).toEqual(['Records of Policy and Planning Files']);
  });
});

describe('places a telegram was repeated to, with the number it was repeated under', () => {
  it.each([
    ['740.00119 EW/5–1245: Telegram. Sent to London as No. 3456; repeated to Moscow as No. 1234.', ['Moscow']],
    ['Secret. Sent to the Department as 1234; repeated to London 567, Paris 89.', ['London', 'Paris']],
    ['711.94/1234: Telegram. Repeated to London as 1234, Paris as 567, and Moscow as 89.', ['London', 'Paris', 'Moscow']],
    ['711.94/1234: Telegram. Repeated to Paris as telegram 1234 and to Moscow as telegram 567.', ['Paris', 'Moscow']],
  ])('reads the places of %s without the numbers', (note, places) => {
    expect(parseSourceNote(note).repeatedTo).toEqual(places);
  });
});

describe('a range of documents of a Numerical File case', () => {
  it.each(['File No. 1518/45–47.', 'File No. 1518/45-47.'])('reads %s as the file, with no date', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: note.slice(9, -1), fileDate: null });
    expect(record.remarks).toEqual([]);
  });
});

describe('personal files of the decimal file', () => {
  it.each([
    ['033.1140 Stimson, Henry L./12', '033.1140 Stimson, Henry L./12', null, null],
    ['123 Johnson, Nelson T./456: Telegram', '123 Johnson, Nelson T./456', null, 'Telegram'],
    ['Department of State, Central Files, 123 Kennan, George F./5–1552', '123 Kennan, George F./5–1552', '1952-05-15', null],
    ['Source: Department of State, Central Files, 123–Dulles, John Foster/6–1257. Confidential.', '123–Dulles, John Foster/6–1257', '1957-06-12', null],
    ['Department of State, Central Files, 123–Bohlen, Charles E./456', '123–Bohlen, Charles E./456', null, null],
  ])('reads %s as one file, the comma between the names included', (note, file, fileDate, form) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file, fileDate });
    expect(record.form).toBe(form);
    expect(record.remarks).toEqual([]);
  });
});

describe('footnotes that point at pages of FRUS', () => {
  it.each([
    ['Ante, p. 123.', 'Ante, p. 123'],
    ['Post, pp. 456–458.', 'Post, pp. 456–458'],
    ['See vol. VII, pp. 685–686.', 'vol. VII, pp. 685–686'],
  ])('reads %s as a reference, not as the printed source text', (note, reference) => {
    const record = parseSourceNote(note);
    expect(record.primaryPublication).toBeNull();
    expect(record.references).toMatchObject([{ kind: 'frus-document', text: reference }]);
    expect(record.remarks).toEqual([note]);
  });

  it.each([
    ['For previous correspondence, see Foreign Relations, 1902, pp. 45 et seq.', null],
    ['For previous correspondence,  see Foreign Relations,  1902,  pp.  45 et seq.', null],
    ['For text of this Soviet proposal, see Foreign Relations, 1958-1960, vol. IX, pp. 395-397.', null],
    ['For a memorandum of Harriman’s conversation with Khrushchev, see vol. XXIV, pp. 1000–1005.', 'vol. XXIV, pp. 1000–1005'],
  ])('reads the pointer %s as a remark, not as the printed source text', (note, reference) => {
    const record = parseSourceNote(note);
    expect(record.primaryPublication).toBeNull();
    expect(record.printed).toEqual([]);
    expect(record.remarks).toEqual([note]);
    if (reference) expect(record.references).toMatchObject([{ kind: 'frus-document', text: reference }]);
  });

  it('still reads a title that opens with "For" as the printed source text', () => {
    expect(parseSourceNote('Foreign Relations, 1894, Appendix II, p. 456.').primaryPublication).toMatchObject({ title: 'Foreign Relations, 1894, Appendix II', pages: '456' });
  });

  it('reads a pointer to pages after the citation as a reference', () => {
    const record = parseSourceNote('711.94/1234. Not printed; but see telegram No. 123, post, p. 234.');
    expect(record.primary?.file).toBe('711.94/1234');
    expect(record.references).toMatchObject([{ kind: 'frus-document', text: 'post, p. 234' }]);
  });

  it.each(['Vol. ii, p. 34.', 'See letter from the Secretary of State to President Wilson, April 15, 1916, p. 548.'])('does not read %s as a printed source text', (note) => {
    const record = parseSourceNote(note);
    expect(record.primaryPublication).toBeNull();
    expect(record.remarks).toEqual([note]);
  });

  it('still reads a work cited with its pages as the printed source text', () => {
    const record = parseSourceNote('Sherwood, Roosevelt and Hopkins, pp. 780–781.');
    expect(record.primaryPublication).toMatchObject({ title: 'Sherwood, Roosevelt and Hopkins', pages: '780–781' });
  });
});

describe('the treaty series of the earlier volumes', () => {
  it.each([
    ['Department of State Treaty Series No. 881, or 46 Stat. 2343.', 'treaty-series'],
    ['Department of State, Treaty Series No. 123.', 'treaty-series'],
    ['Department of State Executive Agreement Series No. 235.', 'executive-agreement-series'],
  ])('reads %s as a printed work, not as a place in the Department of State', (note, publicationId) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ publicationId, title: note.slice(0, -1) });
    expect(record.remarks).toEqual([]);
  });
});

describe('a repository named after its collection', () => {
  it.each([
    ['Wilson Papers, Library of Congress.', { repository: 'Library of Congress', repositoryId: 'loc', collection: 'Wilson Papers', series: [] }],
    ['House Papers, Yale University Library.', { repository: 'Yale University Library', repositoryId: 'yale-library', collection: 'House Papers', series: [] }],
    ['Lansing Papers, Library of Congress, Box 3', { repositoryId: 'loc', collection: 'Lansing Papers', series: [], box: '3' }],
  ])('reads the holder of %s as the repository', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject(primary);
  });

  it('reads a copy so written the same way', () => {
    const record = parseSourceNote('711.94/1234. Another copy is in the Wilson Papers, Library of Congress.');
    expect(record.copies).toMatchObject([{ repositoryId: 'loc', collection: 'Wilson Papers', series: [] }]);
  });

  it('leaves a path without a repository as it is', () => {
    expect(parseSourceNote('Harriman Papers, Moscow Files').primary).toMatchObject({ repositoryId: null, collection: 'Harriman Papers', series: ['Moscow Files'] });
  });
});

describe('the precedences of the 1940s telegrams', () => {
  it.each([
    ['711.61/3–2048: Telegram. Urgent.', ['Urgent']],
    ['711.94/2345: Telegram. Triple priority.', ['Triple priority']],
    ['Roosevelt Papers. Most Immediate.', ['Most Immediate']],
  ])('reads the caption written alone in %s', (note, handling) => {
    const record = parseSourceNote(note);
    expect(record.classification).toBeNull();
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
  });

  it('reads them after the classification too', () => {
    const record = parseSourceNote('Roosevelt Papers. Personal and Most Secret; Most Immediate.');
    expect(record.classification?.level).toBe('top-secret');
    expect(record.handling).toEqual(['Personal', 'Most Immediate']);
  });
});

describe('the town of a repository written after its name', () => {
  it.each([
    ['Copy obtained from the Franklin D. Roosevelt Library, Hyde Park, N.Y.', { repositoryId: 'fdr-library', collection: null, series: [] }],
    ['Truman Library, Independence, Mo., President’s Secretary’s Files', { repositoryId: 'truman-library', collection: 'President’s Secretary’s Files', series: [] }],
  ])('is no segment of the path of %s', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    expect(record.remarks).toEqual([]);
  });
});

describe('document headings given where a note was expected', () => {
  it.each(['The Minister in China (Johnson) to the Secretary of State', 'Mr. Seward to Mr. Adams.', 'The Secretary of State to the Ambassador in Japan (Grew)'])('reports %s as a heading, not as unparsed text', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toBeNull();
    expect(record.remarks).toEqual([note]);
    expect(record.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['document-heading', 'info']]);
  });

  it.each(['No. 123.] Mr. Seward to Mr. Adams.', 'No. 1234.] Mr. Conger to Mr. Hay.', 'No. 45] Sir Julian Pauncefote to Mr. Olney.'])(
    'reports the numbered heading %s as a heading, number and all',
    (note) => {
      const record = parseSourceNote(note);
      expect(record.primary).toBeNull();
      expect(record.remarks).toEqual([note]);
      expect(record.diagnostics).toMatchObject([{ ruleId: 'document-heading', severity: 'info', range: [0, note.length] }]);
    },
  );

  it('leaves a number before a sentence that is no heading unparsed', () => {
    expect(parseSourceNote('No. 123.] Not printed.').diagnostics.map((d) => d.ruleId)).not.toContain('document-heading');
  });

  it('leaves the sentence Handed to the Japanese Ambassador. unparsed', () => {
    expect(parseSourceNote('Handed to the Japanese Ambassador.').diagnostics.map((d) => d.ruleId)).toEqual(['unparsed-text']);
  });

  it('reads the sentence Sent to London. as where the message went, not as a heading', () => {
    const record = parseSourceNote('Sent to London.');
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['missing-primary-location']);
    expect(record.remarks).toEqual(['Sent to London.']);
  });
});

describe('the numbered papers of the State-War-Navy Coordinating Committee', () => {
  it.each([
    ['Department of State, SWNCC Files, SWNCC 150/4. Top Secret.', { repositoryId: 'us-department-of-state', collection: 'SWNCC Files', series: [], file: 'SWNCC 150/4' }],
    ['SWNCC Files, Lot 52 M 45, SWNCC 16/5. Top Secret.', { repositoryId: null, collection: 'SWNCC Files', series: [], lot: '52 M 45', file: 'SWNCC 16/5' }],
    // Its successor of 1947–1949, the State-Army-Navy-Air Force Coordinating Committee, numbered its papers alike.
    ['SANACC Files, SANACC 360/11. Top Secret.', { repositoryId: null, collection: 'SANACC Files', series: [], file: 'SANACC 360/11' }],
    ['SANACC 360/11. Top Secret.', { repositoryId: null, collection: null, series: [], file: 'SANACC 360/11' }],
  ])('reads the paper of %s as its file, as JCS 1924/4 is read', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    expect(record.classification?.level).toBe('top-secret');
  });

  it('still reads a military decimal file of the same code', () => {
    expect(parseSourceNote('J.C.S. Files, CCS 381 (1–24–43)').primary).toMatchObject({ collection: 'J.C.S. Files', file: 'CCS 381 (1–24–43)' });
  });
});

describe('the congressional documents of the nineteenth-century volumes', () => {
  it.each([
    ['House Ex. Doc. No. 1, 43d Cong., 1st sess., p. 234.', 'House Ex. Doc. No. 1, 43d Cong., 1st sess.', '234'],
    ['Printed in Senate Ex. Doc. No. 45, 52d Cong., 1st sess., p. 12.', 'Senate Ex. Doc. No. 45, 52d Cong., 1st sess.', '12'],
    ['Senate Doc. 45, 57th Cong., 2d sess.', 'Senate Doc. 45, 57th Cong., 2d sess.', undefined],
    ['Printed in House Misc. Doc. No. 212, 50th Cong., 1st sess.', 'House Misc. Doc. No. 212, 50th Cong., 1st sess.', undefined],
  ])('reads %s as the printed source text, the session’s abbreviation whole', (note, title, pages) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title, publicationId: 'congressional-serial-set' });
    expect(record.primaryPublication?.pages).toBe(pages);
    expect(record.remarks).toEqual([]);
  });

  it('ends the sentence after the session, keeping its stop in the title', () => {
    const record = parseSourceNote('Printed in Senate Doc. No. 62, 55th Cong., 3d sess. Translation.');
    expect(record.primaryPublication?.title).toBe('Senate Doc. No. 62, 55th Cong., 3d sess.');
    expect(record.remarks).toEqual(['Translation.']);
  });

  it('reads one printed after the source text', () => {
    const record = parseSourceNote('Printed in Foreign Relations, 1894, Appendix II, p. 1189. Also printed in Senate Ex. Doc. No. 13, 53d Cong., 2d sess., p. 7.');
    expect(record.primaryPublication).toMatchObject({ title: 'Foreign Relations, 1894, Appendix II', pages: '1189' });
    expect(record.printed).toMatchObject([{ title: 'Senate Ex. Doc. No. 13, 53d Cong., 2d sess.', pages: '7', publicationId: 'congressional-serial-set' }]);
    expect(record.remarks).toEqual([]);
  });
});

describe('the bound correspondence of the Department before 1906', () => {
  it.each([
    ['Instructions, Great Britain, vol. 18.', 'Instructions', ['Great Britain', 'vol. 18']],
    ['Despatches, Mexico, vol. 105.', 'Despatches', ['Mexico', 'vol. 105']],
    ['Notes from the British Legation, vol. 12.', 'Notes from the British Legation', ['vol. 12']],
    ['Instructions, China, vol. 3, No. 45.', 'Instructions', ['China', 'vol. 3', 'No. 45']],
    ['Despatches,  Mexico,  vol.  105.', 'Despatches', ['Mexico', 'vol.  105']],
  ])('reads %s as a volume of a collection without a repository', (note, collection, series) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: null, collection, series, file: null });
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads the form of a telegram after the volume', () => {
    const record = parseSourceNote('Despatches, Mexico, vol. 105. Telegram.');
    expect(record.primary?.collection).toBe('Despatches');
    expect(record.form).toBe('Telegram');
  });

  it.each(['Instructions were sent to the Legation, June 3.', 'Despatches, Mexico.', 'Notes from the conversation, vol. 2 of the minutes were kept.'])(
    'does not read %s, which cites no volume of a series, as a location',
    (note) => {
      const record = parseSourceNote(note);
      expect(record.primary).toBeNull();
      expect(record.remarks).toEqual([note]);
    },
  );
});

describe('the minute-takers of the conference volumes', () => {
  it.each([
    ['J.C.S. Files. Recorded by Brigadier General John R. Deane.', 'J.C.S. Files', 'Brigadier General John R. Deane'],
    ["Log of the President's Trip. Top Secret. Recorded by Lieutenant Rigdon.", "Log of the President's Trip", 'Lieutenant Rigdon'],
  ])('reads the one who recorded %s as its drafter', (note, collection, drafter) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: null, collection });
    expect(record.drafters.map((person) => person.name)).toEqual([drafter]);
    expect(record.remarks).toEqual([]);
  });
});

describe('a note on the text in brackets after the form of the interwar file lines', () => {
  it.each([
    ['763.72119/3412: Telegram [Paraphrase]', '763.72119/3412', '[Paraphrase]'],
    ['861.00/3321: Telegram [Extract.]', '861.00/3321', '[Extract.]'],
    ['861.00/3321: Telegram (paraphrase)', '861.00/3321', '(paraphrase)'],
  ])('reads %s as the file and the form, the bracket kept as a remark', (note, file, bracket) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.form).toBe('Telegram');
    expect(record.remarks).toEqual([bracket]);
  });

  it.each([
    ['861.00/3321 [Extract]', '861.00/3321', '[Extract]'],
    ['File No. 763.72119/3412 [Paraphrase]', '763.72119/3412', '[Paraphrase]'],
  ])('reads %s, with no form, as the file, the bracket kept as a remark', (note, file, bracket) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.form).toBeNull();
    expect(record.remarks).toEqual([bracket]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads the marking after the bracket', () => {
    const record = parseSourceNote('711.94/1234: Telegram [Paraphrase]. Strictly confidential.');
    expect(record.primary?.file).toBe('711.94/1234');
    expect(record.form).toBe('Telegram');
    expect(record.classification).toMatchObject({ level: 'confidential', text: 'Strictly confidential' });
    expect(record.remarks).toEqual(['[Paraphrase]']);
  });

  it('does not take a bracket after a name that is no form for a form', () => {
    const record = parseSourceNote('711.11/1-2161: Telegram (2)');
    expect(record.form).toBeNull();
  });
});

describe('places a telegram was repeated to, run on to its marking after a semicolon', () => {
  it.each([
    ['893.00/4567: Telegram. Confidential; repeated to Tokyo.', 'confidential', 'Confidential', [], ['Tokyo']],
    ['500.A15a4/1234: Telegram. Strictly confidential; repeated to Tokyo and Peiping.', 'confidential', 'Strictly confidential', [], ['Tokyo', 'Peiping']],
    ['711.94/1234: Telegram. Secret; Priority; repeated to London as No. 123 and Paris as No. 45.', 'secret', 'Secret', ['Priority'], ['London', 'Paris']],
  ])('reads %s as the marking and the places, not as a caption', (note, level, text, handling, places) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level, text });
    expect(record.handling).toEqual(handling);
    expect(record.repeatedTo).toEqual(places);
    expect(record.remarks).toEqual([]);
  });

  it('keeps where it was sent as written, as in a distribution sentence', () => {
    const record = parseSourceNote('711.94/1234: Telegram. Secret; sent to London as No. 12; repeated to Paris.');
    expect(record.handling).toEqual([]);
    expect(record.repeatedTo).toEqual(['Paris']);
    expect(record.remarks).toEqual(['sent to London as No. 12']);
  });

  it('reads the places after a precedence written alone', () => {
    const record = parseSourceNote('711.94/1234: Telegram. Triple priority; repeated to Tokyo.');
    expect(record.handling).toEqual(['Triple priority']);
    expect(record.repeatedTo).toEqual(['Tokyo']);
  });
});

describe('the copy of a note transmitted to the Department by a mission', () => {
  it.each([
    ['861.00/1234. Copy transmitted to the Department by the Ambassador in France in his despatch No. 1234, March 3; received March 15.', 'the Ambassador in France in his despatch No. 1234, March 3', 'received March 15.'],
    ['763.72/1234. Transmitted to the Department by the Chargé in Sweden in his despatch No. 89, June 1; received June 20.', 'the Chargé in Sweden in his despatch No. 89, June 1', 'received June 20.'],
    ['611.61/1–2455. Transmitted to the Department in despatch 1234 from Moscow, January 24; received January 30.', 'despatch 1234 from Moscow to the Department, January 24', 'received January 30.'],
  ])('reads %s as Transmitted by … is read, the day of receipt kept as a remark', (note, message, received) => {
    const record = parseSourceNote(note);
    expect(record.transmittedIn).toBe(message);
    expect(record.remarks).toEqual([received]);
  });

  it('reads a copy transmitted by the sender alone', () => {
    const record = parseSourceNote('File No. 763.72/1234. Copy transmitted by the Ambassador in his despatch No. 345, March 2.');
    expect(record.primary?.file).toBe('763.72/1234');
    expect(record.transmittedIn).toBe('the Ambassador in his despatch No. 345, March 2');
    expect(record.remarks).toEqual([]);
  });

  it('keeps a relative clause and the day of receipt apart', () => {
    const record = parseSourceNote('711.11/1234. Transmitted in telegram 2562 from Moscow, April 11, which is not printed; received April 12.');
    expect(record.transmittedIn).toBe('telegram 2562 from Moscow, April 11');
    expect(record.remarks).toEqual(['which is not printed', 'received April 12.']);
  });

  it('does not read a copy sent elsewhere as transmitting this one', () => {
    const record = parseSourceNote('711.11/1234. Copy of this letter was sent to the Embassy.');
    expect(record.transmittedIn).toBeNull();
    expect(record.remarks).toEqual(['Copy of this letter was sent to the Embassy.']);
  });
});

describe('a footnote on where the message went, given alone', () => {
  it.each([
    ['Repeated to Tokyo.', ['Tokyo'], null],
    ['Repeated to Peiping and Tokyo.', ['Peiping', 'Tokyo'], null],
    ['Copy transmitted by the Ambassador in his despatch No. 345, March 2.', [], 'the Ambassador in his despatch No. 345, March 2'],
    ['Transmitted to the Department by the Ambassador in Great Britain in his despatch No. 345, March 2.', [], 'the Ambassador in Great Britain in his despatch No. 345, March 2'],
  ])('reads %s as after a citation, and reports that the note locates no source text', (note, places, message) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.repeatedTo).toEqual(places);
    expect(record.transmittedIn).toBe(message);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics.map((d) => [d.ruleId, d.severity, d.range])).toEqual([['missing-primary-location', 'warning', [0, note.length]]]);
  });

  it('leaves a first sentence that opens with T and tells no way of the message unparsed', () => {
    expect(parseSourceNote('Telegram.').diagnostics.map((d) => d.ruleId)).toEqual(['unparsed-text']);
  });
});

describe('the records-centre accessions of the ECA and MSA files', () => {
  it.each([
    ['ECA Telegram Files, FRC Acc. No. 53A278, Paris Repto: Telegram', 'ECA Telegram Files', ['Paris Repto'], 'FRC 53A278'],
    ['Source: Department of State, Mutual Security Agency Files, FRC Accession No. 53A278, Paris Repto. Secret.', 'Mutual Security Agency Files', ['Paris Repto'], 'FRC 53A278'],
  ])('reads the accession of %s without its label word, keeping FRC', (note, collection, series, accession) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection, series, accession });
    expect(record.remarks).toEqual([]);
  });
});

describe('the Department’s documentary publications of the 1930s and 1940s as the source text', () => {
  it.each([
    ['Source: Department of State, Peace and War: United States Foreign Policy, 1931–1941 (Washington, 1943), p. 123.', 'peace-and-war', '123'],
    ['Source: Department of State, Press Releases, May 4, 1940, p. 123.', 'dos-press-releases', '123'],
    ['Source: Department of State, Documents and State Papers, vol. I, p. 123.', 'documents-and-state-papers', '123'],
    ['Source: Papers Relating to the Foreign Relations of the United States, 1917, Supplement 2, vol. I, p. 123.', 'frus', '123'],
  ])('reads %s as a printed work, not as files of the Department', (note, publicationId, pages) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ publicationId, pages });
  });

  it('still reads a collection of the Department named otherwise as its files', () => {
    expect(parseSourceNote('Source: Department of State, Central Files, 711.94/2345.').primary).toMatchObject({ repositoryId: 'us-department-of-state', file: '711.94/2345' });
  });
});

describe('a stray stop in the file label a note opens with', () => {
  it.each([
    ['File. No. 812.00/1234.', '812.00/1234'],
    ['Source: File. Nos. 817.00/1593, 1594.', '817.00/1593, 1594'],
  ])('reads %s as the label and its file, in one sentence', (note, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file });
    expect(record.remarks).toEqual([]);
  });

  it('still ends a sentence after a collection named File', () => {
    const record = parseSourceNote('Source: Eisenhower Library, Whitman File. No classification marking.');
    expect(record.primary).toMatchObject({ collection: 'Whitman File' });
    expect(record.classification?.level).toBe('no-marking');
  });
});

describe('the Central Files named without the Department', () => {
  it.each([
    ['Source: Central Files, 795.00/6–2550. Secret.', 'Central Files', '795.00/6–2550', '1950-06-25'],
    ['Central files, 740.0011 European War 1939/1234', 'Central files', '740.0011 European War 1939/1234', null],
  ])('reads the decimal file of %s as the Department’s', (note, collection, file, fileDate) => {
    expect(parseSourceNote(note).primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection, file, fileDate });
  });

  it('reads a copy so named the same way', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 795.00/6–2550. Secret. Another copy is in Central Files, 611.61/5–1058.');
    expect(record.copies).toMatchObject([{ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '611.61/5–1058' }]);
  });

  it('does not give the Joint Chiefs’ decimal files to the Department', () => {
    expect(parseSourceNote('Central Files, 9155.3/3100').primary?.repositoryId ?? null).toBeNull();
  });
});

describe('a form after the file with the sections it was sent in, or as a paraphrase', () => {
  it.each([
    ['893.00/14321: Telegram in two sections', '893.00/14321', null, 'Telegram', ['in two sections']],
    ['Source: Department of State, Central Files, 893.00/1–549: Telegram in three sections. Secret.', '893.00/1–549', '1949-01-05', 'Telegram', ['in three sections']],
    ['740.0011 European War 1939/1234: Paraphrase of telegram', '740.0011 European War 1939/1234', null, 'Paraphrase of telegram', []],
  ])('reads %s as the Department’s file and its form', (note, file, fileDate, form, remarks) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file, fileDate });
    expect(record.form).toBe(form);
    expect(record.remarks).toEqual(remarks);
  });

  it('does not read words after a form other than its sections as part of it', () => {
    const record = parseSourceNote('Department of State Files: Memorandum by Pasvolsky');
    expect(record.form).toBeNull();
  });
});
