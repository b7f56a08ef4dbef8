import { describe, expect, it } from 'vitest';
import { readPeople, ROLE_VERBS, startsWithRoleVerb } from '../../src/parse/people.js';
import { parseSourceNote } from '../../src/parse/source-note.js';
import type { Span } from '../../src/parse/span.js';

const span = (text: string): Span => ({ text, start: 0, end: text.length });
const names = (people: ReturnType<typeof readPeople>) => ({
  drafters: people.drafters.map((p) => p.name),
  clearances: people.clearances.map((p) => p.name),
  approvers: people.approvers.map((p) => p.name),
});

describe('role verbs', () => {
  // The patterns spell the verbs out; the table says what each one fills.
  it.each(Object.entries(ROLE_VERBS))('%s fills %s', (verb, role) => {
    for (const written of [verb, verb[0]!.toUpperCase() + verb.slice(1), verb.toUpperCase()]) {
      const people = names(readPeople(span(`${written} by Smith`)));
      expect(people).toEqual({
        drafters: role === 'drafters' ? ['Smith'] : [],
        clearances: role === 'clearances' ? ['Smith'] : [],
        approvers: role === 'approvers' ? ['Smith'] : [],
      });
      expect(startsWithRoleVerb(span(`${written} by Smith`))).toBe(role !== null);
    }
  });

  it('ends a clause at any verb, even one that fills no list', () => {
    expect(names(readPeople(span('Drafted by Smith and initialed by Jones; cleared by Brown')))).toEqual({
      drafters: ['Smith'],
      clearances: ['Brown'],
      approvers: [],
    });
  });

  it('reads the minute-taker of a conference meeting (`Recorded by …`) as the drafter', () => {
    expect(startsWithRoleVerb(span('Recorded by Bohlen'))).toBe(true);
    expect(names(readPeople(span('Recorded by Brigadier General John R. Deane')))).toEqual({ drafters: ['Brigadier General John R. Deane'], clearances: [], approvers: [] });
  });

  it('reads the secretary who took down a telephone conversation (`Transcribed by …`) as the drafter', () => {
    expect(startsWithRoleVerb(span('Transcribed by Bernau'))).toBe(true);
    expect(names(readPeople(span('Transcribed by Phyllis D. Bernau')))).toEqual({ drafters: ['Phyllis D. Bernau'], clearances: [], approvers: [] });
  });

  it('reads no one in what a paper was made from (`Transcribed from a tape recording`, `Prepared from notes`)', () => {
    for (const text of ['Transcribed from a tape recording', 'Prepared from notes']) {
      const people = readPeople(span(text));
      expect(names(people)).toEqual({ drafters: [], clearances: [], approvers: [] });
      expect(people.leftovers.map((piece) => piece.text)).toEqual([text]);
    }
  });

  it('keeps the names of a verb that fills no list as written (`initialed by Roosevelt`), not lost', () => {
    const leftovers = (text: string) => readPeople(span(text)).leftovers.map((piece) => piece.text);
    expect(leftovers('Drafted by Leahy; initialed by Roosevelt')).toEqual(['initialed by Roosevelt']);
    expect(leftovers('Drafted by Smith and initialed by Jones; cleared by Brown')).toEqual(['initialed by Jones']);
    expect(leftovers('Drafted by Smith, signed by Jones, and cleared by Brown')).toEqual(['signed by Jones']);
    // A verb that fills no list beside one that does shares its names, and is kept from its verb on, so the initialing is not lost.
    expect(leftovers('Drafted and initialed by Thompson')).toEqual(['initialed by Thompson']);
    expect(leftovers('Drafted and signed by Thompson on May 3; cleared by Rusk')).toEqual(['signed by Thompson on May 3']);
    expect(leftovers('Drafted by Smith and initialed and approved by Thompson')).toEqual(['initialed and approved by Thompson']);
  });

  it('keeps the initialing sentence of a note in remarks', () => {
    const record = parseSourceNote('Roosevelt Papers. Top Secret. Drafted by Leahy; initialed by Roosevelt.');
    expect(record.drafters.map((person) => person.name)).toEqual(['Leahy']);
    expect(record.approvers).toEqual([]);
    expect(record.remarks).toEqual(['initialed by Roosevelt.']);
    const joined = parseSourceNote('Source: Department of State, Central Files, POL 1 USSR. Secret. Drafted and initialed by Thompson; cleared by Rusk.');
    expect(joined.drafters.map((person) => person.name)).toEqual(['Thompson']);
    expect(joined.clearances.map((person) => person.name)).toEqual(['Rusk']);
    expect(joined.remarks).toEqual(['initialed by Thompson']);
  });

  it('reads the names of a sentence that opens with a verb that fills no list before one that does (`Initialed and drafted by Thompson`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261. Secret. Initialed and drafted by Thompson; cleared by Rusk.');
    expect(record.drafters.map((person) => person.name)).toEqual(['Thompson']);
    expect(record.clearances.map((person) => person.name)).toEqual(['Rusk']);
    // The initialing is kept from its verb on, as in `Drafted and initialed by Thompson`.
    expect(record.remarks).toEqual(['Initialed and drafted by Thompson']);
    expect(names(readPeople(span('Signed and approved by Rusk')))).toEqual({ drafters: [], clearances: [], approvers: ['Rusk'] });
    expect(startsWithRoleVerb(span('INITIALED AND DRAFTED BY THOMPSON'))).toBe(true);
    // Alone, such a verb opens no sentence of people; nor does a sentence that merely opens with its letters.
    for (const text of ['Initialed by Rusk', 'Signed by Byrnes', 'In telegram 123 the Embassy reported', 'Initialed and dated by Rusk']) expect(startsWithRoleVerb(span(text))).toBe(false);
  });

  it('tells a leading verb by its first letter, in either case', () => {
    for (const text of ['drafted by Smith', 'SUBMITTED by Smith', 'Approved in S']) expect(startsWithRoleVerb(span(text))).toBe(true);
    for (const text of ['', 'Signed by Smith', 'Department of State', 'Draft by Smith', 'Drafted_by Smith', '¶ Drafted']) expect(startsWithRoleVerb(span(text))).toBe(false);
  });

  it('takes "by" in either case', () => {
    expect(names(readPeople(span('Drafted By Smith; cleared BY Jones')))).toEqual({ drafters: ['Smith'], clearances: ['Jones'], approvers: [] });
    expect(names(readPeople(span('Drafted by Byrne')))).toEqual({ drafters: ['Byrne'], clearances: [], approvers: [] });
  });

  it('takes a qualifier only as a whole word (`in part`, not `in Partridge`)', () => {
    expect(names(readPeople(span('Cleared in part by Rusk')))).toEqual({ drafters: [], clearances: ['Rusk'], approvers: [] });
    const partridge = readPeople(span('Cleared in Partridge by Rusk'));
    expect(partridge.clearances.map((person) => person.name)).not.toContain('ridge by Rusk');
  });

  it('does not take a verb inside a word', () => {
    expect(startsWithRoleVerb(span('Draftedness by Smith'))).toBe(false);
    expect(names(readPeople(span('Drafted by Unsigned-Smith')))).toEqual({ drafters: ['Unsigned-Smith'], clearances: [], approvers: [] });
  });
});

describe('a sending after the names', () => {
  it('ends the names before "and sent to" and keeps the sending as a leftover', () => {
    const read = readPeople(span('Prepared by Moorer and sent to Laird under a covering memorandum'));
    expect(names(read)).toEqual({ drafters: ['Moorer'], clearances: [], approvers: [] });
    expect(read.leftovers.map((left) => left.text)).toEqual(['sent to Laird under a covering memorandum']);
  });

  it('keeps the office of names joined by "and" before "and forwarded to"', () => {
    const read = readPeople(span('Drafted by Smith and Jones (EUR) and forwarded to Kissinger; cleared by Brown'));
    expect(read.drafters.map((p) => [p.name, p.office])).toEqual([
      ['Smith', 'EUR'],
      ['Jones', 'EUR'],
    ]);
    expect(names(read).clearances).toEqual(['Brown']);
    expect(read.leftovers.map((left) => left.text)).toEqual(['forwarded to Kissinger']);
  });
});

describe('dates of a clause', () => {
  const dated = (text: string) => readPeople(span(text)).drafters.map((p) => [p.name, p.office, p.date]);

  it('reads months written out or abbreviated', () => {
    expect(dated('Drafted by Laingen and Lincoln on June 29')).toEqual([
      ['Laingen', undefined, 'June 29'],
      ['Lincoln', undefined, 'June 29'],
    ]);
    expect(dated('Drafted by Davies (EUR/SOV) on Feb. 21')).toEqual([['Davies', 'EUR/SOV', 'Feb. 21']]);
    expect(dated('Drafted by Gleason on Sept. 3, 1961')).toEqual([['Gleason', undefined, 'Sept. 3, 1961']]);
  });

  it('does not take a name for a month', () => {
    expect(dated('Drafted by Mayer on Marchand')).toEqual([['Mayer on Marchand', undefined, undefined]]);
  });

  it('takes a date after a comma, and none from a word holding "on"', () => {
    expect(dated('Drafted by Gleason,on June 5')).toEqual([['Gleason', undefined, 'June 5']]);
    expect(dated('Drafted by Anderson 2')).toEqual([['Anderson 2', undefined, undefined]]);
  });

  it('reads a date written in figures, month first, as the later volumes write it', () => {
    expect(dated('Drafted by J. Armitage (EUR/SOV) on 3/4/74')).toEqual([['J. Armitage', 'EUR/SOV', '3/4/74']]);
    expect(dated('Drafted by Smith and Jones on 12/28/1979')).toEqual([
      ['Smith', undefined, '12/28/1979'],
      ['Jones', undefined, '12/28/1979'],
    ]);
    expect(dated('Drafted on 12/28/79 by Robert Blackwill (EUR/RPM)')).toEqual([['Robert Blackwill', 'EUR/RPM', '12/28/79']]);
    // A number that is no date stays with the name.
    expect(dated('Drafted by Anderson on 3/4')).toEqual([['Anderson on 3/4', undefined, undefined]]);
  });

  it('reads a date set after a comma without "on", in words or in figures', () => {
    expect(dated('Drafted by J. Doe (NEA/INS), 1/2/74')).toEqual([['J. Doe', 'NEA/INS', '1/2/74']]);
    expect(dated('Drafted by J. Doe (NEA/INS), March 3')).toEqual([['J. Doe', 'NEA/INS', 'March 3']]);
    expect(dated('Drafted by Doe and Roe, Sept. 3, 1974')).toEqual([
      ['Doe', undefined, 'Sept. 3, 1974'],
      ['Roe', undefined, 'Sept. 3, 1974'],
    ]);
  });

  it('reads an office’s symbol in brackets after the date as the office of the group’s names', () => {
    expect(dated('Drafted by Smith on July 2 (S/P)')).toEqual([['Smith', 'S/P', 'July 2']]);
    expect(dated('Drafted by Smith and Jones on July 2, 1962 (EUR/SOV)')).toEqual([
      ['Smith', 'EUR/SOV', 'July 2, 1962'],
      ['Jones', 'EUR/SOV', 'July 2, 1962'],
    ]);
    // After an office written first, the bracket is still the person's own office, as without a date (`in S/S by Smith (EUR)`).
    expect(dated('Drafted in S/S by Smith on July 2 (EUR)')).toEqual([['Smith', 'EUR', 'July 2']]);
    expect(dated('Drafted in S/S by Smith (EUR)')).toEqual([['Smith', 'EUR', undefined]]);
    // A note on the drafting in brackets is no office.
    expect(readPeople(span('Drafted by Goodpaster on July 2 (memorandum dated July 3)')).drafters.map((p) => [p.name, p.office, p.date])).toEqual([['Goodpaster', undefined, 'July 2']]);
  });

  it('reads a date written in telegram capitals, as written', () => {
    expect(dated('DRAFTED BY LINCOLN ON JUNE 29')).toEqual([['LINCOLN', undefined, 'JUNE 29']]);
    expect(dated('Drafted by Lincoln on JUNE 29')).toEqual([['Lincoln', undefined, 'JUNE 29']]);
    expect(dated('DRAFTED BY LINCOLN AND LAINGEN (EUR/SOV) ON JUNE 29')).toEqual([
      ['LINCOLN', 'EUR/SOV', 'JUNE 29'],
      ['LAINGEN', 'EUR/SOV', 'JUNE 29'],
    ]);
    expect(dated('DRAFTED ON JUNE 29 BY LINCOLN')).toEqual([['LINCOLN', undefined, 'JUNE 29']]);
    expect(readPeople(span('DRAFTED BY LINCOLN ON JUNE 29; CLEARED BY SMITH AND APPROVED BY JONES ON JULY 1')).approvers).toMatchObject([{ name: 'JONES', date: 'JULY 1' }]);
  });

  it('does not take a name in capitals for a month', () => {
    expect(dated('DRAFTED BY MAYER ON MARCHAND 2')).toEqual([['MAYER ON MARCHAND 2', undefined, undefined]]);
  });
});


describe('qualifiers after a name', () => {
  const cleared = (text: string) => readPeople(span(text)).clearances.map((p) => p.name);
  const qualified = (persons: readonly { name: string; qualifier?: string }[]) => persons.map((p) => [p.name, p.qualifier]);

  it('keeps what qualifies a part as the person’s qualifier, as written', () => {
    const read = readPeople(span('Drafted by Cleveland and Wood, cleared by Anderson, Steeves, Flesch for paragraph 2, and approved by Steeves on behalf of Parsons'));
    expect(qualified(read.clearances)).toEqual([['Anderson', undefined], ['Steeves', undefined], ['Flesch', 'for paragraph 2']]);
    expect(qualified(read.approvers)).toEqual([['Steeves', 'on behalf of Parsons']]);
    expect(qualified(readPeople(span('Approved by Bundy for transmission')).approvers)).toEqual([['Bundy', 'for transmission']]);
    expect(qualified(readPeople(span('Cleared by Rusk (in substance) and Ball (EUR)')).clearances)).toEqual([['Rusk', 'in substance'], ['Ball', undefined]]);
  });

  it('gives the qualifier that opens a group to each of its names', () => {
    const read = readPeople(span('Cleared by Toon and in draft by Berlack (L/EUR) and Smith'));
    expect(qualified(read.clearances)).toEqual([['Toon', undefined], ['Berlack', 'in draft'], ['Smith', 'in draft']]);
    expect(read.clearances[1]!.office).toBe('L/EUR');
  });

  it('opens a qualified group at a comma without "and" (1961–63 and 1967–69 telegrams)', () => {
    const read = readPeople(span('Drafted by Vallon on April 20; cleared by Coerr, in substance by Bowles, and by Bundy at the White House; approved by Rusk'));
    expect(qualified(read.clearances)).toEqual([['Coerr', undefined], ['Bowles', 'in substance'], ['Bundy', undefined]]);
    expect(read.clearances[2]!.office).toBe('White House');
    const habib = readPeople(span('Drafted by Habib, cleared by Read (S/S), in substance by Bundy, and by Rostow at the White House, and approved by Katzenbach'));
    expect(qualified(habib.clearances)).toEqual([['Read', undefined], ['Bundy', 'in substance'], ['Rostow', undefined]]);
    expect(habib.clearances.map((p) => p.office)).toEqual(['S/S', undefined, 'White House']);
    expect(habib.approvers.map((p) => p.name)).toEqual(['Katzenbach']);
    expect(qualified(readPeople(span('Cleared by Coerr (ARA), in draft by Kitchen')).clearances)).toEqual([['Coerr', undefined], ['Kitchen', 'in draft']]);
  });

  it('finds the names as before', () => {
    expect(cleared('Cleared by Anderson, Flesch for paragraph 2, and Steeves on behalf of Parsons')).toEqual(['Anderson', 'Flesch', 'Steeves']);
    expect(cleared('Cleared by Toon in substance and Rusk for the Secretary')).toEqual(['Toon', 'Rusk']);
    expect(cleared('Cleared by Flesch FOR PARAGRAPHS 3 and 4')).toEqual(['Flesch']);
  });

  it('drops "for transmission" after an approver', () => {
    const approved = (text: string) => readPeople(span(text)).approvers.map((p) => p.name);
    expect(approved('Approved by Bundy for transmission')).toEqual(['Bundy']);
    expect(approved('Approved by Read (S/S) for transmission')).toEqual(['Read']);
  });

  it('keeps a name whose qualifier is followed by more than a short reference', () => {
    expect(cleared('Cleared by Smith for paragraph twenty-one of the long draft')).toEqual(['Smith for paragraph twenty-one of the long draft']);
  });
});

describe('name suffixes', () => {
  it('keeps Jr., Sr. and numerals with the name they follow after a comma', () => {
    const read = readPeople(span('Drafted by E. Allan Lightner, Jr., and cleared by John Doe, Sr., Brown, and Green'));
    expect(names(read)).toEqual({ drafters: ['E. Allan Lightner, Jr.'], clearances: ['John Doe, Sr.', 'Brown', 'Green'], approvers: [] });
    expect(read.drafters[0]!.range).toEqual([11, 33]);
    expect(names(readPeople(span('Approved by Hugh Smith, III')))).toEqual({ drafters: [], clearances: [], approvers: ['Hugh Smith, III'] });
  });

  it('gives an office after the suffix to the whole name, and shares it across names joined by "and"', () => {
    const alone = readPeople(span('Drafted by Lightner, Jr. (EUR)')).drafters;
    expect(alone.map((p) => [p.name, p.office])).toEqual([['Lightner, Jr.', 'EUR']]);
    const pair = readPeople(span('Drafted by Smith, Jr. and Jones (EUR)')).drafters;
    expect(pair.map((p) => [p.name, p.office])).toEqual([['Smith, Jr.', 'EUR'], ['Jones', 'EUR']]);
  });

  it('leaves a suffix that follows no name where it is', () => {
    expect(names(readPeople(span('Drafted by Jr. Smith'))).drafters).toEqual(['Jr. Smith']);
  });
});

describe('names in capitals', () => {
  it('separates names joined by AND in telegram capitals', () => {
    expect(names(readPeople(span('DRAFTED BY BREWSTER AND JONES')))).toEqual({ drafters: ['BREWSTER', 'JONES'], clearances: [], approvers: [] });
    expect(names(readPeople(span('Cleared by Getz, Bernau AND Kohler'))).clearances).toEqual(['Getz', 'Bernau', 'Kohler']);
    // A name that only starts like the word stays whole.
    expect(names(readPeople(span('Drafted by Anderson Andrews'))).drafters).toEqual(['Anderson Andrews']);
  });

  it('reads the small words of a clause in capitals: IN, AT, THE, BY and AND IN', () => {
    const approvers = (text: string) => readPeople(span(text)).approvers.map((p) => [p.name, p.office, p.date]);
    expect(approvers('DRAFTED BY ASENCIO AND APPROVED IN S ON DECEMBER 3')).toEqual([['S', undefined, 'DECEMBER 3']]);
    expect(approvers('APPROVED IN THE WHITE HOUSE ON AUGUST 30')).toEqual([['WHITE HOUSE', undefined, 'AUGUST 30']]);
    expect(approvers('APPROVED IN S/AH ON AUGUST 4 AND IN S AND G ON AUGUST 8')).toEqual([
      ['S/AH', undefined, 'AUGUST 4'],
      ['S', undefined, 'AUGUST 8'],
      ['G', undefined, 'AUGUST 8'],
    ]);
    expect(readPeople(span('DRAFTED IN S/S BY HILLIKER')).drafters).toMatchObject([{ name: 'HILLIKER', office: 'S/S' }]);
    expect(names(readPeople(span('CLEARED IN DOD, G/PM, AND EUR'))).clearances).toEqual(['DOD', 'G/PM', 'EUR']);
    expect(names(readPeople(span('CONCURRED IN BY THE U.S. INTELLIGENCE BOARD'))).clearances).toEqual(['U.S. INTELLIGENCE BOARD']);
  });
});

describe('lists in telegram capitals', () => {
  it('cuts ", AND" before the last name and reads "OF" before an office and places after "IN THE" and "AT THE", as in small letters', () => {
    const people = readPeople(span('CLEARED BY JONES, BROWN, AND DAVIS (EUR)'));
    expect(people.clearances.map((person) => [person.name, person.office])).toEqual([
      ['JONES', undefined],
      ['BROWN', undefined],
      ['DAVIS', 'EUR'],
    ]);
    expect(readPeople(span('Cleared by Jones, Brown, And Davis')).clearances.map((person) => person.name)).toEqual(['Jones', 'Brown', 'Davis']);
    // "OF" before a known office symbol gives the office, as "of" does; other words stay in the name.
    const of = readPeople(span('DRAFTED BY JAMES E. GOODBY OF ACDA; CLEARED BY THE SECRETARY OF DEFENSE AND RUSK'));
    expect(of.drafters.map((person) => [person.name, person.office])).toEqual([['JAMES E. GOODBY', 'ACDA']]);
    expect(of.clearances.map((person) => [person.name, person.office])).toEqual([
      ['SECRETARY OF DEFENSE', undefined],
      ['RUSK', undefined],
    ]);
    // A place after a name, as "in the"/"at the" gives one in small letters.
    const placed = readPeople(span('PREPARED BY PHYLLIS D. BERNAU IN THE OFFICE OF THE SECRETARY OF STATE AND CLEARED BY GENERAL CLIFTON AT THE WHITE HOUSE'));
    expect([...placed.drafters, ...placed.clearances].map((person) => [person.name, person.office])).toEqual([
      ['PHYLLIS D. BERNAU', 'OFFICE OF THE SECRETARY OF STATE'],
      ['GENERAL CLIFTON', 'WHITE HOUSE'],
    ]);
    // A name that only begins with the letters stays whole.
    expect(readPeople(span('Cleared by Andrews, Brown, and Anderson (EUR)')).clearances.map((person) => person.name)).toEqual(['Andrews', 'Brown', 'Anderson']);
  });
});

describe('a person in parentheses after an office symbol', () => {
  it('reads `cleared with NSC (Matlock)` as Matlock of the NSC', () => {
    const people = readPeople(span('Drafted by Robert Oakley; cleared with NSC (Matlock)'));
    expect(people.clearances.map(({ name, office }) => ({ name, office }))).toEqual([{ name: 'Matlock', office: 'NSC' }]);
  });

  it('does not share the office written before a name with the names joined to it by "and"', () => {
    // SPEC shares a symbol that follows the last name; `NSC (Matlock)` names Matlock's office first.
    const people = readPeople(span('Cleared by Smith and NSC (Matlock)'));
    expect(people.clearances.map(({ name, office }) => ({ name, office }))).toEqual([
      { name: 'Smith', office: undefined },
      { name: 'Matlock', office: 'NSC' },
    ]);
  });
});

describe('a title set after a name and a comma', () => {
  const read = (text: string) => {
    const people = readPeople(span(text));
    return [...people.drafters, ...people.clearances].map(({ name, office, date }) => [name, office, date]);
  };

  it('is the office of the name before it, not another person', () => {
    expect(read('Drafted by Charles E. Bohlen, Counselor of the Department')).toEqual([['Charles E. Bohlen', 'Counselor of the Department', undefined]]);
    expect(read('Prepared by Marion W. Boggs, Deputy Executive Secretary of the NSC, on May 7')).toEqual([['Marion W. Boggs', 'Deputy Executive Secretary of the NSC', 'May 7']]);
    expect(read('Cleared by Bowie, Director of the Policy Planning Staff, and Merchant, Assistant Secretary for European Affairs')).toEqual([
      ['Bowie', 'Director of the Policy Planning Staff', undefined],
      ['Merchant', 'Assistant Secretary for European Affairs', undefined],
    ]);
    expect(read('Drafted by Smith, Special Assistant to the President, and cleared by Jones')).toEqual([
      ['Smith', 'Special Assistant to the President', undefined],
      ['Jones', undefined, undefined],
    ]);
  });

  it('leaves a rank before a name, and a list of names, as they were', () => {
    expect(read('Drafted by Smith, Ambassador Thompson, and Brown').map(([name]) => name)).toEqual(['Smith', 'Ambassador Thompson', 'Brown']);
    expect(read('Drafted by Smith, Jones, and Brown').map(([name]) => name)).toEqual(['Smith', 'Jones', 'Brown']);
  });
});

describe('offices after "of the"', () => {
  // Later volumes name the NSC Staff after "of the": the staff is the office, not part of the name.
  it('reads "of the NSC Staff" as the office of the name before it', () => {
    const people = readPeople(span('Drafted by Peter W. Rodman of the NSC Staff on March 24'));
    expect(people.drafters.map((person) => [person.name, person.office, person.date])).toEqual([['Peter W. Rodman', 'NSC Staff', 'March 24']]);
    expect(readPeople(span('Drafted by Jeanne W. Davis of the NSC staff')).drafters.map((person) => [person.name, person.office])).toEqual([['Jeanne W. Davis', 'NSC staff']]);
  });

  it('shares the staff with names joined by "and", as a symbol in parentheses', () => {
    const people = readPeople(span('Prepared by Harold H. Saunders and Samuel M. Hoskinson of the NSC Staff'));
    expect(people.drafters.map((person) => [person.name, person.office])).toEqual([
      ['Harold H. Saunders', 'NSC Staff'],
      ['Samuel M. Hoskinson', 'NSC Staff'],
    ]);
  });

  it('reads an office written out by its name after "of the" as the office', () => {
    expect(readPeople(span('Drafted by Winston Lord of the Policy Planning Staff')).drafters.map((person) => [person.name, person.office])).toEqual([['Winston Lord', 'Policy Planning Staff']]);
    const people = readPeople(span('Drafted by Dwight M. Burr of the Office of Soviet Union Affairs on May 3'));
    expect(people.drafters.map((person) => [person.name, person.office, person.date])).toEqual([['Dwight M. Burr', 'Office of Soviet Union Affairs', 'May 3']]);
  });

  const people = (text: string) => readPeople(span(text)).drafters.map(({ name, office }) => ({ name, office }));

  it('reads offices that open with an office word (Office, Bureau, Embassy, Executive Secretariat, …)', () => {
    expect(people('Drafted by Smith of the Embassy')).toEqual([{ name: 'Smith', office: 'Embassy' }]);
    expect(people('Drafted by William H. Brubeck of the Executive Secretariat')).toEqual([{ name: 'William H. Brubeck', office: 'Executive Secretariat' }]);
    expect(people('Drafted by Smith of the Office of Soviet Union Affairs and Jones of the Embassy in Moscow')).toEqual([
      { name: 'Smith', office: 'Office of Soviet Union Affairs' },
      { name: 'Jones', office: 'Embassy in Moscow' },
    ]);
  });

  it('keeps an office whose name holds "and" whole (`Bureau of Near Eastern and South Asian Affairs`)', () => {
    const read = readPeople(span('Drafted by Robert Oakley of the Bureau of Near Eastern and South Asian Affairs; cleared by Jones of the Office of Eastern European and Soviet Affairs'));
    expect(read.drafters.map(({ name, office }) => ({ name, office }))).toEqual([{ name: 'Robert Oakley', office: 'Bureau of Near Eastern and South Asian Affairs' }]);
    expect(read.clearances.map(({ name, office }) => ({ name, office }))).toEqual([{ name: 'Jones', office: 'Office of Eastern European and Soviet Affairs' }]);
  });

  it('keeps titles of office and places as they were read', () => {
    expect(people('Drafted by the Secretary of the Treasury')).toEqual([{ name: 'Secretary of the Treasury', office: undefined }]);
    expect(people('Drafted by Director of the Policy Planning Staff')).toEqual([{ name: 'Director of the Policy Planning Staff', office: undefined }]);
    expect(people('Prepared by Phyllis D. Bernau in the Office of the Secretary of State')).toEqual([{ name: 'Phyllis D. Bernau', office: 'Office of the Secretary of State' }]);
    // Only an office follows: a person's name before "of the" is not cut from other words.
    expect(people('Drafted by Smith of the Washington Post')).toEqual([{ name: 'Smith of the Washington Post', office: undefined }]);
  });
});

describe('a phrase on why a paper was made after the name', () => {
  it.each([
    ['Prepared by the NSC Interdepartmental Group for Europe in response to NSSM 9.', { name: 'NSC Interdepartmental Group for Europe' }],
    ['Prepared by Smith at the request of Kissinger.', { name: 'Smith' }],
    ['Drafted in S/P by Gelb in consultation with EUR.', { name: 'Gelb', office: 'S/P' }],
  ])('reads `%s` as the drafter with no office taken from the phrase', (sentence, drafter) => {
    const record = parseSourceNote(`Source: National Archives, Nixon Presidential Materials, NSC Institutional Files (H-Files), Box H–128, NSSM 9. Secret. ${sentence}`);
    expect(record.drafters).toEqual([expect.objectContaining(drafter)]);
    if (!('office' in drafter)) expect(record.drafters[0]).not.toHaveProperty('office');
  });

  it('still reads a place after the name as the office', () => {
    const record = parseSourceNote('Source: Eisenhower Library, Dulles Papers, General Telephone Conversations. Prepared by Phyllis D. Bernau in the Office of the Secretary of State.');
    expect(record.drafters).toMatchObject([{ name: 'Phyllis D. Bernau', office: 'Office of the Secretary of State' }]);
  });
});

describe('what was done with a paper after it was prepared', () => {
  it.each(['considered by the SRG on March 3', 'discussed at the NSC meeting of March 3', 'reviewed by the Senior Review Group'])(
    'keeps `and %s` out of the drafters, as a remark',
    (clause) => {
      const record = parseSourceNote(`Source: National Archives, Nixon Presidential Materials, NSC Institutional Files (H-Files), Box H–128, NSSM 9. Secret. Prepared by the Interagency Group and ${clause}.`);
      expect(record.drafters).toEqual([expect.objectContaining({ name: 'Interagency Group' })]);
      expect(record.drafters[0]).not.toHaveProperty('date');
      expect(record.remarks).toEqual([`${clause}.`]);
    },
  );
});

describe('a qualifier set off by commas in a list of clearances', () => {
  it('names no one', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D820012–0345. Secret; Immediate; Nodis. Drafted by J. Hawes (PM); cleared by R. Burt (EUR), L. Eagleburger (P), in substance, and M. Palmer (S/S); approved by the Secretary.',
    );
    expect(record.clearances.map((person) => person.name)).toEqual(['R. Burt', 'L. Eagleburger', 'M. Palmer']);
    expect(record.clearances.map((person) => person.office)).toEqual(['EUR', 'P', 'S/S']);
  });
});
