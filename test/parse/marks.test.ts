import { describe, expect, it } from 'vitest';
import { findMarks, hasOtherBlanks, withPlainSpaces } from '../../src/parse/marks.js';
import { parseSourceNote } from '../../src/parse/source-note.js';
import { splitUnits } from '../../src/parse/sentences.js';
import { checkTypography } from '../../src/parse/typography.js';

/** The characters at the marks of `text`. */
const markedCharacters = (text: string) => findMarks(text).map((i) => text[i]).join('');

describe('findMarks', () => {
  it('finds every full stop, bracket, curly double quote and hyphen', () => {
    expect(markedCharacters('Lot 66 D 110. (Secret.) [Page 3] “Draft.” Correspond-ence')).toBe('.(.)[]“.”-');
  });

  it('finds `:` `,` `;` only where a space is missing after them or misplaced before them', () => {
    expect(markedCharacters('Files: POL 7, Box 3; Series,USSR; a:b; Nixon , 1969 ; end')).toBe(',:,;');
    expect(findMarks('Series,USSR; Nixon , 1969')).toEqual([6, 19]);
  });

  it('adds the offset of a part of the note', () => {
    expect(findMarks('a. b', 10)).toEqual([11]);
  });

  it('finds nothing in text without marks', () => {
    expect(findMarks('Department of State Central Files')).toEqual([]);
  });
});

describe('blanks other than a space', () => {
  it('are no marks, and make a note be read with plain spaces', () => {
    expect(markedCharacters('Drafted by\nSmith.\tSecret;\u00a0Priority')).toBe('.');
    expect(hasOtherBlanks('Department of State, Central Files.')).toBe(false);
    expect(hasOtherBlanks('Department of State,\nCentral Files.')).toBe(true);
    expect(hasOtherBlanks('Department of State,\r\nCentral Files.')).toBe(true);
    expect(hasOtherBlanks('Drafted by\tSmith')).toBe(true);
    expect(hasOtherBlanks('vol.\u00a0VI')).toBe(true);
  });

  it('become spaces one for one, so that offsets stay', () => {
    const pasted = 'Prepared by\r\nPhyllis D. Bernau in\nthe\tOffice of the\u00a0Secretary.';
    expect(withPlainSpaces(pasted)).toBe('Prepared by  Phyllis D. Bernau in the Office of the Secretary.');
    expect(withPlainSpaces(pasted)).toHaveLength(pasted.length);
  });

  it('are the same blanks for the test and the replacement: a note is spaced exactly when it has one', () => {
    for (const text of ['a\nb', 'a\rb', 'a\tb', 'a\u00a0b', 'a\vb', 'a\fb', 'a b']) {
      expect(withPlainSpaces(text) !== text).toBe(hasOtherBlanks(text));
    }
  });
});

describe('a note pasted with line breaks', () => {
  const oneLine = 'Source: Eisenhower Library, Dulles Papers, General Telephone Conversations. Secret. Prepared by Phyllis D. Bernau in the Office of the Secretary of State. The call was made at 3:10 p.m.';
  const pasted = oneLine.replace(/ (?=Telephone|Prepared|the Office|State\.|The call)/g, '\n');

  it('gives the fields of the note on one line, at the same offsets', () => {
    const fields = (note: string) => {
      const record = parseSourceNote(note);
      return { primary: record.primary, classification: record.classification, drafters: record.drafters, clauses: record.clauses };
    };
    expect(pasted).toContain('\n');
    expect(fields(pasted)).toEqual(fields(oneLine));
    expect(parseSourceNote(pasted).drafters).toMatchObject([{ name: 'Phyllis D. Bernau', office: 'Office of the Secretary of State' }]);
  });

  it('keeps its text and remarks as written', () => {
    const record = parseSourceNote(pasted);
    expect(record.text).toBe(pasted);
    expect(record.remarks).toEqual(['The call was made at 3:10 p.m.']);
    const remarked = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2161. The meeting\nwas held at noon.');
    expect(remarked.remarks).toEqual(['The meeting\nwas held at noon.']);
  });
});

describe('stages sharing the note’s marks', () => {
  const note = 'Source: Department of State, Central Files, 611.61/1-2561. Secret.Drafted by Smith , and cleared in EUR. (Another copy is in Correspond-ence.)';

  it('split a part of the note as they would alone', () => {
    const start = 'Source: '.length;
    const body = { text: note.slice(start), start, end: note.length };
    const alone = splitUnits(body);
    expect(splitUnits(body, findMarks(note))).toEqual(alone);
    expect(alone.map((unit) => unit.text)).toEqual([
      'Department of State, Central Files, 611.61/1-2561.',
      'Secret.',
      'Drafted by Smith , and cleared in EUR.',
      '(Another copy is in Correspond-ence.)',
    ]);
  });

  it('check typography as they would alone', () => {
    const alone = checkTypography(note);
    expect(checkTypography(note, findMarks(note))).toEqual(alone);
    expect(alone.map((diagnostic) => diagnostic.ruleId).sort()).toEqual(['hyphenation-artifact', 'missing-space-after-period', 'space-before-punctuation']);
  });
});

describe('checkTypography', () => {
  it('reports rule by rule in a fixed order, each rule in text order', () => {
    const note = 'Nixon , 1969; Rusk ; Ball; Series,USSR; pp. 286-287;American; marking.Kennedy’s files:Smith; Correspond-ence; Kohler , Tyler.';
    const found = checkTypography(note).map((d) => [d.ruleId, d.actual]);
    expect(found).toEqual([
      ['missing-space-after-colon', 'files:Smith'],
      ['missing-space-after-comma', 'Series,USSR'],
      ['missing-space-after-semicolon', '286-287;American'],
      ['missing-space-after-period', 'marking.Kennedy’s'],
      // ` ,` before ` ;`, as the rule lists its triggers.
      ['space-before-punctuation', 'Nixon ,'],
      ['space-before-punctuation', 'Kohler ,'],
      ['space-before-punctuation', 'Rusk ;'],
      ['hyphenation-artifact', 'Correspond-ence'],
    ]);
  });

  it('finds no missing space in the colon of the telegram’s own drafting line', () => {
    const note = 'Drafted by EUR/SOV:MGARRISON; cleared by EUR:GSVEST, S/S:PTARNOFF; approved by P:DNEWSOM; typed EUR/SOV:JFMATLOCK:MJH.';
    expect(checkTypography('cleared by ARA:TOENDERS, S/S-O:RGRAHAM and S/S–O:JPERRY.')).toEqual([]);
    expect(checkTypography(note)).toEqual([]);
    // Capitals that are no office's symbol still miss their space.
    expect(checkTypography('PRESIDENT OF THE UNITED STATES:JOHN F. KENNEDY').map((d) => d.actual)).toEqual(['STATES:JOHN']);
    expect(checkTypography('Files:Smith; EUR:Smith').map((d) => d.actual)).toEqual(['Files:Smith', 'EUR:Smith']);
  });
});

