import { describe, expect, it } from 'vitest';
import { readDocumentReferences } from '../../src/parse/references.js';

const read = (text: string) => readDocumentReferences({ text, start: 0, end: text.length }).map((r) => [r.volume, r.document]);

describe('readDocumentReferences', () => {
  it('reads a document of a volume cited by number', () => {
    expect(read('See vol. V, Document 28.')).toEqual([['V', '28']]);
  });

  // Volumes from 1969 on are cited with their title between the number and the document.
  it.each([
    ['The text is printed in Foreign Relations, 1969–1976, vol. XV, Soviet Union, June 1972–August 1974, Document 146.', [['XV', '146']]],
    ['Minutes are in Foreign Relations, 1969–1976, volume VI, Vietnam, January 1969–July 1970, Document 204.', [['VI', '204']]],
    ['See Foreign Relations, 1969–1976, vol. XXXVIII, Part 1, Foundations of Foreign Policy, 1973–1976, Document 5.', [['XXXVIII', '5']]],
    ['See Foreign Relations, 1969–1976, vol. E–6, Documents on Africa, 1973–1976, Document 12.', [['E–6', '12']]],
  ])('reads the volume of a document cited with the volume title: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('does not give a later document of the sentence the volume of an earlier one', () => {
    expect(read('See Foreign Relations, 1969–1976, vol. XV, Soviet Union, June 1972–August 1974, Document 146, and Document 12.')).toEqual([
      ['XV', '146'],
      [undefined, '12'],
    ]);
  });
});

describe('a list of documents after the plural', () => {
  it.each([
    ['See Documents 46 and 47.', [[undefined, '46'], [undefined, '47']]],
    ['See Documents 12, 14, and 15.', [[undefined, '12'], [undefined, '14'], [undefined, '15']]],
    ['See vol. XV, Documents 12 and 13.', [['XV', '12'], ['XV', '13']]],
  ])('reads every number of `%s`', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['See Document 3, 1974.', [[undefined, '3']]],
    ['See Documents 12, 1969.', [[undefined, '12']]],
    ['See Documents 12–15.', [[undefined, '12']]],
  ])('reads no year or range after the number as another document in `%s`', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives each further number its own range', () => {
    const text = 'See Documents 46 and 47.';
    const [, second] = readDocumentReferences({ text, start: 0, end: text.length });
    expect(text.slice(...second!.range)).toBe('47');
  });
});
