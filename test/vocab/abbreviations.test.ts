import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, CLAUSE_SMALL_WORDS, LETTERED_LABELS, SENTENCE_OPENING_WORDS } from '../../src/vocab/abbreviations.js';
import { ROLE_VERBS } from '../../src/parse/people.js';

describe('ABBREVIATIONS', () => {
  it('holds words in lower case with inner dots only, as the splitter compares them', () => {
    for (const word of ABBREVIATIONS) {
      expect(word, word).toMatch(/^[a-z]+(?:\.[a-z]+)*$/);
    }
  });

  it('holds the abbreviations FRUS notes end words with', () => {
    for (const word of ['p', 'pp', 'vol', 'no', 'u.s', 'u.s.s.r', 'p.m', 'feb', 'sept', 'jr']) expect(ABBREVIATIONS.has(word), word).toBe(true);
  });

  it('holds the abbreviations of archival parts: part, section, series, number, enclosure, attachment', () => {
    for (const word of ['pt', 'pts', 'sec', 'sect', 'vol', 'vols', 'no', 'nos', 'ser', 'encl', 'encls', 'att', 'para', 'fol', 'doc']) expect(ABBREVIATIONS.has(word), word).toBe(true);
    // `Tab A` is written without a full stop: `tab.` would be the end of a sentence.
    expect(ABBREVIATIONS.has('tab')).toBe(false);
  });
});

describe('CLAUSE_SMALL_WORDS', () => {
  it('holds lower-case words, none of them an abbreviation', () => {
    for (const word of CLAUSE_SMALL_WORDS) {
      expect(word, word).toMatch(/^[a-z]+$/);
      expect(ABBREVIATIONS.has(word), word).toBe(false);
    }
  });
});

describe('LETTERED_LABELS', () => {
  it('holds lower-case words, none of them a small word of a clause', () => {
    for (const word of LETTERED_LABELS) {
      expect(word, word).toMatch(/^[a-z]+$/);
      expect(CLAUSE_SMALL_WORDS.has(word), word).toBe(false);
    }
  });
});

describe('SENTENCE_OPENING_WORDS', () => {
  it('holds every role verb of the people reader, in lower case', () => {
    for (const word of SENTENCE_OPENING_WORDS) expect(word, word).toMatch(/^[a-z]+$/);
    for (const verb of Object.keys(ROLE_VERBS)) expect(SENTENCE_OPENING_WORDS.has(verb), verb).toBe(true);
  });
});
