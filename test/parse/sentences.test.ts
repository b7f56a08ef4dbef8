import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/parse/sentences.js';

const units = (text: string) => splitUnits({ text, start: 0, end: text.length }).map((u) => u.text);

describe('splitUnits', () => {
  it('splits at full stops but not after abbreviations, initials or class numbers', () => {
    expect(units('Drafted by James E. Goodby of ACDA. Also printed in Bulletin, vol. 44, p. 3. Secret.')).toEqual([
      'Drafted by James E. Goodby of ACDA.',
      'Also printed in Bulletin, vol. 44, p. 3.',
      'Secret.',
    ]);
    expect(units('Department of State, Central Files, 756. D.00/5–258. Secret.')).toEqual([
      'Department of State, Central Files, 756. D.00/5–258.',
      'Secret.',
    ]);
    expect(units('George H.W. Bush Library, Files of F.M. Brown. U.S. Embassy papers.')).toEqual([
      'George H.W. Bush Library, Files of F.M. Brown.',
      'U.S. Embassy papers.',
    ]);
  });

  it('ends a sentence after a subject-numeric file ending in a letter', () => {
    expect(units('Central Files 1967-69, ORG 7 S. Secret. Drafted by Asencio.')).toEqual([
      'Central Files 1967-69, ORG 7 S.',
      'Secret.',
      'Drafted by Asencio.',
    ]);
  });

  it('splits where the space after a full stop is missing', () => {
    const split = splitUnits({ text: 'No classification marking.Kennedy’s response', start: 0, end: 44 });
    expect(split.map((u) => u.text)).toEqual(['No classification marking.', 'Kennedy’s response']);
    expect(split[1]?.missingSpace).toBe(true);
  });

  it('keeps quotations and parentheses whole, and free-standing parentheticals apart', () => {
    expect(units('It said “I agree. Go ahead.” Then it ended. (Kennedy Library, NSF, USSR) Printed in X.')).toEqual([
      'It said “I agree. Go ahead.”',
      'Then it ended.',
      '(Kennedy Library, NSF, USSR)',
      'Printed in X.',
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Secret.  Drafted by Rusk.';
    const [first, second] = splitUnits({ text, start: 0, end: text.length });
    expect(text.slice(first!.start, first!.end)).toBe('Secret.');
    expect(text.slice(second!.start, second!.end)).toBe('Drafted by Rusk.');
  });

  it('survives unbalanced brackets and quotes', () => {
    expect(units('Secret. (Unclosed. “Open quote. Drafted by X.')).toHaveLength(2);
  });
});
