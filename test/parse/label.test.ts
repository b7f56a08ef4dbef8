import { describe, expect, it } from 'vitest';
import { readLabels, repeatedLabel } from '../../src/parse/label.js';

describe('readLabels', () => {
  it.each([
    ['Source: Department of State', 1, 8],
    ['  SOURCE :  X', 1, 12],
    ['Sources: A; B', 1, 9],
    ['Source: Source: X', 2, 16],
    ['Source X', 0, 0],
    ['Sourcebook: X', 0, 0],
    ['Department of State', 0, 0],
    ['', 0, 0],
  ])('%j → %i label(s), text from %i', (text, count, end) => {
    expect(readLabels(text)).toEqual({ count, end });
  });

  it('reports labels written twice with their extent and the expected form', () => {
    const text = 'Source: Source: X';
    expect(repeatedLabel(text, readLabels(text))).toMatchObject({ ruleId: 'duplicated-source-label', range: [0, 16], actual: 'Source: Source: ', expected: 'Source: ' });
  });
});
