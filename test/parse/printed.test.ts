import { describe, expect, it } from 'vitest';
import { matchPrintedCue, readPublicationCitation, readPublications } from '../../src/parse/printed.js';
import { parseSourceNote } from '../../src/parse/source-note.js';
import type { Span } from '../../src/parse/span.js';

const span = (text: string, start = 0): Span => ({ text, start, end: start + text.length });
const read = (text: string) =>
  readPublications(span(text, 10), { partial: false, note: undefined }).map((found) => [found.title, found.pages ?? null, found.year ?? null, found.range]);

describe('printed-in cues', () => {
  it('reads `Printed also in`, the order of the wartime volumes, as `Also printed in`', () => {
    const record = parseSourceNote('Roosevelt Papers: Telegram. Top Secret. Printed also in Churchill, The Second World War, vol. V, p. 123.');
    expect(record.printed).toMatchObject([{ title: 'Churchill, The Second World War, vol. V', pages: '123' }]);
    expect(record.printed[0]?.partial).toBeFalsy();
    expect(record.references).toEqual([]);
    expect(record.remarks).toEqual([]);
  });

  it('reads the openings in either case', () => {
    expect(matchPrintedCue(span('Also printed in Bulletin, p. 3'))).toEqual({ listStart: 16, partial: false, note: undefined });
    expect(matchPrintedCue(span('ALSO PRINTED IN X'))).toEqual({ listStart: 16, partial: false, note: undefined });
    expect(matchPrintedCue(span('Printed in part in Claflin, p. 5'))).toEqual({ listStart: 19, partial: true, note: undefined });
    expect(matchPrintedCue(span('A slightly different text is printed in Bulletin'))).toEqual({ listStart: 40, partial: false, note: 'slightly different text' });
    expect(matchPrintedCue(span('Printed with minor variations in Bulletin'))).toEqual({ listStart: 33, partial: false, note: 'minor variations' });
    expect(matchPrintedCue(span('Also printed, with slight  changes, in Bulletin'))).toEqual({ listStart: 39, partial: false, note: 'slight changes' });
    expect(matchPrintedCue(span('Printed with the approval of the President in Bulletin'))).toBeNull();
  });

  it('reads every opening past the pre-check on its first two words', () => {
    const nouns = 'message letter telegram memorandum document paper note statement report text address speech agreement communiqué declaration estimate record exchange treaty reply translation transcript';
    for (const noun of nouns.split(' ')) {
      expect(matchPrintedCue(span(`This ${noun} is printed in X`)), noun).not.toBeNull();
      expect(matchPrintedCue(span(`THE ${noun.toUpperCase()} was also published in X`)), noun).not.toBeNull();
    }
    const versions = 'different revised earlier edited abridged shorter longer later draft unofficial official';
    for (const word of versions.split(' ')) {
      expect(matchPrintedCue(span(`An ${word} version is printed in X`))?.note, word).toBe(`${word} version`);
      expect(matchPrintedCue(span(`The somewhat ${word} text of this letter was published in X`))?.note, word).toBe(`somewhat ${word} text`);
    }
    for (const text of ['The full text of this letter is printed in X', 'Complete text of this note was printed in X', 'Text of this memorandum has been reprinted in X', 'Extracts of this paper are printed in X']) {
      expect(matchPrintedCue(span(text)), text).not.toBeNull();
    }
  });

  it('turns down units that open otherwise', () => {
    for (const text of ['The source text is printed in Bulletin', 'Confidential', 'Another copy is printed in X', '', '¶ printed in X']) {
      expect(matchPrintedCue(span(text))).toBeNull();
    }
  });
});

describe('lists of publications', () => {
  it('closes a publication at its pages and opens the next after a semicolon or "and"', () => {
    expect(
      read(
        'Public Papers of the Presidents of the United States:John F. Kennedy, 1962, pp. 132-133;Documents on Disarmament, 1962, vol. I, pp. 36-38; and Claflin, The President Wants To Know, pp. 146-147',
      ),
    ).toEqual([
      ['Public Papers of the Presidents of the United States:John F. Kennedy, 1962', '132-133', '1962', [10, 97]],
      ['Documents on Disarmament, 1962, vol. I', '36-38', '1962', [98, 147]],
      ['Claflin, The President Wants To Know', '146-147', null, [153, 202]],
    ]);
    expect(read('Public Papers of the Presidents of the United States, 1961, p. 819, and in Claflin, The President Wants To Know, p. 141')).toEqual([
      ['Public Papers of the Presidents of the United States, 1961', '819', '1961', [10, 76]],
      ['Claflin, The President Wants To Know', '141', null, [85, 129]],
    ]);
  });

  it('takes an item number for pages, but not a longer one', () => {
    expect(read('Declassified Documents, 1977, 77E')).toEqual([['Declassified Documents, 1977', '77E', '1977', [10, 43]]]);
    expect(read('New York Times, June 3, 1962, 1234A')).toEqual([['New York Times, June 3, 1962, 1234A', null, '1962', [10, 45]]]);
  });

  it('does not cut a list inside brackets', () => {
    expect(read('Foreign Relations (1961), vol. X (Part 1, 2), p. 5')).toEqual([['Foreign Relations (1961), vol. X (Part 1, 2)', '5', '1961', [10, 60]]]);
  });
});

describe('a source text cited with a printed-in cue', () => {
  it('leaves the cue out of the title and the text of the publication', () => {
    const cited = readPublicationCitation(span('Printed in Foreign Relations, 1946, vol. VI, pp. 12–14'));
    expect(cited?.source).toMatchObject({ text: 'Foreign Relations, 1946, vol. VI, pp. 12–14', title: 'Foreign Relations, 1946, vol. VI', year: '1946', pages: '12–14', range: [11, 54] });
  });

  it.each([
    ['Printed in Foreign Relations, 1946, vol. VI, pp. 12–14.', { title: 'Foreign Relations, 1946, vol. VI', pages: '12–14' }],
    ['Source: Printed in Department of State Bulletin, May 7, 1973, pp. 545–557.', { title: 'Department of State Bulletin, May 7, 1973', pages: '545–557', publicationId: 'dos-bulletin' }],
    ['Printed in Foreign Relations, 1946, vol. VI.', { title: 'Foreign Relations, 1946, vol. VI', year: '1946' }],
    ['Printed in part in Department of State Bulletin, May 7, 1973, p. 545.', { title: 'Department of State Bulletin, May 7, 1973', pages: '545', partial: true }],
  ])('reads %s as the primary publication', (note, publication) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject(publication);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it.each([
    ['Source: Printed from the text in Department of State Bulletin, May 7, 1973, pp. 545–557.', { text: 'Department of State Bulletin, May 7, 1973, pp. 545–557', title: 'Department of State Bulletin, May 7, 1973', pages: '545–557' }],
    ['Source: Reprinted from Department of State Bulletin, May 7, 1973, pp. 545–557.', { text: 'Department of State Bulletin, May 7, 1973, pp. 545–557', title: 'Department of State Bulletin, May 7, 1973', pages: '545–557' }],
    ['Source: Reprinted from the text in American Foreign Policy: Current Documents, 1960, p. 476.', { title: 'American Foreign Policy: Current Documents, 1960', pages: '476' }],
    ['Source: Printed from the text in Public Papers of the Presidents of the United States: Richard Nixon, 1970.', { title: 'Public Papers of the Presidents of the United States: Richard Nixon, 1970', year: '1970' }],
  ])('leaves the cue of %s out of the title', (note, publication) => {
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject(publication);
    expect(record.primaryPublication?.partial).toBeUndefined();
    expect(record.remarks).toEqual([]);
  });

  it('does not read "Printed from a copy in" an archive as a printed work', () => {
    expect(parseSourceNote('Source: Printed from a copy in the Eisenhower Library, Whitman File.').primaryPublication).toBeNull();
  });

  it('reads a later Also printed in apart from the source text', () => {
    const record = parseSourceNote('Printed in Foreign Relations, 1946, vol. VI, pp. 12–14. Also printed in Department of State Bulletin, May 7, 1946, p. 3.');
    expect(record.primaryPublication?.title).toBe('Foreign Relations, 1946, vol. VI');
    expect(record.printed.map((found) => found.title)).toEqual(['Department of State Bulletin, May 7, 1946']);
  });
});

describe('the full text of a document printed here in part', () => {
  it('reads `The full text is printed in …` as a printing of this document', () => {
    const record = parseSourceNote('Source: Department of State Bulletin, February 16, 1970, pp. 194–232. The full text is printed in Public Papers: Nixon, 1970, pp. 116–190.');
    expect(record.primaryPublication).toMatchObject({ title: 'Department of State Bulletin, February 16, 1970', pages: '194–232' });
    expect(record.printed).toMatchObject([{ title: 'Public Papers: Nixon, 1970', pages: '116–190' }]);
    expect(record.printed[0]?.partial).toBeUndefined();
    expect(record.remarks).toEqual([]);
  });

  it('still reads the full text of another document as no printing of this one', () => {
    const record = parseSourceNote('Source: Department of State, Presidential Correspondence: Lot 66 D 204. The full text of telegram 306 is printed in vol. VII, pp. 797–798.');
    expect(record.printed).toEqual([]);
  });
});
