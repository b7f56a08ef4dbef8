/**
 * Source notes in the house styles of later volumes (1969 onward) and of repositories the gold
 * has few of: the Central Foreign Policy File's P- and D-numbers, presidential libraries, CIA
 * jobs, Washington National Records Center accessions. Written in FRUS house style for these
 * tests; every expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

const CASES: { note: string; primary: Record<string, unknown>; classification: string; handling?: string[] }[] = [
  {
    note: 'Source: National Archives, RG 59, Central Foreign Policy Files, P840084–1655. Secret; Immediate; Exdis.',
    primary: { repositoryId: 'nara', recordGroup: 'RG 59', collection: 'Central Foreign Policy Files', file: 'P840084–1655' },
    classification: 'secret',
    handling: ['Immediate', 'Exdis'],
  },
  {
    note: 'Source: Department of State, Central Foreign Policy File, D750123–0456. Confidential; Priority.',
    primary: { repositoryId: 'us-department-of-state', collection: 'Central Foreign Policy File', file: 'D750123–0456' },
    classification: 'confidential',
    handling: ['Priority'],
  },
  {
    note: 'Source: Carter Library, National Security Affairs, Brzezinski Material, Country File, Box 71, USSR: 1–3/77. Secret.',
    primary: { repositoryId: 'carter-library', collection: 'National Security Affairs', box: '71', series: ['Brzezinski Material', 'Country File', 'USSR', '1–3/77'] },
    classification: 'secret',
  },
  {
    note: 'Source: Ford Library, National Security Adviser, Presidential Country Files for Europe and Canada, Box 14, USSR—State Department Telegrams. Secret; Nodis.',
    primary: { repositoryId: 'ford-library', collection: 'National Security Adviser', box: '14', series: ['Presidential Country Files for Europe and Canada', 'USSR—State Department Telegrams'] },
    classification: 'secret',
    handling: ['Nodis'],
  },
  {
    note: 'Source: Central Intelligence Agency, Office of the Director of Central Intelligence, Job 80B01676R, Box 12, Folder 3. Secret.',
    primary: { repositoryId: 'cia', collection: 'Office of the Director of Central Intelligence', job: '80B01676R', box: '12', folder: '3' },
    classification: 'secret',
  },
  {
    note: 'Source: Nixon Library, NSC Files, Box 712, Country Files—Europe, USSR, Vol. III. Secret; Sensitive.',
    primary: { repositoryId: 'nixon-library', collection: 'NSC Files', box: '712', series: ['Country Files—Europe', 'USSR', 'Vol. III'] },
    classification: 'secret',
    handling: ['Sensitive'],
  },
  {
    note: 'Source: National Archives, RG 59, Records of the Policy Planning Staff, 1969–1977, Entry 5027, Box 345, Director’s Files (Winston Lord). Secret; Nodis.',
    primary: { repositoryId: 'nara', recordGroup: 'RG 59', collection: 'Records of the Policy Planning Staff', box: '345' },
    classification: 'secret',
    handling: ['Nodis'],
  },
  {
    note: 'Source: Johnson Library, National Security File, Country File, USSR, Vol. XV, Memos. Secret.',
    primary: { repositoryId: 'lbj-library', collection: 'National Security File', series: ['Country File', 'USSR', 'Vol. XV', 'Memos'] },
    classification: 'secret',
  },
  {
    // A telegram filmed under no number: `N/A` stands where the film number is.
    note: 'Source: Department of State, Central Foreign Policy File, N/A. Secret; Nodis.',
    primary: { repositoryId: 'us-department-of-state', collection: 'Central Foreign Policy File', series: [], file: 'N/A' },
    classification: 'secret',
    handling: ['Nodis'],
  },
  {
    // Papers held privately: no repository, the papers are the collection, though `Personal` is also a caption.
    note: 'Source: Personal Papers of Harold H. Saunders, Chronological File. Secret; Nodis.',
    primary: { repository: null, repositoryId: null, collection: 'Personal Papers of Harold H. Saunders', series: ['Chronological File'] },
    classification: 'secret',
    handling: ['Nodis'],
  },
  {
    note: 'Source: Richard Nixon Presidential Library and Museum, NSC Files, Box 1322, NSC Unfiled Material, 1973. Secret; Sensitive.',
    primary: { repository: 'Richard Nixon Presidential Library and Museum', repositoryId: 'nixon-library', collection: 'NSC Files', box: '1322', series: ['NSC Unfiled Material', '1973'] },
    classification: 'secret',
    handling: ['Sensitive'],
  },
  {
    // An executive department is the repository, by its written name.
    note: 'Source: Department of the Treasury, Files of Secretary William E. Simon, Box 3, Middle East. Confidential.',
    primary: { repository: 'Department of the Treasury', repositoryId: 'us-department-of-the-treasury', collection: 'Files of Secretary William E. Simon', box: '3', series: ['Middle East'] },
    classification: 'confidential',
  },
];

describe('source notes of later volumes', () => {
  it.each(CASES.map((c) => [c.note.slice(8, 60), c]))('reads %s…', (_, { note, primary, classification, handling = [] }) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject(primary);
    expect(record.classification?.level).toBe(classification);
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads the people and the distribution of a later telegram', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy Files, P840084–1655. Secret; Immediate. Drafted by J. Smith; cleared by P. Jones (EUR/SOV); approved by Eagleburger. Repeated to Moscow.',
    );
    expect(record.drafters.map((person) => person.name)).toEqual(['J. Smith']);
    expect(record.clearances).toMatchObject([{ name: 'P. Jones', office: 'EUR/SOV' }]);
    expect(record.approvers.map((person) => person.name)).toEqual(['Eagleburger']);
    expect(record.repeatedTo).toEqual(['Moscow']);
  });

  it('reads a telegram repeated at a precedence of its own to each place', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D790123–0345. Secret; Flash; Nodis. Repeated Flash to the White House and Niact Immediate to Cairo.',
    );
    expect(record.handling).toEqual(['Flash', 'Nodis']);
    expect(record.repeatedTo).toEqual(['the White House', 'Cairo']);
    expect(record.remarks).toEqual([]);
  });
});

describe('the drafting line in the telegram’s own capitals', () => {
  it('reads the office symbol before the colon as the office of the name after it', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D930456–0789. Secret; Nodis. Drafted by EUR/SOV:TWGRAHAM; cleared by EUR:JDOBBINS and S/S:MHARRIS; approved by P:RMKIMMITT.',
    );
    expect(record.drafters).toMatchObject([{ name: 'TWGRAHAM', office: 'EUR/SOV' }]);
    expect(record.clearances).toMatchObject([
      { name: 'JDOBBINS', office: 'EUR' },
      { name: 'MHARRIS', office: 'S/S' },
    ]);
    expect(record.approvers).toMatchObject([{ name: 'RMKIMMITT', office: 'P' }]);
    expect(record.remarks).toEqual([]);
    // The telegram prints no space after the office's colon: nothing is missing.
    expect(record.diagnostics).toEqual([]);
  });

  it('reads an office symbol joined to the name by an em dash as the later notes print it (`EUR/SOV—Mark R. Parris`)', () => {
    const text = 'Source: National Archives, RG 59, Central Foreign Policy File, D840123–0001. Confidential; Immediate. Drafted by EUR/SOV—Mark R. Parris; cleared by EUR—Thomas M. T. Niles; approved by EUR—Richard R. Burt.';
    const record = parseSourceNote(text);
    expect(record.drafters).toMatchObject([{ name: 'Mark R. Parris', office: 'EUR/SOV' }]);
    expect(record.clearances).toMatchObject([{ name: 'Thomas M. T. Niles', office: 'EUR' }]);
    expect(record.approvers).toMatchObject([{ name: 'Richard R. Burt', office: 'EUR' }]);
    const [start, end] = record.drafters[0]!.range;
    expect(text.slice(start, end)).toBe('Mark R. Parris');
    // A name before a dash is no office symbol (`Smith—`): no office is read.
    const plain = parseSourceNote('Source: Eisenhower Library, Whitman File. Drafted by Smith—Jones.').drafters;
    expect(plain).toHaveLength(1);
    expect(plain[0]!.office).toBeUndefined();
  });

  it('keeps the range of the name without its office', () => {
    const note = 'Drafted by NEA/NGA:DLITT.';
    const [drafter] = parseSourceNote(note).drafters;
    expect(note.slice(...drafter!.range)).toBe('DLITT');
  });

  it('reads a name after a blank that follows the colon', () => {
    expect(parseSourceNote('Drafted by EUR/RPM: A. B. CRONIN.').drafters).toMatchObject([{ name: 'A. B. CRONIN', office: 'EUR/RPM' }]);
  });
});

describe('the Department of State Dispatch, the Bulletin’s successor', () => {
  it.each([
    ['Source: U.S. Department of State Dispatch, March 22, 1993, pp. 157–158. No classification marking.', 'U.S. Department of State Dispatch, March 22, 1993', '157–158'],
    ['Source: Department of State Dispatch, February 4, 1991, p. 65.', 'Department of State Dispatch, February 4, 1991', '65'],
  ])('reads %s as a printed work, not as a place in the Department of State', (note, title, pages) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title, pages, publicationId: 'dos-dispatch' });
    expect(record.remarks).toEqual([]);
  });

  it('reads it after "Also printed in"', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D930123–0456. Unclassified. Also printed in U.S. Department of State Dispatch, March 22, 1993, p. 200.');
    expect(record.printed).toMatchObject([{ title: 'U.S. Department of State Dispatch, March 22, 1993', pages: '200', publicationId: 'dos-dispatch' }]);
  });
});

describe('the Sensitive But Unclassified marking of the 1990s', () => {
  it.each(['Sensitive But Unclassified', 'SBU'])('reads %s as an unclassified marking, not as a remark', (marking) => {
    const record = parseSourceNote(`Source: Department of State, Central Foreign Policy File, D920123–0456. ${marking}; Immediate.`);
    expect(record.classification).toMatchObject({ level: 'unclassified', text: marking });
    expect(record.handling).toEqual(['Immediate']);
    expect(record.remarks).toEqual([]);
  });

  it('still reads Sensitive alone as a caption', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D920123–0456. Secret; Sensitive.');
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Sensitive']);
  });
});

describe('the folder numbers and release cases of the Bush and Clinton Libraries', () => {
  it.each([
    [
      'Source: George H.W. Bush Library, NSC, Scowcroft Files, Chronological Files, 1989, OA/ID CF00722-012. Secret.',
      { repositoryId: 'bush-library', collection: 'NSC', series: ['Scowcroft Files', 'Chronological Files', '1989'], file: 'OA/ID CF00722-012' },
    ],
    ['Source: George Bush Presidential Library, NSC, Rice Files, Soviet Union, OA/ID 91116. Secret.', { repositoryId: 'bush-library', collection: 'NSC', series: ['Rice Files', 'Soviet Union'], file: 'OA/ID 91116' }],
    ['Source: Clinton Library, Declassified Documents Repository, 2015-0775-M. Secret.', { repositoryId: 'clinton-library', collection: 'Declassified Documents Repository', series: [], file: '2015-0775-M' }],
    ['Source: William J. Clinton Library, Declassified Documents Repository, 2006–0647–F. Confidential.', { repositoryId: 'clinton-library', collection: 'Declassified Documents Repository', series: [], file: '2006–0647–F' }],
  ])('reads the identifier of %s as the file, not as a series', (note, primary) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ ...primary, fileDate: null, box: null, folder: null });
    expect(record.remarks).toEqual([]);
  });

  it('reads a release case in a copy the same way', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, N910001–0123. Secret. A copy is also in the Clinton Library, Declassified Documents Repository, 2016-0123-M.');
    expect(record.copies).toMatchObject([{ repositoryId: 'clinton-library', series: [], file: '2016-0123-M' }]);
  });

  it.each(['1989–1992', '2001-2005', 'OA/ID Files'])('leaves the segment %s in the series', (segment) => {
    const record = parseSourceNote(`Source: George H.W. Bush Library, NSC, Scowcroft Files, ${segment}. Secret.`);
    expect(record.primary).toMatchObject({ series: ['Scowcroft Files', segment], file: null });
  });
});

describe('the drafting line with a colon after "by"', () => {
  it('reads the names after `Drafted by:`, `Cleared by:` and `Approved by:`', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D910567–0234. Secret; Immediate. Drafted by: EUR/SOV:ABCRONIN; Cleared by: EUR:RBSEITZ; Approved by: P:RMKIMMITT.',
    );
    expect(record.drafters).toMatchObject([{ name: 'ABCRONIN', office: 'EUR/SOV' }]);
    expect(record.clearances).toMatchObject([{ name: 'RBSEITZ', office: 'EUR' }]);
    expect(record.approvers).toMatchObject([{ name: 'RMKIMMITT', office: 'P' }]);
    expect(record.remarks).toEqual([]);
  });
});

describe('a drafter whose name ends in Jr. before the next sentence', () => {
  it('keeps the suffix with the name and the next sentence in remarks', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, P850095–2345. Secret. Drafted by Jack F. Matlock, Jr. Sent for action.');
    expect(record.drafters).toMatchObject([{ name: 'Jack F. Matlock, Jr.' }]);
    expect(record.remarks).toEqual(['Sent for action.']);
  });

  it('reads a memorandum of conversation prepared by him the same way', () => {
    const record = parseSourceNote(
      'Source: Reagan Library, Executive Secretariat, NSC, Subject File, Memorandums of Conversation—President Reagan (November 1985) (2). Secret; Sensitive. Prepared by Jack F. Matlock, Jr. The meeting was held at Fleur d’Eau in Geneva.',
    );
    expect(record.drafters).toEqual([expect.objectContaining({ name: 'Jack F. Matlock, Jr.' })]);
    expect(record.drafters[0]).not.toHaveProperty('office');
    expect(record.remarks).toEqual(['The meeting was held at Fleur d’Eau in Geneva.']);
  });
});

describe('a drafting date written in figures', () => {
  it('reads `on 3/4/74` as the drafter’s date, not as part of the office', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy File, D740234–0888. Secret. Drafted by J. Armitage (EUR/SOV) on 3/4/74; cleared by Sonnenfeldt (C); approved by Stoessel.',
    );
    expect(record.drafters).toMatchObject([{ name: 'J. Armitage', office: 'EUR/SOV', date: '3/4/74' }]);
    expect(record.clearances).toMatchObject([{ name: 'Sonnenfeldt', office: 'C' }]);
    expect(record.approvers).toMatchObject([{ name: 'Stoessel' }]);
  });

  it('reads a date in figures right after the office’s bracket', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D740321–0456. Secret; Nodis. Drafted by Oakley (NEA) 7/3/74; cleared by Atherton (NEA).');
    expect(record.drafters).toEqual([expect.objectContaining({ name: 'Oakley', office: 'NEA', date: '7/3/74' })]);
    expect(record.clearances).toMatchObject([{ name: 'Atherton', office: 'NEA' }]);
  });

  it('reads a date in figures after a comma, not dropping it as a name', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy File, D740001–0233. Confidential. Drafted by J. Doe (NEA/INS), 1/2/74; cleared by Schneider (NEA/INS); approved by Sober (NEA).',
    );
    expect(record.drafters).toEqual([expect.objectContaining({ name: 'J. Doe', office: 'NEA/INS', date: '1/2/74' })]);
    expect(record.clearances).toMatchObject([{ name: 'Schneider', office: 'NEA/INS' }]);
  });
});

describe('a paper prepared by one person and sent to another', () => {
  it('reads the preparer as the drafter and keeps the sending in remarks', () => {
    const record = parseSourceNote(
      'Source: Washington National Records Center, RG 330, OASD/ISA Files: FRC 330–74–115, Box 15, 091 USSR. Top Secret. Prepared by Moorer and sent to Laird under a covering memorandum.',
    );
    expect(record.drafters.map((person) => person.name)).toEqual(['Moorer']);
    expect(record.remarks).toEqual(['sent to Laird under a covering memorandum.']);
  });
});

describe('the Soviet records of the Russian Foreign Ministry’s archive', () => {
  it('keeps fond, opis, papka, delo and list in the location', () => {
    const record = parseSourceNote(
      'Source: Russian Ministry of Foreign Affairs, Archive of Foreign Policy, Russian Federation (AVP RF), f. 0129, op. 63, p. 205, d. 3, l. 15–20. No classification marking. Translated from Russian by the Office of the Historian.',
    );
    expect(record.primary).toMatchObject({ repositoryId: 'russian-mfa', collection: 'Archive of Foreign Policy' });
    expect(record.primary?.series.slice(-5)).toEqual(['f. 0129', 'op. 63', 'p. 205', 'd. 3', 'l. 15–20']);
    expect(record.classification?.level).toBe('no-marking');
    expect(record.remarks).toEqual(['Translated from Russian by the Office of the Historian.']);
  });

  it('keeps them in the sentence that points at the Soviet record', () => {
    const note =
      'Source: Department of State, S/S Files: Lot 83 D 204, Box 3, Memcons—1977. Secret; Sensitive. Another memorandum of the conversation, prepared by the Soviet side, is in the Russian Ministry of Foreign Affairs, Archive of Foreign Policy, f. 0129, op. 61, d. 5, l. 1–10.';
    const record = parseSourceNote(note);
    expect(record.remarks).toEqual([note.slice(note.indexOf('Another'))]);
  });
});

describe('the memorandum a CIA director or a commander dictated', () => {
  it('reads the one who dictated it as its drafter, with the date', () => {
    const record = parseSourceNote(
      'Source: Central Intelligence Agency, Job 80–B01285A, DCI (McCone) Files, Memos for the Record, 4/7/63–6/30/63. Secret; Eyes Only. Dictated by McCone on April 10.',
    );
    expect(record.drafters).toMatchObject([{ name: 'McCone', date: 'April 10' }]);
    expect(record.drafters).toHaveLength(1);
    expect(record.remarks).toEqual([]);
  });

  it('keeps a signing after the dictation in remarks', () => {
    const record = parseSourceNote('Source: Naval Historical Center, Operational Archives, Zumwalt Papers, Box 12. Secret. Dictated by Zumwalt on July 2 and signed by Elder.');
    expect(record.drafters).toMatchObject([{ name: 'Zumwalt', date: 'July 2' }]);
    expect(record.drafters).toHaveLength(1);
    expect(record.remarks.join(' ')).toContain('signed by Elder');
  });
});

describe('the papers of a man whose name ends in Jr.', () => {
  it.each([
    ['Source: Kennedy Library, Papers of Arthur M. Schlesinger, Jr., Cuba, Box WH–5. Secret.', { repositoryId: 'jfk-library', collection: 'Papers of Arthur M. Schlesinger, Jr.', series: ['Cuba'], box: 'WH–5' }],
    [
      'Source: Reagan Library, Papers of Jack F. Matlock, Jr., Box 27, Matlock Chron January 1984 (1/5). Secret.',
      { repositoryId: 'reagan-library', collection: 'Papers of Jack F. Matlock, Jr.', series: ['Matlock Chron January 1984 (1/5)'], box: '27' },
    ],
  ])('keeps the suffix of %s with the collection, not as a series', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject(primary);
  });
});

describe('the central files of the Joint Chiefs of Staff', () => {
  it.each([
    ['Source: JCS Files, 9155.3/3100. Top Secret. Enclosure to JCSM–237–62, April 10.', { repository: null, collection: 'JCS Files', series: [], file: '9155.3/3100', fileDate: null }],
    [
      'Source: Joint Chiefs of Staff, JCS Files, 9155.3/3100. Top Secret.',
      { repositoryId: 'joint-chiefs-of-staff', collection: 'JCS Files', series: [], file: '9155.3/3100', fileDate: null },
    ],
  ])('reads the four-digit class with its point and serial of %s as the file', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject(primary);
  });

  it.each([
    ['Source: National Archives, RG 218, JCS Files, 9150/3080 (16 Jan 62). Secret.', { repositoryId: 'nara', recordGroup: 'RG 218', collection: 'JCS Files', series: [], file: '9150/3080 (16 Jan 62)' }],
    ['Source: JCS Files, 9155.3/3100 (13 Mar 62). Top Secret.', { repository: null, collection: 'JCS Files', series: [], file: '9155.3/3100 (13 Mar 62)' }],
  ])('reads the file of %s with the date of its paper in parentheses as the file', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject({ ...primary, fileDate: null });
  });

  it('reads a file after the name of the Joint Master File with the name', () => {
    expect(parseSourceNote('Source: National Archives, RG 218, JCS Records, JMF 9155.3/3100. Top Secret.').primary).toMatchObject({
      repositoryId: 'nara',
      collection: 'JCS Records',
      series: [],
      file: 'JMF 9155.3/3100',
      fileDate: null,
    });
    expect(parseSourceNote('JMF 3001/123').primary).toBeNull();
  });

  it('reads no such class as a State file in a bare note', () => {
    const record = parseSourceNote('7638.72/2271½a');
    expect(record.primary).toBeNull();
    expect(record.remarks).toEqual(['7638.72/2271½a']);
  });

  it('leaves a State class of three digits as it was', () => {
    expect(parseSourceNote('Source: Department of State, Central Files, 611.61/1–2561. Secret.').primary).toMatchObject({ file: '611.61/1–2561', fileDate: '1961-01-25' });
  });
});

describe('an officer written with his armed service or his office after a comma', () => {
  it.each([
    ['Drafted by Colonel Edward G. Lansdale, USAF, on March 3.', [{ name: 'Colonel Edward G. Lansdale, USAF', date: 'March 3' }]],
    ['Drafted by Colonel Lansdale, USAF, and Captain Anderson, USN.', [{ name: 'Colonel Lansdale, USAF' }, { name: 'Captain Anderson, USN' }]],
    ['Drafted by Captain Harry Jones, USN, of the Joint Staff.', [{ name: 'Captain Harry Jones, USN', office: 'Joint Staff' }]],
    ['Drafted by Smith, of the Joint Staff, and Jones, of ISA, on May 3.', [{ name: 'Smith', office: 'Joint Staff', date: 'May 3' }, { name: 'Jones', office: 'ISA', date: 'May 3' }]],
  ])('keeps the service of `%s` with the name, not as a drafter of its own', (sentence, drafters) => {
    const record = parseSourceNote(`Source: Washington National Records Center, RG 330, OSD Files: FRC 66 A 3542, 092 Cuba. Top Secret. ${sentence}`);
    expect(record.drafters).toMatchObject(drafters);
    expect(record.drafters).toHaveLength(drafters.length);
  });
});

describe('the town and state written after the repository', () => {
  it.each([
    ['Source: U.S. Army Military History Institute, Carlisle Barracks, Pennsylvania, Ridgway Papers. Secret.', { repositoryId: 'usamhi', collection: 'Ridgway Papers', series: [] }],
    ['Source: Hoover Institution Archives, Stanford, California, Radford Papers, Box 3. Top Secret.', { repositoryId: 'hoover-institution', collection: 'Radford Papers', series: [], box: '3' }],
    ['Source: Hoover Institution Archives, Stanford, Calif., Radford Papers. Top Secret.', { repositoryId: 'hoover-institution', collection: 'Radford Papers', series: [] }],
  ])('drops the state written in full or abbreviated in %s, not reading it as the collection', (note, primary) => {
    expect(parseSourceNote(note).primary).toMatchObject(primary);
  });
});

describe('a note in brackets after the drafting date', () => {
  it('reads the drafter and date, and keeps the bracket as a remark instead of as an office', () => {
    const record = parseSourceNote('Source: Eisenhower Library, Project Clean Up, Intelligence Matters. Top Secret. Drafted by Goodpaster on July 2 (memorandum dated July 3).');
    expect(record.drafters).toMatchObject([{ name: 'Goodpaster', date: 'July 2' }]);
    expect(record.drafters[0]?.office).toBeUndefined();
    expect(record.remarks.join(' ')).toContain('(memorandum dated July 3)');
  });

  it('reads the clause after it as before', () => {
    const record = parseSourceNote('Source: Eisenhower Library, Project Clean Up, Intelligence Matters. Top Secret. Drafted by Smith on July 2 (not sent) and cleared by Jones.');
    expect(record.drafters).toMatchObject([{ name: 'Smith', date: 'July 2' }]);
    expect(record.clearances).toMatchObject([{ name: 'Jones' }]);
    expect(record.remarks.join(' ')).toContain('(not sent)');
  });
});

describe('a folder title in brackets after a number or a date in figures', () => {
  it.each([
    ['Source: Reagan Library, Executive Secretariat, NSC, Meeting Files, NSC 00062 10/13/82 [Strategic Arms]. Top Secret.', 'NSC 00062 10/13/82 [Strategic Arms]'],
    ['Source: Reagan Library, Executive Secretariat, NSC, Meeting Files, NSC 00062 [Strategic Arms]. Top Secret.', 'NSC 00062 [Strategic Arms]'],
  ])('keeps the bracket of %s in the folder, not in the remarks', (note, folder) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'reagan-library', collection: 'Executive Secretariat', series: ['NSC', 'Meeting Files', folder] });
    expect(record.classification?.level).toBe('top-secret');
    expect(record.remarks).toEqual([]);
  });

  it('still reads a note on the text after a file’s number as a remark', () => {
    const record = parseSourceNote('File No. 3767/5 [Extract]');
    expect(record.primary).toMatchObject({ file: '3767/5' });
    expect(record.remarks).toEqual(['[Extract]']);
  });
});

describe('an ibid. that names another record group of the same archives', () => {
  it('reads the record group and the path after ibid. instead of the path cited before', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1030, Presidential/HAK Memcons. Top Secret. Other copies are ibid., Box 1031, and ibid., RG 59, Central Files 1970–73, POL 7 CHICOM.',
    );
    expect(record.copies).toHaveLength(2);
    expect(record.copies[0]).toMatchObject({ repositoryId: 'nara', collection: 'Nixon Presidential Materials', series: ['NSC Files', 'Presidential/HAK Memcons'], box: '1031', ibid: true });
    expect(record.copies[1]).toMatchObject({
      repositoryId: 'nara',
      recordGroup: 'RG 59',
      collection: 'Central Files 1970–73',
      series: [],
      file: 'POL 7 CHICOM',
      box: null,
      ibid: true,
    });
  });

  it('replaces the record group cited before', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US. Secret. Another copy is ibid., RG 84, Moscow Embassy Files: Lot 75 F 123.');
    expect(record.copies).toMatchObject([{ repositoryId: 'nara', recordGroup: 'RG 84', collection: 'Moscow Embassy Files', series: [], file: null, lot: '75 F 123', ibid: true }]);
  });
});

describe('a title after the em dash that joins an office to a name', () => {
  it('keeps `Mr.` with the name instead of ending the sentence at its stop', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D860567–0123. Secret; Immediate; Nodis. Drafted by J. Matlock (EUR/SOV); cleared by EUR/SOV—Mr. Garrison and S/S—Mr. Bremer; approved by Armacost.',
    );
    expect(record.drafters).toMatchObject([{ name: 'J. Matlock', office: 'EUR/SOV' }]);
    expect(record.clearances).toMatchObject([
      { name: 'Mr. Garrison', office: 'EUR/SOV' },
      { name: 'Mr. Bremer', office: 'S/S' },
    ]);
    expect(record.approvers).toMatchObject([{ name: 'Armacost' }]);
    expect(record.remarks).toEqual([]);
  });
});

describe('the university written after the Hoover Institution', () => {
  it.each([
    'Source: Hoover Institution Archives, Stanford University, Richard V. Allen Papers, Box 46. Secret.',
    'Source: Hoover Institution Library & Archives, Stanford University, Richard V. Allen Papers, Box 46. Secret.',
  ])('reads the papers of %s as the collection, not the university', (note) => {
    expect(parseSourceNote(note).primary).toMatchObject({ repositoryId: 'hoover-institution', collection: 'Richard V. Allen Papers', series: [], box: '46' });
  });
});

describe('the carton of the INR/IL Historical Files', () => {
  it('keeps `c. 75` in the path instead of ending the citation at its stop', () => {
    const record = parseSourceNote('Source: Department of State, INR/IL Historical Files, 303 Committee Files, c. 75, February 1970. Secret; Eyes Only.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'INR/IL Historical Files', series: ['303 Committee Files', 'c. 75', 'February 1970'] });
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Eyes Only']);
    expect(record.remarks).toEqual([]);
  });
});

describe('the drafting caption written as a sentence about the document', () => {
  it.each([
    ['The minutes were drafted by Jan Lodal of the NSC Staff.', [{ name: 'Jan Lodal', office: 'NSC Staff' }], []],
    ['This memorandum was prepared by Sonnenfeldt on May 3.', [{ name: 'Sonnenfeldt', date: 'May 3' }], []],
    ['The paper was prepared in response to NSSM 3.', [], ['The paper was prepared in response to NSSM 3.']],
    ['The meeting was prepared by the Embassy.', [], ['The meeting was prepared by the Embassy.']],
  ])('reads `%s`', (sentence, drafters, remarks) => {
    const record = parseSourceNote(`Source: Ford Library, National Security Adviser, NSC Meetings File, Box 1, NSC Meeting, 12/2/74. Top Secret. ${sentence}`);
    expect(record.drafters).toHaveLength(drafters.length);
    expect(record.drafters).toMatchObject(drafters);
    expect(record.remarks).toEqual(remarks);
  });
});

describe('the telegram’s office and colon before an initial or an office with an en dash', () => {
  it('reads `EUR/RPM:J. Goodby` as J. Goodby of EUR/RPM, the initial’s stop ending nothing', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D770234–0567. Limited Official Use; Priority. Drafted by D. Johnson (EUR/RPM), 3/7/77; cleared by EUR/RPM:J. Goodby and PM/DCA:L. Sloss; approved by EUR:G. Vest.',
    );
    expect(record.drafters).toMatchObject([{ name: 'D. Johnson', office: 'EUR/RPM', date: '3/7/77' }]);
    expect(record.clearances).toMatchObject([
      { name: 'J. Goodby', office: 'EUR/RPM' },
      { name: 'L. Sloss', office: 'PM/DCA' },
    ]);
    expect(record.approvers).toMatchObject([{ name: 'G. Vest', office: 'EUR' }]);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads `S/S–O:RSteven` as RSteven of S/S–O', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D790567–0234. Secret; Immediate; Nodis. Drafted by S/S–O:RSteven; approved by S/S–O:RSteven.');
    expect(record.drafters).toMatchObject([{ name: 'RSteven', office: 'S/S–O' }]);
    expect(record.approvers).toMatchObject([{ name: 'RSteven', office: 'S/S–O' }]);
  });
});

describe('the typist’s initials after the drafter in the telegram’s drafting line', () => {
  it.each([
    ['Drafted by EUR/SOV:JFMATLOCK:MJH; approved by EUR:AAHARTMAN.', 'JFMATLOCK', 'EUR/SOV'],
    ['Drafted by AF/S:JRBullington:CAC; approved by AF:DEasum.', 'JRBullington', 'AF/S'],
    ['Drafted by EUR/SOV: RBARRY:LR; approved by EUR: AHARTMAN.', 'RBARRY', 'EUR/SOV'],
  ])('leaves them out of the name in `%s`', (sentence, name, office) => {
    const note = `Source: Department of State, Central Foreign Policy File, D750222–0333. Secret; Nodis. ${sentence}`;
    const record = parseSourceNote(note);
    expect(record.drafters).toMatchObject([{ name, office }]);
    expect(note.slice(...record.drafters[0]!.range)).toBe(name);
    expect(record.approvers).toHaveLength(1);
    expect(record.diagnostics).toEqual([]);
  });
});

describe('a presidential library written with “and Museum”', () => {
  it.each([
    ['George H.W. Bush Presidential Library and Museum', 'bush-library'],
    ['George H. W. Bush Presidential Library and Museum', 'bush-library'],
    ['Jimmy Carter Library and Museum', 'carter-library'],
    ['William J. Clinton Presidential Library and Museum', 'clinton-library'],
  ])('reads %s as the repository, not “and Museum” as the collection', (repository, repositoryId) => {
    const record = parseSourceNote(`Source: ${repository}, NSC, Scowcroft Files, Box 3. Secret.`);
    expect(record.primary).toMatchObject({ repository, repositoryId, collection: 'NSC', series: ['Scowcroft Files'], box: '3' });
  });
});

describe('the closed channels of the 1970s as captions of their own', () => {
  it.each([
    ['Secret; Sensitive. Outside the System.', ['Sensitive', 'Outside the System']],
    ['Top Secret; Sensitive; Eyes Only. Via Voyager Channels.', ['Sensitive', 'Eyes Only', 'Via Voyager Channels']],
    ['Secret; Exdis. Roger Channel.', ['Exdis', 'Roger Channel']],
    ['Secret; Immediate; Nodis. Stadis.', ['Immediate', 'Nodis', 'Stadis']],
    ['Secret; Noforn. Wnintel.', ['Noforn', 'Wnintel']],
  ])('reads the sentence after `%s` as a caption, not a remark', (marking, handling) => {
    const record = parseSourceNote(`Source: Carter Library, National Security Affairs, Brzezinski Material, Country File, Box 80, USSR: 4/78. ${marking} Sent for action.`);
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual(['Sent for action.']);
  });
});

describe('an ibid. that names another box and its own folders', () => {
  it('keeps the path before the box cited before and takes the folders after the new box', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1030, Presidential/HAK Memcons, Memcon—Kissinger, Dobrynin, Feb. 21, 1969. Secret; Sensitive. Another copy, attached to a February 23 covering memorandum from Kissinger to Nixon, is ibid., Box 489, President’s Trip Files, Dobrynin/Kissinger 1969 (Part 1).',
    );
    expect(record.copies).toMatchObject([
      { repositoryId: 'nara', collection: 'Nixon Presidential Materials', series: ['NSC Files', 'President’s Trip Files', 'Dobrynin/Kissinger 1969 (Part 1)'], box: '489', ibid: true },
    ]);
  });

  it('replaces the folders after the box in a Carter Library path', () => {
    const record = parseSourceNote('Source: Carter Library, National Security Affairs, Brzezinski Material, Country File, Box 78, USSR: 3/77. Secret. Another copy is ibid., Box 79, USSR: 4/77.');
    expect(record.copies).toMatchObject([{ collection: 'National Security Affairs', series: ['Brzezinski Material', 'Country File', 'USSR', '4/77'], box: '79' }]);
  });

  it('keeps the whole path when only a box follows ibid.', () => {
    const record = parseSourceNote('Source: Library of Congress, Manuscript Division, Kissinger Papers, Box CL 102, Geopolitical File, China. Top Secret. Another copy is ibid., Box TS 35.');
    expect(record.copies).toMatchObject([{ collection: 'Manuscript Division', series: ['Kissinger Papers', 'Geopolitical File', 'China'], box: 'TS 35' }]);
  });
});
