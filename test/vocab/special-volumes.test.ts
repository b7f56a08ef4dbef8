import { describe, expect, it } from 'vitest';
import { SPECIAL_VOLUMES, findSpecialVolume, type SpecialVolume } from '../../src/vocab/special-volumes.js';

const entries: readonly SpecialVolume[] = SPECIAL_VOLUMES;

describe('SPECIAL_VOLUMES', () => {
  it('has unique ids, and one entry per word and years', () => {
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(new Set(entries.map((entry) => `${entry.word} ${entry.subseries ?? '*'}`)).size).toBe(entries.length);
  });

  it('has words as the ids write them (letters only, never ending in the `v` of a volume number) and titles without a final stop', () => {
    for (const entry of entries) {
      expect(entry.word, entry.id).toMatch(/^[A-Za-z]+$/);
      expect(entry.word.endsWith('v'), entry.id).toBe(false);
      expect(entry.title, entry.id).not.toMatch(/[.\s]$/);
    }
  });

  it('finds a word for any years, or for the years its entry names', () => {
    expect(findSpecialVolume('Berlin', '1945')?.id).toBe('conference-of-berlin');
    expect(findSpecialVolume('Intel', '1950–1955')?.id).toBe('intelligence-community-1950-1955');
    expect(findSpecialVolume('Intel', '1961–1963')).toBeUndefined();
    expect(findSpecialVolume('berlin', '1945')).toBeUndefined();
  });
});
