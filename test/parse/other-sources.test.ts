/**
 * Source notes whose source text is not in the Department's or a presidential library's files:
 * foreign archives (Russian, British, French, German, Chinese), other agencies of the Government,
 * foundations and universities, and the newspapers the volumes print Soviet statements from.
 * Written in FRUS house style for these tests; every expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

const ARCHIVES: { note: string; primary: Record<string, unknown>; remarks?: string[] }[] = [
  {
    note: 'Source: Archive of the President of the Russian Federation (APRF), f. 3, op. 66, d. 123, ll. 45–47. No classification marking. Translated from Russian by Svetlana Savranskaya.',
    primary: { repository: 'Archive of the President of the Russian Federation (APRF)', repositoryId: 'aprf', collection: 'f. 3', series: ['op. 66', 'd. 123', 'll. 45–47'] },
    remarks: ['Translated from Russian by Svetlana Savranskaya.'],
  },
  {
    note: 'Source: APRF, f. 52, op. 1, d. 598, ll. 122–131. No classification marking.',
    primary: { repository: 'APRF', repositoryId: 'aprf', collection: 'f. 52', series: ['op. 1', 'd. 598', 'll. 122–131'] },
  },
  {
    note: 'Source: Archives of the Foreign Policy of the Russian Federation (AVP RF), f. 0129, op. 61, d. 5. Secret. Drafted by Dobrynin.',
    primary: { repository: 'Archives of the Foreign Policy of the Russian Federation (AVP RF)', repositoryId: 'russian-mfa', collection: 'f. 0129', series: ['op. 61', 'd. 5'] },
  },
  {
    note: 'Source: Russian State Archive of Contemporary History (RGANI), f. 89, op. 66, d. 7. Top Secret.',
    primary: { repositoryId: 'rgani', collection: 'f. 89', series: ['op. 66', 'd. 7'] },
  },
  {
    note: 'Source: RGANI, Presidium protocols, f. 3, op. 16, d. 947, ll. 15–16. Top Secret. Translated by Timothy Naftali.',
    primary: { repository: 'RGANI', repositoryId: 'rgani', collection: 'Presidium protocols', series: ['f. 3', 'op. 16', 'd. 947', 'll. 15–16'] },
    remarks: ['Translated by Timothy Naftali.'],
  },
  {
    note: 'Source: Russian State Archive of Socio-Political History (RGASPI), f. 558, op. 11, d. 362, ll. 3–6. Top Secret.',
    primary: { repositoryId: 'rgaspi', collection: 'f. 558', series: ['op. 11', 'd. 362', 'll. 3–6'] },
  },
  {
    // London, the Public Record Office's town before Kew, is the place, not the collection.
    note: 'Source: Public Record Office, London, FO 371/161146, AU 1016/23. Confidential.',
    primary: { repository: 'Public Record Office', repositoryId: 'uk-national-archives', collection: 'FO 371/161146', series: ['AU 1016/23'] },
  },
  {
    note: 'Source: The National Archives, Kew, PREM 13/2459. Secret.',
    primary: { repositoryId: 'uk-national-archives', collection: 'PREM 13/2459' },
  },
  {
    note: 'Source: National Archives, United Kingdom, FCO 7/2341. Secret.',
    primary: { repository: 'National Archives, United Kingdom', repositoryId: 'uk-national-archives', collection: 'FCO 7/2341' },
  },
  {
    note: 'Source: Archives nationales, Paris, 5 AG 1/175. Secret. Translated from French.',
    primary: { repository: 'Archives nationales', repositoryId: 'archives-nationales', collection: '5 AG 1/175' },
    remarks: ['Translated from French.'],
  },
  {
    note: 'Source: Archives du ministère des Affaires étrangères, Paris, Série Europe 1944–1960, Allemagne, vol. 1021. Secret.',
    primary: { repositoryId: 'french-mfa', collection: 'Série Europe 1944–1960', series: ['Allemagne', 'vol. 1021'] },
  },
  {
    note: 'Source: Politisches Archiv des Auswärtigen Amts, Bonn, Bestand B 2, Band 85. Secret.',
    primary: { repository: 'Politisches Archiv des Auswärtigen Amts', repositoryId: 'pa-aa', collection: 'Bestand B 2', series: ['Band 85'] },
  },
  {
    note: 'Source: Bundesarchiv, Koblenz, B 136/3916. Secret. Translated from German.',
    primary: { repository: 'Bundesarchiv', repositoryId: 'bundesarchiv', collection: 'B 136/3916' },
    remarks: ['Translated from German.'],
  },
  {
    note: 'Source: Chinese Foreign Ministry Archives, 109-00162-01. No classification marking. Translated by Chen Jian.',
    primary: { repositoryId: 'chinese-mfa', collection: '109-00162-01' },
    remarks: ['Translated by Chen Jian.'],
  },
  {
    note: 'Source: National Archives of Australia, A1838, 3103/10/11/2. Secret.',
    primary: { repository: 'National Archives of Australia', repositoryId: 'national-archives-of-australia', collection: 'A1838', series: ['3103/10/11/2'] },
  },
  {
    note: 'Source: Wilson Center Digital Archive, Archive of the President of the Russian Federation, f. 3, op. 65, d. 526. Translated by Vladislav Zubok.',
    primary: { repositoryId: 'wilson-center', collection: 'Archive of the President of the Russian Federation', series: ['f. 3', 'op. 65', 'd. 526'] },
  },
  {
    note: 'Source: Council on Foreign Relations Archives, New York, Studies Department, Records of Meetings, Vol. XLII. No classification marking.',
    primary: { repositoryId: 'council-on-foreign-relations', collection: 'Studies Department', series: ['Records of Meetings', 'Vol. XLII'] },
  },
  {
    note: 'Source: Naval War College, Naval Historical Collection, Papers of Admiral Arleigh Burke, Box 5. Top Secret.',
    primary: { repositoryId: 'naval-war-college', collection: 'Naval Historical Collection', series: ['Papers of Admiral Arleigh Burke'], box: '5' },
  },
  {
    note: 'Source: Department of Energy Archives, RG 326, Atomic Energy Commission, Secretariat, Box 7698. Secret; Restricted Data.',
    primary: { repository: 'Department of Energy Archives', repositoryId: 'us-department-of-energy', recordGroup: 'RG 326', collection: 'Atomic Energy Commission', series: ['Secretariat'], box: '7698' },
  },
  {
    note: 'Source: Department of the Army, Office of the Chief of Staff, CS 091 Korea. Top Secret.',
    primary: { repositoryId: 'us-department-of-the-army', collection: 'Office of the Chief of Staff', series: ['CS 091 Korea'] },
  },
  {
    note: 'Source: U.S. Information Agency, Office of the Director, Subject Files, FRC 68 A 4933, Box 3. Confidential.',
    primary: { repositoryId: 'usia', collection: 'Office of the Director', series: ['Subject Files'], accession: 'FRC 68 A 4933', box: '3' },
  },
  {
    note: 'Source: Agency for International Development, Office of the Administrator, Bell Files, FRC 69 A 1234, Box 2. Limited Official Use.',
    primary: { repositoryId: 'usaid', collection: 'Office of the Administrator', series: ['Bell Files'], accession: 'FRC 69 A 1234', box: '2' },
  },
  {
    note: 'Source: Treasury Department, Office of the Secretary, Fowler Papers, Box 23. Confidential.',
    primary: { repositoryId: 'us-department-of-the-treasury', collection: 'Office of the Secretary', series: ['Fowler Papers'], box: '23' },
  },
  {
    note: 'Source: Federal Reserve Bank of New York, Coombs Files, Box 8. Confidential.',
    primary: { repositoryId: 'federal-reserve-bank-of-new-york', collection: 'Coombs Files', box: '8' },
  },
];

describe('foreign archives and other agencies as the place of the source text', () => {
  it.each(ARCHIVES)('$note', ({ note, primary, remarks }) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    if (remarks) expect(record.remarks).toEqual(remarks);
    expect(record.diagnostics.filter((d) => d.ruleId === 'unparsed-text')).toEqual([]);
  });

  it('a folder titled after an agency is not its holder', () => {
    // `Federal Reserve Board` after a box is the folder's title in the Burns Papers.
    const record = parseSourceNote('Source: Ford Library, Arthur F. Burns Papers, Box B–65, Federal Reserve Board. Confidential.');
    expect(record.primary).toMatchObject({ repositoryId: 'ford-library', box: 'B–65' });
  });
});

const NEWSPAPERS: { note: string; title: string; publicationId: string; pages?: string }[] = [
  { note: 'Source: Pravda, January 17, 1963.', title: 'Pravda, January 17, 1963', publicationId: 'pravda' },
  { note: 'Source: Izvestia, March 4, 1959. The source text is a translation prepared in the Department.', title: 'Izvestia, March 4, 1959', publicationId: 'izvestia' },
  { note: 'Source: The Times (London), February 4, 1960.', title: 'The Times (London), February 4, 1960', publicationId: 'times-london' },
  { note: 'Source: Le Monde, September 10, 1963. Translated from French.', title: 'Le Monde, September 10, 1963', publicationId: 'le-monde' },
  { note: 'Source: The Washington Post, March 3, 1982, p. A1.', title: 'The Washington Post, March 3, 1982', publicationId: 'washington-post', pages: 'A1' },
];

describe('newspapers and bulletins as the source text', () => {
  it.each(NEWSPAPERS)('$note', ({ note, title, publicationId, pages }) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title, publicationId, ...(pages ? { pages } : {}) });
  });

  it('a translation printed in the Cold War International History Project Bulletin', () => {
    const record = parseSourceNote(
      'Source: Archive of the President of the Russian Federation (APRF), f. 3, op. 66, d. 123. Top Secret. Printed in Cold War International History Project Bulletin, Issue 5, pp. 110–112.',
    );
    expect(record.primary).toMatchObject({ repositoryId: 'aprf' });
    expect(record.printed).toEqual([expect.objectContaining({ title: 'Cold War International History Project Bulletin, Issue 5', pages: '110–112', publicationId: 'cwihp-bulletin' })]);
  });
});

describe('an oral history named before the library that holds it', () => {
  it.each([
    ['Source: Oral history interview with Dean Acheson, Truman Library. No classification marking.', 'truman-library', 'Oral history interview with Dean Acheson', []],
    ['Source: Oral history interview with George Ball, July 8, 1971, Johnson Library.', 'lbj-library', 'Oral history interview with George Ball', ['July 8, 1971']],
    // Pages of the transcript do not make it a printed work.
    ['Source: Oral history interview with Paul H. Nitze, Truman Library, pp. 112–114.', 'truman-library', 'Oral history interview with Paul H. Nitze', ['pp. 112–114']],
  ])('%s', (note, repositoryId, collection, series) => {
    const record = parseSourceNote(note);
    expect(record.primaryPublication).toBeNull();
    expect(record.primary).toMatchObject({ repositoryId, collection, series });
    expect(record.remarks).toEqual([]);
  });
});

describe('an office whose name joins two words by "and"', () => {
  it('is one drafter, not two (`Drafted in the Foreign and Commonwealth Office`)', () => {
    const record = parseSourceNote('Source: National Archives of the United Kingdom, PREM 16/1233. Secret. Drafted in the Foreign and Commonwealth Office.');
    expect(record.drafters.map((person) => person.name)).toEqual(['Foreign and Commonwealth Office']);
  });

  it('is one clearance in a list (`Arms Control and Disarmament Agency and EUR`)', () => {
    const record = parseSourceNote('Secret. Drafted by Smith and cleared in the Arms Control and Disarmament Agency and EUR.');
    expect(record.clearances.map((person) => person.name)).toEqual(['Arms Control and Disarmament Agency', 'EUR']);
  });

  it('is the office of the name it follows (`Caccia of the Foreign and Commonwealth Office`)', () => {
    const record = parseSourceNote('Confidential. Drafted by Caccia of the Foreign and Commonwealth Office on June 12.');
    expect(record.drafters).toEqual([expect.objectContaining({ name: 'Caccia', office: 'Foreign and Commonwealth Office', date: 'June 12' })]);
  });

  it('leaves names joined by "and" two names', () => {
    expect(parseSourceNote('Drafted by Foreign and Jones.').drafters.map((person) => person.name)).toEqual(['Foreign', 'Jones']);
  });
});

describe('more holders of papers, and the units of the Central Committee’s fond 89', () => {
  it.each([
    ['Source: McCloy Papers, Amherst College Library, Box 12. Secret.', { repository: 'Amherst College Library', repositoryId: 'amherst-library', collection: 'McCloy Papers', box: '12' }],
    ['Source: Houghton Library, Harvard University, Joseph C. Grew Papers, Conversations, vol. 7. Confidential.', { repositoryId: 'houghton-library', collection: 'Joseph C. Grew Papers', series: ['Conversations', 'vol. 7'] }],
    ['Source: Minnesota Historical Society, Hubert H. Humphrey Papers, Vice Presidential Files. Confidential.', { repositoryId: 'minnesota-historical-society', collection: 'Hubert H. Humphrey Papers', series: ['Vice Presidential Files'] }],
    ['Source: Stiftung Archiv der Parteien und Massenorganisationen der DDR im Bundesarchiv (SAPMO-BArch), DY 30/3386. Translated by the editors.', { repositoryId: 'sapmo-barch', collection: 'DY 30/3386' }],
    ['Source: The National Archives of the UK, FCO 82/306. Confidential.', { repositoryId: 'uk-national-archives', collection: 'FCO 82/306' }],
    ['Source: Russian State Archive of Contemporary History, Moscow, f. 89, per. 64, dok. 11. Top Secret.', { repositoryId: 'rgani', collection: 'f. 89', series: ['per. 64', 'dok. 11'] }],
  ])('%s', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    expect(record.diagnostics.filter((d) => d.ruleId === 'unparsed-text')).toEqual([]);
  });
});

describe('what "but" adds after the names of a drafting line', () => {
  it.each([
    ['Source: Princeton University, Mudd Library, Dulles Papers, JFD Chronological Series, Box 12. Personal and Private. Dictated by Dulles but not signed.', ['Dulles'], [], 'but not signed.'],
    ['Secret. Drafted by Dulles but not sent. Cleared by Merchant.', ['Dulles'], ['Merchant'], 'but not sent.'],
    ['Secret. Drafted by Smith and cleared by Jones but not approved.', ['Smith'], ['Jones'], 'but not approved.'],
  ])('%s', (note, drafters, clearances, remark) => {
    const record = parseSourceNote(note);
    expect(record.drafters.map((person) => person.name)).toEqual(drafters);
    expect(record.clearances.map((person) => person.name)).toEqual(clearances);
    expect(record.remarks).toContain(remark);
  });
});

describe('the text in its own language printed elsewhere', () => {
  it('`The Russian text is printed in Izvestia, …` is a publication with the language as its note', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Files, 611.61/2–1062. Confidential. Transmitted to the Department in despatch 521 from Moscow, February 10. The Russian text is printed in Izvestia, February 9, 1962.',
    );
    expect(record.printed).toEqual([expect.objectContaining({ title: 'Izvestia, February 9, 1962', note: 'Russian text', publicationId: 'izvestia' })]);
    expect(record.remarks).toEqual([]);
  });

  it('`The original French-language text was published in …`, with its pages', () => {
    const record = parseSourceNote('Secret. The original French-language text was published in Documents diplomatiques français, 1963, tome I, pp. 12–14.');
    expect(record.printed).toEqual([expect.objectContaining({ title: 'Documents diplomatiques français, 1963, tome I', pages: '12–14', note: 'original French-language text' })]);
  });

  it('a language text in an archive stays a copy', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 762A.00/5–659. Secret. The German text is in the Politisches Archiv des Auswärtigen Amts, B 2, Band 85.');
    expect(record.printed).toEqual([]);
    expect(record.copies).toEqual([expect.objectContaining({ repositoryId: 'pa-aa', collection: 'B 2', series: ['Band 85'] })]);
  });
});

describe('pages not in one range (`pp. 1, 16`)', () => {
  it('are the pages of the newspaper that is the source text', () => {
    const record = parseSourceNote('Source: The New York Times, June 6, 1967, pp. 1, 16.');
    expect(record.primaryPublication).toMatchObject({ title: 'The New York Times, June 6, 1967', pages: '1, 16', text: 'The New York Times, June 6, 1967, pp. 1, 16' });
    expect(record.remarks).toEqual([]);
  });

  it('are the pages of one work in a printed-in list, not a work of their own', () => {
    const record = parseSourceNote('Secret. Also printed in Department of State Bulletin, May 1, 1961, pp. 3, 7–8, and Documents on Disarmament, 1961, p. 4.');
    expect(record.printed.map((work) => [work.title, work.pages])).toEqual([
      ['Department of State Bulletin, May 1, 1961', '3, 7–8'],
      ['Documents on Disarmament, 1961', '4'],
    ]);
  });
});

describe('a transmitting clause after a semicolon', () => {
  it('after a translation sentence, names the message; the translation stays a remark', () => {
    const record = parseSourceNote('Source: Pravda, January 17, 1963, pp. 1–3. Translated in the Embassy in Moscow; transmitted in telegram 1789 from Moscow, January 17.');
    expect(record.primaryPublication).toMatchObject({ title: 'Pravda, January 17, 1963', pages: '1–3' });
    expect(record.transmittedIn).toBe('telegram 1789 from Moscow, January 17');
    expect(record.remarks).toEqual(['Translated in the Embassy in Moscow']);
  });

  it('after a drafting line, names the message', () => {
    const record = parseSourceNote('Secret. Drafted by Smith; transmitted in telegram 1789 from Moscow, January 17.');
    expect(record.drafters.map((person) => person.name)).toEqual(['Smith']);
    expect(record.transmittedIn).toBe('telegram 1789 from Moscow, January 17');
    expect(record.remarks).toEqual([]);
  });

  it('how it went (`in two sections`) is no message and stays a remark', () => {
    const record = parseSourceNote('Secret. Drafted by Smith; transmitted in two sections.');
    expect(record.transmittedIn).toBeNull();
    expect(record.remarks).toEqual(['transmitted in two sections.']);
  });
});

describe('the volume of a work the table does not know, after "printed in"', () => {
  it('is no FRUS reference (`printed in Zhou Enlai Nianpu, vol. III, pp. 447–448`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.93/3–2071. Secret. A Chinese-language record of the meeting is printed in Zhou Enlai Nianpu, vol. III, pp. 447–448.');
    expect(record.references).toEqual([]);
  });

  it('a FRUS volume named so stays one', () => {
    const record = parseSourceNote('Secret. See the memorandum printed in Foreign Relations, 1958–1960, vol. X, pp. 3–5.');
    expect(record.references).toEqual([expect.objectContaining({ kind: 'frus-document', volume: 'X' })]);
  });
});

describe('the archives of the East and of Asia that the Wilson Center translations cite', () => {
  it.each([
    ['Source: Archives of the Ministry of Foreign Affairs of Vietnam, Hanoi. No classification marking. Translated from Vietnamese.', { repositoryId: 'vietnam-mfa', collection: null }],
    ['Source: Archive of the Ministry of Foreign Affairs of the Czech Republic, Telegrams, 1968. Secret.', { repositoryId: 'czech-mfa', collection: 'Telegrams' }],
    ['Source: Hungarian National Archives (MOL), M-KS 288, f. 5/1. Translated by Andras Bocz.', { repositoryId: 'hungarian-national-archives', collection: 'M-KS 288', series: ['f. 5/1'] }],
    ['Source: Wilson Center Digital Archive, Stasi Archives (BStU), MfS, HVA 123. Translated by Bernd Schaefer.', { repositoryId: 'wilson-center', collection: 'Stasi Archives (BStU)' }],
  ])('%s', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject(primary);
  });
});
