import { describe, expect, it } from 'vitest';
import { foldChar, foldCode, foldKey } from '../../src/vocab/fold.js';
import { findRepository, matchRepositoryPrefix } from '../../src/vocab/index.js';

// Every whitespace character FRUS text may carry, ASCII and not.
const SPACES = ['\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2009', '\u202f', '\u3000'];

describe('folding whitespace', () => {
  it.each(SPACES.map((space) => [`U+${space.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, space]))('folds %s to a space, one character or one key at a time', (_, space) => {
    expect(foldChar(space)).toBe(' ');
    expect(foldCode(space.charCodeAt(0))).toBe(32);
    expect(foldKey(`Department${space}of State`)).toBe('department of state');
  });

  it('finds a repository written with any of them, by exact lookup and by prefix', () => {
    for (const space of SPACES) {
      expect(findRepository(`Department${space}of State`)?.id).toBe('us-department-of-state');
      expect(matchRepositoryPrefix(`Department${space}of State, Central Files`)?.repository.id).toBe('us-department-of-state');
    }
  });

  it('leaves dashes, apostrophes and letters folded as before', () => {
    expect(foldKey('Secretary’s Memoranda – ‘Top’')).toBe("secretary's memoranda - 'top'");
    expect(foldChar('É')).toBe('é');
  });
});
