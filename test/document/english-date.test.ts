import { describe, expect, it } from 'vitest';
import { isoDateFromText } from '../../src/document/english-date.js';

describe('isoDateFromText', () => {
  it.each([
    ['October 30, 1962', '1962-10-30'],
    ['30 October 1962', '1962-10-30'],
    ['Oct. 3, 1962', '1962-10-03'],
    ['Sept. 1962', '1962-09'],
    ['1962', '1962'],
    ['February 30, 1962', null],
    ['Octember 3, 1962', null],
    ['yesterday', null],
  ])('%s → %s', (text, iso) => {
    expect(isoDateFromText(text)).toBe(iso);
  });
});
