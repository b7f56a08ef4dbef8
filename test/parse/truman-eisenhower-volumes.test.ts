/**
 * Source notes in the house styles of the Truman and Eisenhower volumes (1945–1950, 1951,
 * 1952–1954, 1955–1957, 1958–1960), with the typesetting slips their notes carry. Written in
 * FRUS house style for these tests; every expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('a decimal file whose date code is set with an em dash', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/7—2955. Secret.', '611.61/7—2955', '1955-07-29', null],
    ['Source: Department of State, Central Files, 751G.00/5—2054: Telegram. Top Secret; Priority.', '751G.00/5—2054', '1954-05-20', 'Telegram'],
    ['Source: Department of State, Central Files, 396.1—GE/6—1654. Secret; Niact.', '396.1—GE/6—1654', '1954-06-16', null],
  ])('reads %s as the file, dated as with an en dash', (note, file, fileDate, form) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file, fileDate });
    expect(record.form).toBe(form);
    expect(record.remarks).toEqual([]);
  });
});

describe('a repeat whose list is followed by another verb of sending after a comma', () => {
  it.each([
    ['Source: Department of State, Central Files, 793.00/9–1158. Secret. Repeated to Taipei, passed to CINCPAC.', ['Taipei'], 'passed to CINCPAC.'],
    ['Source: Department of State, Central Files, 751G.00/6–1554. Secret. Repeated to London and Paris, pouched to Saigon.', ['London', 'Paris'], 'pouched to Saigon.'],
  ])('ends the places of %s before the verb, which is kept as a remark', (note, places, remark) => {
    const record = parseSourceNote(note);
    expect(record.repeatedTo).toEqual(places);
    expect(record.remarks).toEqual([remark]);
  });
});

describe('a document transmitted to the Department as an enclosure', () => {
  it.each([
    [
      'Source: Department of State, Central Files, 751G.5–MSP/6–1157. Confidential. Transmitted to the Department as an enclosure to despatch 377 from Saigon, June 11.',
      'an enclosure to despatch 377 from Saigon to the Department, June 11',
    ],
    [
      'Source: Department of State, Central Files, 793.00/9–1158. Secret. Transmitted to the Department as enclosure 1 to despatch 245 from Taipei, September 12.',
      'enclosure 1 to despatch 245 from Taipei to the Department, September 12',
    ],
    [
      'Source: Department of State, Central Files, 611.61/2–2855. Secret. Transmitted to the Department as Enclosure 2 to airgram G–45 from Moscow.',
      'Enclosure 2 to airgram G–45 from Moscow to the Department',
    ],
  ])('reads the carrying message of %s, as `Transmitted as an enclosure to …` is read', (note, message) => {
    const record = parseSourceNote(note);
    expect(record.transmittedIn).toBe(message);
    expect(record.remarks).toEqual([]);
  });

  it('keeps an enclosure to no message of the form table as a remark', () => {
    const note = 'Source: Department of State, Central Files, 793.00/9–1158. Secret. Transmitted to the President as an enclosure to the report.';
    expect(parseSourceNote(note).remarks).toEqual(['Transmitted to the President as an enclosure to the report.']);
  });
});

describe('a person’s decimal file whose given names end in an initial, before a handling caption', () => {
  it.each([
    ['Source: Department of State, Central Files, 123–Conant, James B. Personal.', '123–Conant, James B', ['Personal']],
    ['Source: Department of State, Central Files, 123–Conant, James B. Personal and Confidential.', '123–Conant, James B', ['Personal and Confidential']],
    ['Source: Department of State, Central Files, 123–Kennan, George F. Eyes Only.', '123–Kennan, George F', ['Eyes Only']],
    ['Source: Department of State, Central Files, 123–Hoover, Herbert Jr. Personal.', '123–Hoover, Herbert Jr.', ['Personal']],
  ])('ends the file of %s at the initial and reads the caption', (note, file, handling) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file });
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
  });

  it('keeps a name after an initial in the citation (`Charles E. Bohlen`)', () => {
    const record = parseSourceNote('Source: Library of Congress, Manuscript Division, Charles E. Bohlen Papers. Secret.');
    expect(record.primary).toMatchObject({ collection: 'Manuscript Division', series: ['Charles E. Bohlen Papers'] });
  });
});

describe('the Eisenhower Library’s records of the Staff Secretary, cited with the names of its officers', () => {
  it('keeps the list of names whose records the segment names as one segment', () => {
    const record = parseSourceNote(
      'Source: Eisenhower Library, White House Office, Office of the Staff Secretary, Records of Paul T. Carroll, Andrew J. Goodpaster, L. Arthur Minnich, and Christopher H. Russell, 1952–61, International Series, Vietnam. Secret.',
    );
    expect(record.primary).toMatchObject({
      repositoryId: 'eisenhower-library',
      collection: 'White House Office',
      series: ['Office of the Staff Secretary', 'Records of Paul T. Carroll, Andrew J. Goodpaster, L. Arthur Minnich, and Christopher H. Russell', '1952–61', 'International Series', 'Vietnam'],
    });
    expect(record.classification?.level).toBe('secret');
  });

  it.each([
    ['Source: Department of State, Records of the Office of the Under Secretary for Political Affairs, David D. Newsom, 1978–1981, Lot 81D154, Box 1. Secret.', 'Records of the Office of the Under Secretary for Political Affairs', ['David D. Newsom', '1978–1981']],
    ['Source: Eisenhower Library, Papers of John Foster Dulles, Subject Series, Alphabetical Subseries. Secret.', 'Papers of John Foster Dulles', ['Subject Series', 'Alphabetical Subseries']],
  ])('keeps the segments of %s apart', (note, collection, series) => {
    expect(parseSourceNote(note).primary).toMatchObject({ collection, series });
  });
});

describe('a printed-in sentence without an article (`Text printed in …`)', () => {
  it.each([
    ['Source: Department of State, Central Files, 795.00/7–2753. Unclassified. Text printed in Department of State Bulletin, August 3, 1953, pp. 131–132.', 'Department of State Bulletin, August 3, 1953', '131–132', undefined],
    ['Source: Department of State, Central Files, 711.11–EI/3–1553. Unclassified. Full text printed in Documents on American Foreign Relations, 1953, p. 34.', 'Documents on American Foreign Relations, 1953', '34', undefined],
    ['Source: Department of State, Central Files, 711.11–EI/3–1553. Unclassified. Text printed in part in Department of State Bulletin, March 23, 1953, p. 435.', 'Department of State Bulletin, March 23, 1953', '435', true],
  ])('reads the publication of %s', (note, title, pages, partial) => {
    const record = parseSourceNote(note);
    expect(record.printed).toHaveLength(1);
    expect(record.printed[0]).toMatchObject({ title, pages });
    expect(record.printed[0]!.partial).toBe(partial);
    expect(record.remarks).toEqual([]);
  });
});

describe('a drafting date set after the name without "on"', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/7–2955. Secret. Drafted by Boster July 30.', 'drafters', [{ name: 'Boster', date: 'July 30' }]],
    ['Source: Department of State, Central Files, 611.61/7–2955. Secret. Drafted by Boster and Kohler July 30.', 'drafters', [{ name: 'Boster', date: 'July 30' }, { name: 'Kohler', date: 'July 30' }]],
    ['Source: Department of State, Central Files, 611.61/7–2955. Secret. Drafted by Boster; approved by Merchant August 2.', 'approvers', [{ name: 'Merchant', date: 'August 2' }]],
  ] as const)('reads the date of %s', (note, role, people) => {
    const record = parseSourceNote(note);
    expect(record[role]).toMatchObject(people);
    expect(record[role]).toHaveLength(people.length);
    expect(record.remarks).toEqual([]);
  });
});

describe('a citation that names a second place by its collection alone, after a semicolon', () => {
  it.each([
    ['Source: Department of State, Central Files, 740.00119 EW/6–1545; J.C.S. Files. Top Secret.', '740.00119 EW/6–1545', { collection: 'J.C.S. Files', lot: null }],
    ['Source: Department of State, Central Files, 751G.00/4–454; Conference Files: Lot 60 D 627, CF 276. Secret.', '751G.00/4–454', { collection: 'Conference Files', series: ['CF 276'], lot: '60 D 627' }],
    ['Source: Department of State, Central Files, 711.5611/6–1658; S/S–NSC (Miscellaneous) Files: Lot 66 D 95. Top Secret.', '711.5611/6–1658', { collection: 'S/S–NSC (Miscellaneous) Files', lot: '66 D 95' }],
  ])('reads %s as the file and another place of the source text', (note, file, copy) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file });
    expect(record.copies).toHaveLength(1);
    expect(record.copies[0]).toMatchObject({ repository: null, ...copy });
    expect(record.classification).not.toBeNull();
  });

  it.each([
    'Source: Eisenhower Library, Jackson ;Papers, Log. Confidential.',
    'Source: Eisenhower Library,; Jackson Papers, Log. Confidential.',
  ])('does not cut at a semicolon set without its blank or after a comma: %s', (note) => {
    expect(parseSourceNote(note).copies).toEqual([]);
  });
});

describe('a conference telegram named by its number, sent somewhere and repeated', () => {
  it.each([
    ['Source: Department of State, Central Files, 396.1–GE/7–2055. Secret. Secto 40 was sent to the Department; repeated to London and Paris.', ['London', 'Paris'], ['Secto 40 was sent to the Department']],
    ['Source: Department of State, Conference Files: Lot 60 D 627, CF 534. Secret. Dulte 3 sent to Paris and repeated to London.', ['London'], ['Dulte 3 sent to Paris']],
  ])('reads the places %s was repeated to, and keeps where it was sent as a remark', (note, places, remarks) => {
    const record = parseSourceNote(note);
    expect(record.repeatedTo).toEqual(places);
    expect(record.remarks).toEqual(remarks);
  });

  it('keeps a sentence that only says where the telegram was sent as a remark', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 396.1–GE/7–2055. Secret. Tosec 12 was sent to Geneva.');
    expect(record.repeatedTo).toEqual([]);
    expect(record.remarks).toEqual(['Tosec 12 was sent to Geneva.']);
  });
});
