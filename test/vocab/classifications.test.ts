import { describe, expect, it } from 'vitest';
import { CLASSIFICATIONS, matchClassificationPrefix, opensClassificationAlias } from '../../src/vocab/classifications.js';

describe('opensClassificationAlias', () => {
  it('holds for the first letter of every alias, in either case', () => {
    for (const entry of CLASSIFICATIONS) {
      for (const alias of entry.aliases) {
        expect(opensClassificationAlias(alias.charCodeAt(0) | 32), alias).toBe(true);
        expect(opensClassificationAlias(alias.toUpperCase().charCodeAt(0) | 32), alias).toBe(true);
      }
    }
  });

  it('turns down a text that can open no classification', () => {
    for (const text of ['Drafted by Smith', 'Kennedy Library', 'Printed from', 'Eyes Only', '¶', '—']) {
      expect(matchClassificationPrefix(text), text).toBeUndefined();
      expect(opensClassificationAlias(text.charCodeAt(0) | 32), text).toBe(false);
    }
    // Past the end of a text (NaN) and the -1 of "no next character".
    expect(opensClassificationAlias(Number.NaN)).toBe(false);
    expect(opensClassificationAlias(-1)).toBe(false);
  });
});
