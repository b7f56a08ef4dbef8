import { describe, expect, it } from 'vitest';
import { OFFICE_NAME_ENDINGS, OFFICE_NAME_OPENINGS, PERSONAL_TITLES } from '../../src/vocab/office-names.js';

describe('OFFICE_NAME_OPENINGS', () => {
  it('holds capitalised words, each once, none a title', () => {
    expect(new Set(OFFICE_NAME_OPENINGS).size).toBe(OFFICE_NAME_OPENINGS.length);
    for (const opening of OFFICE_NAME_OPENINGS) {
      expect(opening, opening).toMatch(/^[A-Z][A-Za-z]*(?: [A-Za-z]+)*$/);
      expect(PERSONAL_TITLES.has(opening.split(' ')[0]!), opening).toBe(false);
    }
  });
});

describe('OFFICE_NAME_ENDINGS', () => {
  it('holds single capitalised words, none a title', () => {
    for (const ending of OFFICE_NAME_ENDINGS) {
      expect(ending, ending).toMatch(/^[A-Z][a-z]+$/);
      expect(PERSONAL_TITLES.has(ending), ending).toBe(false);
    }
  });
});

describe('PERSONAL_TITLES', () => {
  it('holds single capitalised words', () => {
    for (const title of PERSONAL_TITLES) expect(title, title).toMatch(/^[A-Z][a-z]+$/);
  });
});
