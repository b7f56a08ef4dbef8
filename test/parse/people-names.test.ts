import { describe, expect, it } from 'vitest';
import { joinNameSuffixes, readNames, type NameRead } from '../../src/parse/people-names.js';
import type { Span } from '../../src/parse/span.js';

const span = (text: string, start = 0): Span => ({ text, start, end: start + text.length });
const read = (text: string, start = 0) => {
  const persons: NameRead[] = [];
  const commaList = readNames(span(text, start), persons);
  return { persons: persons.map((p) => [p.name, p.office ?? null, p.range]), commaList };
};

describe('readNames', () => {
  it('splits names at commas and "and" outside brackets, with offices and ranges in the note', () => {
    expect(read('Getz (EUR/RPM), Bernau, and Kohler', 10)).toEqual({
      persons: [
        ['Getz', 'EUR/RPM', [10, 14]],
        ['Bernau', null, [26, 32]],
        ['Kohler', null, [38, 44]],
      ],
      commaList: true,
    });
    expect(read('Smith (in S, EUR) and Jones').persons.map(([name]) => name)).toEqual(['Smith', 'Jones']);
  });

  it('strips trailing qualifiers and leading articles, and reads a place as the office', () => {
    expect(read('Ball in draft, and the Under Secretary').persons).toEqual([
      ['Ball', null, [0, 4]],
      ['Under Secretary', null, [23, 38]],
    ]);
    expect(read('Phyllis D. Bernau in the Office of the Secretary').persons[0]?.slice(0, 2)).toEqual(['Phyllis D. Bernau', 'Office of the Secretary']);
  });
});

describe('readNames: an office named in words that holds "and"', () => {
  it('keeps the office whole instead of cutting a name at its "and"', () => {
    expect(read('Robert Oakley of the Bureau of Near Eastern and South Asian Affairs', 11)).toEqual({
      persons: [['Robert Oakley', 'Bureau of Near Eastern and South Asian Affairs', [11, 24]]],
      commaList: false,
    });
    expect(read('Smith of the Office of Eastern European and Soviet Affairs').persons).toEqual([['Smith', 'Office of Eastern European and Soviet Affairs', [0, 5]]]);
    expect(read('Jones of the Bureau of Oceans and International Environmental and Scientific Affairs').persons.map(([, office]) => office)).toEqual([
      'Bureau of Oceans and International Environmental and Scientific Affairs',
    ]);
    expect(read('Black in the Bureau of Intelligence and Research').persons.map(([name, office]) => [name, office])).toEqual([['Black', 'Bureau of Intelligence and Research']]);
  });

  it('still cuts at an "and" before a new name', () => {
    expect(read('Smith of the Office of Eastern European and Soviet Affairs and Jones (S/P)').persons.map(([name, office]) => [name, office])).toEqual([
      ['Smith', 'Office of Eastern European and Soviet Affairs'],
      ['Jones', 'S/P'],
    ]);
    expect(read('White of the Office of Soviet Affairs and Black of the Bureau of European Affairs').persons.map(([name, office]) => [name, office])).toEqual([
      ['White', 'Office of Soviet Affairs'],
      ['Black', 'Bureau of European Affairs'],
    ]);
    // No office before the "and": names, whatever follows.
    expect(read('Smith and Research').persons.map(([name]) => name)).toEqual(['Smith', 'Research']);
  });
});

describe('readNames: a person in parentheses after an office symbol', () => {
  it('reads `NSC (Matlock)` as Matlock of the NSC, with the range of the name', () => {
    expect(read('NSC (Matlock)', 20).persons).toEqual([['Matlock', 'NSC', [25, 32]]]);
    expect(read('NSC (Jack F. Matlock), S/S-RO (Hartley), and S (Rusk)').persons).toEqual([
      ['Jack F. Matlock', 'NSC', [5, 20]],
      ['Hartley', 'S/S-RO', [31, 38]],
      ['Rusk', 'S', [48, 52]],
    ]);
  });

  it('leaves a symbol, a title or a person before the parentheses as it was', () => {
    // A symbol in parentheses is the office of the name before it, whatever that name is.
    expect(read('Veliotes (SOV)').persons).toEqual([['Veliotes', 'SOV', [0, 8]]]);
    expect(read('EUR (SOV)').persons).toEqual([['EUR', 'SOV', [0, 3]]]);
    // Neither a title nor an office named in words is a person.
    expect(read('NSC (Staff)').persons.map(([name, office]) => [name, office])).toEqual([['NSC', 'Staff']]);
    expect(read('EUR (Office of Soviet Union Affairs)').persons.map(([name, office]) => [name, office])).toEqual([['EUR', 'Office of Soviet Union Affairs']]);
    // A person's name before the parentheses is no symbol.
    expect(read('Smith (Matlock)').persons.map(([name, office]) => [name, office])).toEqual([['Smith', 'Matlock']]);
  });
});

describe('joinNameSuffixes', () => {
  it('joins a suffix read as a name of its own to the name before it', () => {
    const body = span('Lightner, Jr., Brown', 5);
    const persons: NameRead[] = [];
    readNames(body, persons);
    expect(persons.map((p) => p.name)).toEqual(['Lightner', 'Jr', 'Brown']);
    expect(joinNameSuffixes(body, persons, 0)).toBe(true);
    expect(persons.map((p) => [p.name, p.range])).toEqual([
      ['Lightner, Jr.', [5, 18]],
      ['Brown', [20, 25]],
    ]);
  });
});
