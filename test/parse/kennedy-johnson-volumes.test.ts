/**
 * Source notes in the house styles of the Kennedy and Johnson volumes (1961–1963, 1964–1968):
 * decimal files to January 1963, subject-numeric files after, lot files, the Kennedy and
 * Johnson Libraries' collections, and the slips of scanned volumes. Written in FRUS house style
 * for these tests; every expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('a sentence glued to the stop after a code, a capitalised word or a number', () => {
  it.each([
    ['Source: Department of State, Central Files, POL 27 VIET S.Secret; Priority.', 'POL 27 VIET S', 'secret', ['Priority'], 'S.Secret'],
    ['Source: Department of State, Central Files, POL 15-1 S VIET.Top Secret; Nodis.', 'POL 15-1 S VIET', 'top-secret', ['Nodis'], 'VIET.Top'],
    ['Source: Department of State, Central Files, 751K.00/8-2463.Secret; Immediate.', '751K.00/8-2463', 'secret', ['Immediate'], '2463.Secret'],
  ])('reads the file and the marking of %s apart', (note, file, level, handling, actual) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.classification?.level).toBe(level);
    expect(record.handling).toEqual(handling);
    expect(record.diagnostics).toMatchObject([{ ruleId: 'missing-space-after-period', actual }]);
  });

  it('reads a volume number glued to the marking', () => {
    const record = parseSourceNote('Source: Johnson Library, National Security File, Country File, Vietnam, Vol. XXIII.Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'lbj-library', collection: 'National Security File', series: ['Country File', 'Vietnam', 'Vol. XXIII'] });
    expect(record.classification?.level).toBe('secret');
  });

  it('reads the marking and the drafting line glued after it', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret; Nodis.Drafted by Sullivan and approved by Harriman.');
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Nodis']);
    expect(record.drafters).toMatchObject([{ name: 'Sullivan' }]);
    expect(record.approvers).toMatchObject([{ name: 'Harriman' }]);
    expect(record.diagnostics).toMatchObject([{ ruleId: 'missing-space-after-period', actual: 'Nodis.Drafted' }]);
  });

  it('reads the marking before a glued `No drafting information` sentence', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1-3063. Secret.No drafting information appears on the source text.');
    expect(record.classification?.level).toBe('secret');
    expect(record.remarks).toEqual(['No drafting information appears on the source text.']);
  });

  it('ends the list of addressees at a glued sentence', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret; Immediate. Repeated to CINCPAC and Bangkok.Drafted by Heavner.');
    expect(record.repeatedTo).toEqual(['CINCPAC', 'Bangkok']);
    expect(record.drafters).toMatchObject([{ name: 'Heavner' }]);
  });

  it('ends the drafting line at a glued stop after an office’s bracket', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Unger (FE).Repeated to CINCPAC.');
    expect(record.drafters).toMatchObject([{ name: 'Unger', office: 'FE' }]);
    expect(record.repeatedTo).toEqual(['CINCPAC']);
    expect(record.diagnostics).toMatchObject([{ ruleId: 'missing-space-after-period', actual: ').Repeated' }]);
  });

  it.each([
    ['Source: Department of State, Central Files, POL 27 VIET S. Secret. Repeated to the U.S.Mission.', ['the U.S.Mission']],
    ['Source: Department of State, Central Files, POL 27 VIET S. Secret. Repeated to Paris for USRO.Secret Service.', ['Paris for USRO.Secret Service']],
  ])('keeps %s whole: an abbreviation, or no marking that ends there', (note, repeatedTo) => {
    expect(parseSourceNote(note).repeatedTo).toEqual(repeatedTo);
  });
});

describe('the distribution that closes a drafting line', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/1-1962. Secret. Drafted by Kohler and sent through S/S.', 'Kohler', 'sent through S/S.'],
    ['Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Mendenhall and pouched to Saigon.', 'Mendenhall', 'pouched to Saigon.'],
    ['Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Heavner and passed to the White House.', 'Heavner', 'passed to the White House.'],
  ])('reads %s with one drafter and the sending as a remark', (note, name, remark) => {
    const record = parseSourceNote(note);
    expect(record.drafters).toEqual([expect.objectContaining({ name })]);
    expect(record.remarks).toEqual([remark]);
  });

  it('reads a repeat that closes the drafting line into repeatedTo', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Heavner, cleared by Wood, and repeated to CINCPAC for POLAD and Bangkok.');
    expect(record.drafters).toMatchObject([{ name: 'Heavner' }]);
    expect(record.clearances).toMatchObject([{ name: 'Wood' }]);
    expect(record.repeatedTo).toEqual(['CINCPAC for POLAD', 'Bangkok']);
    expect(record.remarks).toEqual([]);
  });

  it('reads the dispatch sentence of a telegram that goes on to its repeat', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret; Immediate; Nodis. Sent at 7:42 p.m. and repeated to CINCPAC.');
    expect(record.repeatedTo).toEqual(['CINCPAC']);
    expect(record.remarks).toEqual(['Sent at 7:42 p.m.']);
  });
});

describe('a sentence that says the document was transmitted to a place in a telegram', () => {
  it.each([
    ['This message was transmitted to Saigon in telegram 1840, February 26.', 'telegram 1840 to Saigon, February 26'],
    ['This letter was transmitted to Moscow in telegram 1234, March 4.', 'telegram 1234 to Moscow, March 4'],
    ['The message was transmitted to the Embassy in telegram 555, May 2.', 'telegram 555 to the Embassy, May 2'],
    ['The text of this letter was transmitted to Bonn in telegram 12, which is ibid.', 'telegram 12 to Bonn'],
  ])('reads %s as Transmitted to … in … is read', (sentence, transmittedIn) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret; Nodis. ${sentence}`);
    expect(record.transmittedIn).toBe(transmittedIn);
  });

  it('keeps a sentence with no transmitting message as a remark', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. The statement was transmitted to the press.');
    expect(record.transmittedIn).toBeNull();
    expect(record.remarks).toEqual(['The statement was transmitted to the press.']);
  });

  it('reads no transmission in a paper sent on under a covering memorandum (the convention of the gold note frus1955-57v24/d101)', () => {
    const sentence = 'This paper was transmitted to Lay under cover of a memorandum of June 6 from Dulles, in which Dulles noted that the program was a foreign policy one.';
    const record = parseSourceNote(`Source: Department of State, S/P Files: Lot 62 D 1, East-West Exchanges. Confidential. ${sentence}`);
    expect(record.transmittedIn).toBeNull();
    expect(record.remarks).toEqual([sentence]);
  });
});

describe('a sentence opening with "This" after an abbreviation', () => {
  it('ends the sentence at the abbreviation and reads the next one', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Files, 761.91/7-848. Secret. The meeting took place at the U.S. Mission to the U.N. This message is also printed in Public Papers of the Presidents of the United States: John F. Kennedy, 1961, p. 3.',
    );
    expect(record.remarks).toEqual(['The meeting took place at the U.S. Mission to the U.N.']);
    expect(record.printed).toMatchObject([{ title: 'Public Papers of the Presidents of the United States: John F. Kennedy, 1961', pages: '3' }]);
  });
});

describe('holders of personal papers cited in the Vietnam volumes', () => {
  it('reads the Lodge Papers at the Massachusetts Historical Society', () => {
    const record = parseSourceNote('Source: Massachusetts Historical Society, Henry Cabot Lodge Papers, Reel 7. Top Secret; Eyes Only.');
    expect(record.primary).toMatchObject({ repository: 'Massachusetts Historical Society', repositoryId: 'massachusetts-historical-society', collection: 'Henry Cabot Lodge Papers', series: ['Reel 7'] });
  });

  it('reads the university written before the Mudd Library as part of the repository', () => {
    const record = parseSourceNote('Source: Princeton University, Seeley G. Mudd Manuscript Library, Allen W. Dulles Papers, Box 120. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'princeton-mudd', collection: 'Allen W. Dulles Papers', series: [], box: '120' });
  });
});

describe('the Joint Chiefs’ central files of the 1960s', () => {
  it.each([
    ['Source: National Archives and Records Administration, RG 218, JCS Records, JMF 3212 (26 Apr 63). Top Secret.', 'JCS Records', 'JMF 3212 (26 Apr 63)'],
    ['Source: National Archives and Records Administration, RG 218, JCS Records, JMF 3212. Top Secret.', 'JCS Records', 'JMF 3212'],
    ['Source: National Archives and Records Administration, RG 218, JCS Files, 3360 (12 Aug 62). Top Secret.', 'JCS Files', '3360 (12 Aug 62)'],
    ['Source: National Archives and Records Administration, RG 218, JCS Files, 9155.3 (11 Mar 65). Top Secret.', 'JCS Files', '9155.3 (11 Mar 65)'],
  ])('reads the class of %s as the file, with the date of the paper', (note, collection, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'nara', recordGroup: 'RG 218', collection, series: [], file, fileDate: null });
  });

  it('keeps a number in a folder title that carries no paper date in the path', () => {
    const record = parseSourceNote('Source: National Archives and Records Administration, RG 218, JCS Files, 1963 (Cuba). Top Secret.');
    expect(record.primary).toMatchObject({ series: ['1963 (Cuba)'], file: null });
  });
});

describe('the volume of another work in a remark', () => {
  it.each([
    'The Pentagon Papers (Gravel edition), vol. III, p. 341, prints a summary.',
    'A paraphrase is printed in The Pentagon Papers (Gravel edition), vol. II, p. 240.',
  ])('makes no FRUS reference of %s', (remark) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret. ${remark}`);
    expect(record.references).toEqual([]);
    expect(record.remarks).toEqual([remark]);
  });

  it.each([
    ['For text, see Foreign Relations, 1961–1963, vol. VII, pp. 685–686.', 'VII'],
    ['For text, see vol. VII, pp. 685–686.', 'VII'],
    ['For the minutes, see Conference of Berlin, vol. II, p. 1478.', 'II'],
  ])('keeps the FRUS volume of %s', (remark, volume) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret. ${remark}`);
    expect(record.references).toMatchObject([{ kind: 'frus-document', volume }]);
  });
});

describe('a sentence saying in which office the document was drafted', () => {
  it.each([
    ['The telegram was drafted in the White House and cleared by McGeorge Bundy.', 'White House', 'McGeorge Bundy'],
    ['The memorandum was drafted in S/P and cleared by Rostow.', 'S/P', 'Rostow'],
  ])('reads %s as a drafting line', (sentence, drafter, clearance) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret; Immediate; Nodis. ${sentence}`);
    expect(record.drafters).toMatchObject([{ name: drafter }]);
    expect(record.clearances).toMatchObject([{ name: clearance }]);
    expect(record.remarks).toEqual([]);
  });

  it('keeps `drafted in response to …` as a remark', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. The telegram was drafted in response to telegram 123 from Saigon.');
    expect(record.drafters).toEqual([]);
    expect(record.remarks).toEqual(['The telegram was drafted in response to telegram 123 from Saigon.']);
  });
});

describe('an office of the 1960s named in words after a drafter', () => {
  it.each([
    ['Drafted by Rostow of the Policy Planning Council.', 'Rostow', 'Policy Planning Council'],
    ['Drafted by Heavner of the Vietnam Working Group.', 'Heavner', 'Vietnam Working Group'],
    ['Prepared by Sherman Kent of the Board of National Estimates.', 'Sherman Kent', 'Board of National Estimates'],
  ])('reads %s with the office apart from the name', (sentence, name, office) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret. ${sentence}`);
    expect(record.drafters).toEqual([expect.objectContaining({ name, office })]);
  });
});

describe('a Joint Chiefs’ message cited with its addressee and its repeat', () => {
  it.each([
    ['JCS 4567 to CINCPAC, repeated to COMUSMACV.', ['COMUSMACV'], 'JCS 4567 to CINCPAC'],
    ['JCS 4567 to CINCPAC for POLAD, repeated to COMUSMACV and CINCUSARPAC.', ['COMUSMACV', 'CINCUSARPAC'], 'JCS 4567 to CINCPAC for POLAD'],
  ])('reads %s into repeatedTo, the message as a remark', (sentence, repeatedTo, remark) => {
    const record = parseSourceNote(`Source: Washington National Records Center, RG 330, OSD Files: FRC 70 A 1265, Vietnam 381. Top Secret; Immediate. ${sentence}`);
    expect(record.repeatedTo).toEqual(repeatedTo);
    expect(record.remarks).toEqual([remark]);
  });

  it('keeps a message and its addressee with no repeat as a remark', () => {
    const record = parseSourceNote('Source: Washington National Records Center, RG 330, OSD Files. Top Secret. JCS 4567 to CINCPAC, which is ibid.');
    expect(record.repeatedTo).toEqual([]);
    expect(record.remarks).toEqual(['JCS 4567 to CINCPAC, which is ibid.']);
  });
});

describe('a third copy named without its verb', () => {
  it('reads `…, and a third in the Department of State, …` as a copy of its own', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Files, POL 27 VIET S. Secret; Nodis. Another copy is in the Johnson Library, National Security File, Country File, Vietnam, Vol. XXII, and a third in the Department of State, S/S Files: Lot 70 D 48.',
    );
    expect(record.copies).toMatchObject([
      { repositoryId: 'lbj-library', collection: 'National Security File', series: ['Country File', 'Vietnam', 'Vol. XXII'] },
      { repositoryId: 'us-department-of-state', collection: 'S/S Files', series: [], lot: '70 D 48' },
    ]);
  });
});

describe('a printed text with the differences the note names', () => {
  it.each([
    ['Printed with minor variations in The Pentagon Papers (Gravel edition), vol. IV, pp. 89–91.', 'The Pentagon Papers (Gravel edition), vol. IV', '89–91', 'minor variations'],
    ['Printed with minor revisions in Department of State Bulletin, May 3, 1965, p. 650.', 'Department of State Bulletin, May 3, 1965', '650', 'minor revisions'],
  ])('reads %s as a publication with a note', (sentence, title, pages, note) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret. ${sentence}`);
    expect(record.printed).toEqual([expect.objectContaining({ title, pages, note })]);
    expect(record.remarks).toEqual([]);
  });
});

describe('the note-taker of meeting notes', () => {
  it.each([
    ['Notes taken by Valenti.', 'Valenti', undefined],
    ['Notes of the meeting were taken by Jack Valenti.', 'Jack Valenti', undefined],
    ['Summary notes prepared by Bromley Smith.', 'Bromley Smith', undefined],
    ['The notes were taken by Tom Johnson on July 27.', 'Tom Johnson', 'July 27'],
  ])('reads %s as the drafter', (sentence, name, date) => {
    const record = parseSourceNote(`Source: Johnson Library, Meeting Notes File, Box 1. Top Secret. ${sentence}`);
    expect(record.drafters).toMatchObject([{ name }]);
    expect(record.drafters[0]?.date).toBe(date);
    expect(record.remarks).toEqual([]);
  });

  it('keeps a sentence about the notes that names no one as a remark', () => {
    const record = parseSourceNote('Source: Johnson Library, Meeting Notes File. Secret. The notes are handwritten.');
    expect(record.drafters).toEqual([]);
    expect(record.remarks).toEqual(['The notes are handwritten.']);
  });
});

describe('a sentence saying the document was repeated', () => {
  it.each([
    ['This telegram was repeated to Saigon as telegram 2345.', ['Saigon']],
    ['The telegram was also repeated to Bangkok and Vientiane.', ['Bangkok', 'Vientiane']],
  ])('reads %s into repeatedTo', (sentence, repeatedTo) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, POL 27 VIET S. Secret; Exdis. ${sentence}`);
    expect(record.repeatedTo).toEqual(repeatedTo);
    expect(record.remarks).toEqual([]);
  });

  it('keeps a repeat that names no place whole as a remark', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret; Exdis. The telegram was repeated in substance to the Embassy.');
    expect(record.repeatedTo).toEqual([]);
    expect(record.remarks).toEqual(['The telegram was repeated in substance to the Embassy.']);
  });
});

describe('a document transmitted to a place in a numbered message of a series', () => {
  it.each([
    ['Transmitted to the President in Texas in CAP 66789.', 'CAP 66789 to the President in Texas'],
    ['Transmitted to Saigon in Deptel 1234, May 4.', 'Deptel 1234 to Saigon, May 4'],
    ['Transmitted to the Secretary in Paris as Tosec 25.', 'Tosec 25 to the Secretary in Paris'],
    ['Transmitted to the Embassy in Moscow in telegram 12, May 4.', 'telegram 12 to the Embassy in Moscow, May 4'],
  ])('reads %s', (sentence, transmittedIn) => {
    const record = parseSourceNote(`Source: Johnson Library, National Security File, Memos to the President, Walt Rostow, Vol. 12. Secret. ${sentence}`);
    expect(record.transmittedIn).toBe(transmittedIn);
    expect(record.remarks).toEqual([]);
  });
});

describe('the `by` of a drafting line run on to the name', () => {
  it.each([
    ['Drafted by Unger and approved byBall.', 'approvers', 'Ball', 'byBall'],
    ['Drafted byUnger and approved by Rusk.', 'drafters', 'Unger', 'byUnger'],
    ['Drafted by Unger and cleared byBall on May 3.', 'clearances', 'Ball', 'byBall'],
  ] as const)('reads %s with the name after `by` and reports the slip', (sentence, list, name, actual) => {
    const note = `Source: Department of State, Central Files, POL 27 VIET S. Secret. ${sentence}`;
    const record = parseSourceNote(note);
    expect(record[list]).toContainEqual(expect.objectContaining({ name }));
    const at = note.indexOf(actual);
    expect(record.diagnostics).toEqual([expect.objectContaining({ ruleId: 'missing-space-after-by', actual, expected: `by ${name}`, range: [at, at + actual.length] })]);
  });

  it('mends a person of two lists once', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted and approved byBall.');
    expect(record.drafters).toMatchObject([{ name: 'Ball' }]);
    expect(record.approvers).toMatchObject([{ name: 'Ball' }]);
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['missing-space-after-by']);
  });

  it('leaves a name that opens with `By` as written', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret. Drafted by Byroade.');
    expect(record.drafters).toMatchObject([{ name: 'Byroade' }]);
    expect(record.diagnostics).toEqual([]);
  });
});

describe('a subject-numeric file set in title case', () => {
  it.each(['Pol 27 Viet S', 'Def 18-4 US-USSR', 'Pol 15-1 US/Kennedy'])('reads %s as the file', (file) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, ${file}. Secret.`);
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file });
  });
});
