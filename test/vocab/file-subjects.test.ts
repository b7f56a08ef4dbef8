import { describe, expect, it } from 'vitest';
import { isSubjectCodeKey, opensLikeSubjectCode, withCodeLetter } from '../../src/vocab/file-subjects.js';

/** The key of `code` as the parser builds it, letter by letter. */
function keyOf(code: string): number {
  let key = 0;
  for (let k = 0; k < code.length; k++) key = withCodeLetter(key, code.charCodeAt(k));
  return key;
}

describe('subject codes as a file opens with them', () => {
  it.each(['POL', 'pol', 'Def', 'INCO', 'E', 'PS'])('knows %s in any case', (code) => {
    expect(isSubjectCodeKey(keyOf(code))).toBe(true);
  });

  it.each(['ECIN', 'FSE'])('knows the economic subject code %s', (code) => {
    expect(isSubjectCodeKey(keyOf(code))).toBe(true);
  });

  it.each(['NSC', 'USSR', 'Cent'])('does not know %s', (code) => {
    expect(isSubjectCodeKey(keyOf(code))).toBe(false);
  });

  it('tells the openings of codes from those of names by two characters', () => {
    const opens = (text: string): boolean => opensLikeSubjectCode(text.charCodeAt(0), text.charCodeAt(1));
    expect(['POL 27', 'po', 'IN', 'E ', 'E-', 'E1'].map(opens)).toEqual([true, true, true, true, true, true]);
    expect(['Central Files', 'National', 'Ex', '1E', '  '].map(opens)).toEqual([false, false, false, false, false]);
  });
});
