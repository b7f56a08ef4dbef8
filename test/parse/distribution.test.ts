import { describe, expect, it } from 'vitest';
import { isDistributionSentence, opensWithRepeatedMessage, readDistribution, transmittedToMessage } from '../../src/parse/distribution.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

const read = (text: string) => readDistribution({ text, start: 0, end: text.length });

describe('readDistribution', () => {
  it.each([
    ['Repeated to Moscow.', ['Moscow']],
    ['Repeated to Geneva and London.', ['Geneva', 'London']],
    ['Repeated to Paris, London, Bonn, and Hong Kong.', ['Paris', 'London', 'Bonn', 'Hong Kong']],
    ['Repeated for information to CINCPAC Pol Ad.', ['CINCPAC Pol Ad']],
    ['Repeated to all other NATO capitals.', ['all other NATO capitals']],
    ['Repeated to Ankara for information.', ['Ankara']],
    ['Also sent to London; repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade.', ['Ankara', 'Paris', 'Nicosia']],
    ['Also sent priority to Paris and repeated to Hanoi and Saigon.', ['Hanoi', 'Saigon']],
    ['Pouched to Moscow.', []],
    ['Passed to White House.', []],
    // Telegrams in capitals join places with a capital AND.
    ['REPEATED TO PARIS AND LONDON.', ['PARIS', 'LONDON']],
    ['Repeated to Paris, Bonn AND London.', ['Paris', 'Bonn', 'London']],
    // Later telegrams are repeated at a precedence, or with both a purpose and a precedence.
    ['Repeated for information Immediate to London.', ['London']],
    ['Repeated Immediate for information to Beijing.', ['Beijing']],
    ['Repeated Flash to the White House.', ['the White House']],
    ['Repeated Routine to Tokyo.', ['Tokyo']],
    ['Repeated Operational Immediate to CINCPAC.', ['CINCPAC']],
    // A later place of the list can carry its own precedence or purpose before "to".
    ['Repeated Immediate to Kabul and Priority to Moscow.', ['Kabul', 'Moscow']],
    ['Repeated Flash to the White House and Niact Immediate to Cairo.', ['the White House', 'Cairo']],
    ['Repeated for information Priority to Moscow and for information to USNATO.', ['Moscow', 'USNATO']],
    // Another verb of sending after the list ends it.
    ['Repeated to Karachi and New Delhi and passed to USCINCMEAFSA.', ['Karachi', 'New Delhi']],
    ['Repeated to Paris and Rome and pouched to Belgrade.', ['Paris', 'Rome']],
    ['Repeated to Karachi, and pouched to Colombo.', ['Karachi']],
    // The telegram number a place was sent under, and a "to" repeated after "and", are no part of the place.
    ['Repeated to Paris as 4567 and to Saigon as 890.', ['Paris', 'Saigon']],
    ['Sent to Geneva as Tedul 34; repeated to Paris as Tosec 567.', ['Paris']],
    ['Repeated to London, Paris, and Saigon, and to Geneva.', ['London', 'Paris', 'Saigon', 'Geneva']],
    ['Repeated to CINCPAC and CTF 77.', ['CINCPAC', 'CTF 77']],
  ])('%s → %j', (text, places) => {
    expect(read(text).repeatedTo).toEqual(places);
  });

  it('keeps what is not "repeated to" as leftovers', () => {
    expect(read('Also sent priority to Paris and repeated to Hanoi.').leftovers.map((s) => s.text)).toEqual(['Also sent priority to Paris']);
    expect(read('Repeated to Karachi and New Delhi and passed to USCINCMEAFSA.').leftovers.map((s) => s.text)).toEqual(['and passed to USCINCMEAFSA']);
  });

  it('reads "repeated to" after the designation and number of the message that opens the sentence, kept as a leftover', () => {
    const secto = read('Secto 225 repeated to Paris 678, London 345.');
    expect(secto.repeatedTo).toEqual(['Paris', 'London']);
    expect(secto.leftovers.map((s) => s.text)).toEqual(['Secto 225']);
    expect(read('Dulte 42 repeated to Paris as telegram 321.').repeatedTo).toEqual(['Paris']);
    expect(read('Tedul 7, repeated for information to London.').repeatedTo).toEqual(['London']);
    expect(read('Dulte 12 was repeated to London and Paris.').repeatedTo).toEqual(['London', 'Paris']);
  });

  it('reads "repeated to" after the message named as such, with nothing left over', () => {
    const named = read('This telegram was repeated to London and Paris.');
    expect(named.repeatedTo).toEqual(['London', 'Paris']);
    expect(named.leftovers).toEqual([]);
    const also = read('The message was also repeated to Bonn for information.');
    expect(also.repeatedTo).toEqual(['Bonn']);
    expect(also.leftovers).toEqual([]);
  });
});

describe('opensWithRepeatedMessage', () => {
  it.each(['Dulte 42 repeated to Paris', 'Secto 225 repeated to Paris 678, London 345', 'Telegram 1234, repeated to Moscow', 'Secto 22A repeated to London', 'Dulte 12 was repeated to London', 'This telegram was repeated to London', 'The cable was also repeated to Tokyo'])('reads %s as opening with the message repeated', (text) => {
    expect(opensWithRepeatedMessage(text)).toBe(true);
  });

  it.each(['The Embassy in 1955 repeated to the Department its views', 'Dulte 42 was sent to Paris', 'The telegrams were repeated to Paris', 'The Ambassador was repeated to', 'This telegram was sent to Paris', 'Secto 1234567 repeated to Paris', 'Repeated to Paris', 'Dulte 42', 'Dulte 42 repeated', 'dulte 42 repeated to Paris', 'D 42 repeated to Paris', ''])('turns down %s', (text) => {
    expect(opensWithRepeatedMessage(text)).toBe(false);
  });
});

describe('isDistributionSentence', () => {
  it.each([
    'Repeated to Paris and London',
    'REPEATED TO MOSCOW',
    'Also sent to London; repeated to Ankara',
    'ALSO SENT TO USUN',
    'Sent for information to Bonn',
    'Pouched to Belgrade',
    'Passed to the White House',
    'Copied to CINCPAC',
    'Relayed to Saigon',
    'Transmitted for information to Tokyo',
    'Received at 8:31 a.m. and repeated to CINCPAC for POLAD',
    'RECEIVED AT 8:31 A.M. AND REPEATED TO CINCPAC',
  ])('reads %s as a distribution sentence', (text) => {
    expect(isDistributionSentence(text)).toBe(true);
  });

  it.each([
    'Received at 8:31 a.m.',
    'Sent under a July 16 covering memorandum to Rogers',
    'The source text is a copy',
    'Secret',
    'Copies are in the Kennedy Library',
    'R',
    '',
  ])('turns down %s', (text) => {
    expect(isDistributionSentence(text)).toBe(false);
  });
});

/**
 * `Transmitted to Moscow in telegram 1234` says what `Transmitted in telegram 1234 to Moscow`
 * says: SPEC's transmittedIn is then `telegram 1234 to Moscow`, the message first.
 */
describe('transmittedToMessage', () => {
  it.each([
    ['Transmitted to Moscow in telegram 1234', 'telegram 1234 to Moscow'],
    ['Transmitted to Cairo in telegram 1234, June 3', 'telegram 1234 to Cairo, June 3'],
    ['Transmitted to the Embassy in Moscow in telegram 1234', 'telegram 1234 to the Embassy in Moscow'],
    ['Transmitted to the President as an enclosure to a memorandum from Rusk', 'an enclosure to a memorandum from Rusk to the President'],
    ['Transmitted to the President as an enclosure to the report', null],
    ['Transmitted to the President in a memorandum from Rusk', 'a memorandum from Rusk to the President'],
    ['Transmitted to London as telegram 567, which is the source text', 'telegram 567 to London'],
    ['Transmitted to the NSC under cover of a memorandum from Lay, December 22', 'a memorandum from Lay to the NSC, December 22'],
    ['Transmitted to Lay under cover of a memorandum from Dulles, January 25, which is not printed', 'a memorandum from Dulles to Lay, January 25'],
    ['Transmitted to the President under cover of a letter', 'a letter to the President'],
    ['TRANSMITTED TO MOSCOW IN TELEGRAM 1234', 'TELEGRAM 1234 TO MOSCOW'],
    // A message of a numbered series (`Tosec`, `CAP`, `Deptel`) is named by its designation and number, as `Transmitted as Tosec 12 to Moscow` is read.
    ['Transmitted to Moscow as Tosec 12', 'Tosec 12 to Moscow'],
    ['Transmitted to Kissinger in Moscow as Tosec 1234, May 3', 'Tosec 1234 to Kissinger in Moscow, May 3'],
    ['Transmitted to the President in Texas in CAP 66789', 'CAP 66789 to the President in Texas'],
  ])('reads %s as %s', (text, message) => {
    expect(transmittedToMessage(text)).toBe(message);
  });

  it.each(['Transmitted to Paris', 'Transmitted to Moscow as Tosec', 'Transmitted to the Secretary in Moscow', 'Transmitted to the Secretary in Moscow 12 times', 'Transmitted in telegram 1234 to Moscow', 'Sent to Moscow in telegram 1234', 'Transmitted to the NSC under cover of which'])('reads no message in %s', (text) => {
    expect(transmittedToMessage(text)).toBeNull();
  });
});

describe('a repeat that goes on after a semicolon', () => {
  it('reads `…; also to CINCPAC` after a list of places repeated to as one more place', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D740234–0987. Secret. Repeated to Saigon, Vientiane, Phnom Penh, and Bangkok; also to CINCPAC.');
    expect(record.repeatedTo).toEqual(['Saigon', 'Vientiane', 'Phnom Penh', 'Bangkok', 'CINCPAC']);
    expect(record.remarks).toEqual([]);
  });

  it('keeps `also to` after a sending that is no repeat as written', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D740234–0987. Secret. Also sent to Cairo; also to Amman.');
    expect(record.repeatedTo).toEqual([]);
  });
});

describe('a note whose telegram "was repeated"', () => {
  it('reads the places into repeatedTo and leaves no remark', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy File, D760345–0789. Confidential; Priority. The telegram was repeated to Moscow.');
    expect(record.repeatedTo).toEqual(['Moscow']);
    expect(record.remarks).toEqual([]);
  });
});
