/**
 * Old markings with a qualifier. SPEC's Classification has no level of its own for `Strictly
 * confidential`: the level is `confidential` and `text` keeps the qualifier as written, so
 * nothing of the words is lost.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('Strictly confidential', () => {
  it.each([
    ['Source: Department of State, Central Files, 711.11/1–2561. Strictly confidential.', 'Strictly confidential'],
    ['711.00/123: Telegram. Strictly Confidential.', 'Strictly Confidential'],
  ])('reads %s as level confidential, the text as written', (note, text) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level: 'confidential', text });
    expect(record.remarks).toEqual([]);
  });

  it('keeps a caption after the marking (Strictly Confidential—Personal)', () => {
    const record = parseSourceNote('File No. 893.00/4567. Strictly Confidential—Personal.');
    expect(record.classification).toMatchObject({ level: 'confidential', text: 'Strictly Confidential—Personal' });
    expect(record.handling).toEqual(['Personal']);
  });
});
