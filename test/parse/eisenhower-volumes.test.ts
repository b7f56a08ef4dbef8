/**
 * Source notes in the house styles of the Eisenhower-era volumes (1952–1954, 1955–1957,
 * 1958–1960): decimal files with date serials, the Joint Staff's decimal files, lot files,
 * the Eisenhower Library's collections. Written in FRUS house style for these tests; every
 * expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('the Joint Staff’s decimal files of the 1950s', () => {
  it.each([
    ['Source: National Archives and Records Administration, RG 218, JCS Records, CCS 092 Asia (6–25–48) (2) Sec. 45. Top Secret.', 'CCS 092 Asia (6–25–48) (2) Sec. 45'],
    ['Source: National Archives and Records Administration, RG 218, JCS Records, CCS 381 U.S. (1–31–50) Sec. 32. Top Secret.', 'CCS 381 U.S. (1–31–50) Sec. 32'],
    ['Source: National Archives, RG 218, JCS Records, CCS 092 (8–22–46) (2) Sec. 20. Top Secret.', 'CCS 092 (8–22–46) (2) Sec. 20'],
  ])('reads %s with the file whole, its continuation and section included', (note, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'nara', recordGroup: 'RG 218', collection: 'JCS Records', series: [], file, fileDate: null });
    expect(record.classification?.level).toBe('top-secret');
    expect(record.remarks).toEqual([]);
  });
});

describe('a decimal file whose date serial ends in a fraction', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.93/9–1958½. Secret.', '611.93/9–1958½', '1958-09-19'],
    ['Source: Department of State, Central Files, 611.56/1–1553½. Confidential. Drafted by Gay.', '611.56/1–1553½', '1953-01-15'],
  ])('reads %s with the file as written and the date of its serial', (note, file, fileDate) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file, fileDate });
    expect(record.diagnostics).toEqual([]);
  });
});

describe('a paper transmitted under cover of a memorandum', () => {
  it.each([
    [
      'Source: Department of State, S/S–NSC Files: Lot 63 D 351, NSC 5429 Series. Top Secret. Transmitted to the NSC under cover of a memorandum from Lay, December 22.',
      'a memorandum from Lay to the NSC, December 22',
    ],
    [
      'Source: Department of State, Central Files, 795B.5/7–1753. Secret. Transmitted to the Department of Defense under cover of a memorandum from Murphy to Nash, July 18.',
      'a memorandum from Murphy to Nash to the Department of Defense, July 18',
    ],
    ['Source: Department of State, Central Files, 711.5611/2–2756. Top Secret. Transmitted under cover of a letter from Dulles to Wilson, February 27.', 'a letter from Dulles to Wilson, February 27'],
  ])('reads the cover of %s as the transmitting message, with its destination', (note, message) => {
    const record = parseSourceNote(note);
    expect(record.transmittedIn).toBe(message);
    expect(record.remarks).toEqual([]);
  });

  it('keeps the relative clause after the cover in remarks', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 711.5611/1–2556. Secret. Transmitted to Lay under cover of a memorandum from Dulles, January 25, which is not printed.');
    expect(record.transmittedIn).toBe('a memorandum from Dulles to Lay, January 25');
    expect(record.remarks).toEqual(['which is not printed.']);
  });
});

describe('the Secretary’s telephone conversations', () => {
  it.each([
    ['Source: Eisenhower Library, Dulles Papers, Telephone Conversations. Transcribed by Phyllis D. Bernau.', ['Telephone Conversations'], 'Phyllis D. Bernau'],
    ['Source: Eisenhower Library, Dulles Papers, Telephone Conversations, White House. No classification marking. Transcribed by Mildred Asbjornson.', ['Telephone Conversations', 'White House'], 'Mildred Asbjornson'],
  ])('reads the one who transcribed %s as its drafter', (note, series, drafter) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'eisenhower-library', collection: 'Dulles Papers', series });
    expect(record.drafters.map((person) => person.name)).toEqual([drafter]);
    expect(record.remarks).toEqual([]);
  });

  it('keeps what a transcript was made from in remarks, naming no drafter', () => {
    const note = 'Source: Eisenhower Library, Dulles Papers, Telephone Conversations. Transcribed from a tape recording.';
    const record = parseSourceNote(note);
    expect(record.drafters).toEqual([]);
    expect(record.remarks).toEqual(['Transcribed from a tape recording.']);
  });
});

describe('a telegram transmitted in sections', () => {
  it.each([
    ['Source: Department of State, Central Files, 762.00/5–1959. Secret; Niact. Transmitted in two sections.', 'Transmitted in two sections.'],
    ['Source: Department of State, Central Files, 711.11/2–1057. Top Secret. Transmitted in three parts.', 'Transmitted in three parts.'],
    ['Source: Department of State, Central Files, 711.11/2–1057. Secret. This telegram was transmitted in two sections.', 'This telegram was transmitted in two sections.'],
  ])('reads the sections of %s as how it went, naming no transmitting message', (note, remark) => {
    const record = parseSourceNote(note);
    expect(record.transmittedIn).toBeNull();
    expect(record.remarks).toEqual([remark]);
  });

  it('reads the places it was repeated to after its sections', () => {
    for (const note of [
      'Source: Department of State, Central Files, 661.00/6–1257. Secret. Transmitted in two sections and repeated to London and Paris.',
      'Source: Department of State, Central Files, 661.00/6–1257. Secret. Transmitted in two sections; repeated to London and Paris.',
    ]) {
      const record = parseSourceNote(note);
      expect(record.transmittedIn).toBeNull();
      expect(record.repeatedTo).toEqual(['London', 'Paris']);
      expect(record.remarks).toEqual(['Transmitted in two sections']);
    }
  });

  it('still reads a telegram named after "Transmitted in" as the transmitting message', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 661.00/6–1257. Secret. Transmitted in telegram 2562 from Moscow, April 11.');
    expect(record.transmittedIn).toBe('telegram 2562 from Moscow, April 11');
  });
});

describe('a paper drafted over two days', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/10–1854. Secret. Drafted by Hanes on October 19 and 20.', ['Hanes'], 'October 19 and 20'],
    ['Source: Department of State, Central Files, 611.61/10–1854. Secret. Drafted by Hanes and Bowie on October 19 and 20.', ['Hanes', 'Bowie'], 'October 19 and 20'],
    ['Source: Department of State, Central Files, 611.61/5–1058. Secret. Drafted by Freers on May 8–9.', ['Freers'], 'May 8–9'],
  ])('gives %s both days as its date, apart from the names', (note, names, date) => {
    const record = parseSourceNote(note);
    expect(record.drafters.map((person) => person.name)).toEqual(names);
    expect(record.drafters.map((person) => person.date)).toEqual(names.map(() => date));
    expect(record.remarks).toEqual([]);
  });
});

describe('a citation that names a second place after "; also in"', () => {
  it.each([
    'Source: Department of State, Central Files, 611.61/5–1058; also in the Eisenhower Library, Whitman File, Dulles–Herter Series. Secret.',
    'Source: Department of State, Central Files, 611.61/5–1058; also in Eisenhower Library, Whitman File, Dulles–Herter Series. Secret.',
  ])('reads the file of %s as the source text and the second place as a copy', (note) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file: '611.61/5–1058', fileDate: '1958-05-10' });
    expect(record.copies).toMatchObject([{ repositoryId: 'eisenhower-library', collection: 'Whitman File', series: ['Dulles–Herter Series'] }]);
    expect(record.classification?.level).toBe('secret');
  });
});

describe('places a telegram was repeated to by pouch', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/5–1058. Secret. Repeated by pouch to Moscow and Warsaw.', ['Moscow', 'Warsaw'], []],
    ['Source: Department of State, Central Files, 611.61/5–1058. Secret. Sent to Bonn; repeated by pouch to Moscow.', ['Moscow'], ['Sent to Bonn']],
  ])('reads the places of %s as those of "Repeated to … by pouch"', (note, places, remarks) => {
    const record = parseSourceNote(note);
    expect(record.repeatedTo).toEqual(places);
    expect(record.remarks).toEqual(remarks);
  });
});

describe('the Dulles Papers at Princeton', () => {
  it.each([
    ['Source: Seeley G. Mudd Manuscript Library, Princeton University, John Foster Dulles Papers, Telephone Conversations. Confidential.', 'John Foster Dulles Papers', ['Telephone Conversations']],
    ['Source: Princeton University Library, Dulles Papers, General Correspondence and Memoranda. Secret.', 'Dulles Papers', ['General Correspondence and Memoranda']],
  ])('reads the library written with its university as the repository: %s', (note, collection, series) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'princeton-mudd', collection, series });
  });
});
