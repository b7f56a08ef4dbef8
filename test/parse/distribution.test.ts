import { describe, expect, it } from 'vitest';
import { readDistribution } from '../../src/parse/distribution.js';

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
  ])('%s → %j', (text, places) => {
    expect(read(text).repeatedTo).toEqual(places);
  });

  it('keeps what is not "repeated to" as leftovers', () => {
    expect(read('Also sent priority to Paris and repeated to Hanoi.').leftovers.map((s) => s.text)).toEqual(['Also sent priority to Paris']);
  });
});
