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

/**
 * Personal markings with a qualifier. The handling table reads `Personal and Confidential` as the
 * personal caption (no classification), so its reorderings and stresses are read the same way;
 * a classification joined by a dash to a caption (`Confidential—Strictly Personal`) is read as
 * SPEC reads `Secret–Personal`: the level, the text as written, the caption in handling.
 */
describe('Strictly personal', () => {
  it.each([
    ['Source: Department of State, Central Files, 711.11/1–2561. Strictly Personal and Confidential.', 'Strictly Personal and Confidential'],
    ['Source: Department of State, Central Files, 711.11/1–2561. Personal and Strictly Confidential.', 'Personal and Strictly Confidential'],
    ['File No. 893.00/4567. Personal and Confidential.', 'Personal and Confidential'],
  ])('reads %s as the personal caption, as written', (note, caption) => {
    const record = parseSourceNote(note);
    expect(record.classification).toBeNull();
    expect(record.handling).toEqual([caption]);
    expect(record.remarks).toEqual([]);
  });

  it('reads Confidential—Strictly Personal as level confidential with the caption in handling', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 711.11/1–2561. Confidential—Strictly Personal.');
    expect(record.classification).toMatchObject({ level: 'confidential', text: 'Confidential—Strictly Personal' });
    expect(record.handling).toEqual(['Strictly Personal']);
    expect(record.remarks).toEqual([]);
  });
});

/**
 * Markings of later volumes. `Administratively Confidential` is the Nixon White House's marking
 * for its internal papers, not the security classification Confidential: SPEC's level `other`.
 * A missing marking may be said of the kind of document it is missing from.
 */
describe('markings of later volumes', () => {
  it('reads Administratively Confidential as level other, the text as written, with the captions after it', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, White House Special Files, Staff Member and Office Files, H.R. Haldeman, Box 3. Administratively Confidential; Eyes Only.',
    );
    expect(record.classification).toMatchObject({ level: 'other', text: 'Administratively Confidential' });
    expect(record.handling).toEqual(['Eyes Only']);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([]);
  });

  it('reads Administratively Confidential alone as the marking sentence', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, White House Special Files, Box 3. Administratively Confidential. Sent for action.');
    expect(record.classification).toMatchObject({ level: 'other', text: 'Administratively Confidential' });
    expect(record.remarks).toEqual(['Sent for action.']);
  });

  it.each(['memorandum', 'telegram', 'letter'])('reads "No classification marking appears on the %s" as no marking', (kind) => {
    const record = parseSourceNote(`Source: Ford Library, National Security Adviser, Memoranda of Conversations, Box 9. No classification marking appears on the ${kind}.`);
    expect(record.classification).toMatchObject({ level: 'no-marking', text: `No classification marking appears on the ${kind}` });
    expect(record.remarks).toEqual([]);
  });
});

describe('captions joined to the classification by slashes', () => {
  // SPEC reads `Secret–Personal` as the level with the caption in handling; several captions so joined are each one.
  it('reads Top Secret/Sensitive/Exclusively Eyes Only as level top-secret with both captions', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1337, Unfiled Material. Top Secret/Sensitive/Exclusively Eyes Only.');
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Top Secret/Sensitive/Exclusively Eyes Only' });
    expect(record.handling).toEqual(['Sensitive', 'Exclusively Eyes Only']);
    expect(record.remarks).toEqual([]);
  });

  it('does not read words that are no captions after the slashes as a marking', () => {
    const record = parseSourceNote('Source: Ford Library, National Security Adviser, Box 3. Secret/Foo/Bar.');
    expect(record.classification).toBeNull();
  });
});

/**
 * A caption written before the classification (`Official–Informal; Confidential`): the
 * classification is the part that names one, the captions keep their order in handling.
 */
describe('a caption before the classification', () => {
  it.each([
    ['Source: Department of State, Central Files, 751G.00/1–1058. Official–Informal; Confidential.', 'confidential', 'Confidential', ['Official–Informal']],
    ['Source: Department of State, Central Files, 751G.00/1–1058. Official–Informal; Secret; Eyes Only.', 'secret', 'Secret', ['Official–Informal', 'Eyes Only']],
  ])('reads %s', (note, level, text, handling) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level, text });
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
  });

  it('does not read two classifications, or an unknown part, after a caption', () => {
    expect(parseSourceNote('Source: X Files. Official–Informal; Secret; Confidential.').classification).toBeNull();
    expect(parseSourceNote('Source: X Files. Official–Informal; Secret; the rest.').classification).toBeNull();
  });
});

/** Captions set apart by commas instead of semicolons (`Top Secret, Eyes Only`). */
describe('captions after commas', () => {
  it.each([
    ['Source: Department of State, Central Files, 611.61/8–1661. Top Secret, Eyes Only.', 'top-secret', ['Eyes Only']],
    ['Source: Department of State, Central Files, 611.61/8–1661. Secret, Limit Distribution.', 'secret', ['Limit Distribution']],
    ['Source: Department of State, Central Files, 611.61/8–1661. Secret, Niact, Eyes Only.', 'secret', ['Niact', 'Eyes Only']],
  ])('reads %s', (note, level, handling) => {
    const record = parseSourceNote(note);
    expect(record.classification?.level).toBe(level);
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
  });

  it('does not cut at a comma before words that are no caption', () => {
    const record = parseSourceNote('Source: X Files. Secret, as the Secretary wished.');
    expect(record.classification).toBeNull();
  });
});

/**
 * Code words written after the level with a blank alone (`Top Secret Umbra`): read as SPEC reads
 * `Secret–Personal`, the level, the text as written, the code word in handling. Only captions
 * of the table so marked may follow a blank; any other word leaves the sentence a remark.
 */
describe('a code word after the classification, without a semicolon', () => {
  it.each([
    ['Source: Central Intelligence Agency, Job 80–B01285A, Box 11. Top Secret Umbra.', 'top-secret', 'Top Secret Umbra', ['Umbra']],
    ['Source: Department of State, Central Files, 711.11/1–2561. Top Secret Codeword; Nodis.', 'top-secret', 'Top Secret Codeword', ['Codeword', 'Nodis']],
    ['Source: Department of State, Central Files, 711.11/1–2561. Secret Sensitive.', 'secret', 'Secret Sensitive', ['Sensitive']],
  ])('reads %s', (note, level, text, handling) => {
    const record = parseSourceNote(note);
    expect(record.classification).toMatchObject({ level, text });
    expect(record.handling).toEqual(handling);
    expect(record.remarks).toEqual([]);
  });

  it('keeps the range of the marking as written', () => {
    const note = 'Source: Department of State, Central Files, 711.11/1–2561. Top Secret Umbra.';
    const range = parseSourceNote(note).classification?.range;
    expect(range && note.slice(...range)).toBe('Top Secret Umbra');
  });

  it.each(['Top Secret Gamma', 'Top Secret Umbra Gamma', 'Secret Priority'])('leaves %s, with a word not so written, in remarks', (marking) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, 711.11/1–2561. ${marking}.`);
    expect(record.classification).toBeNull();
    expect(record.remarks).toEqual([`${marking}.`]);
  });
});

describe('a classification with a slip of the pen', () => {
  it.each([
    ['Secrct', 'Secret'],
    ['Confidental', 'Confidential'],
    ['Top Secert', 'Top Secret'],
    ['Limited Offical Use', 'Limited Official Use'],
    ['Unclasified', 'Unclassified'],
  ])('reads `%s.` after the citation as an unknown classification, and suggests `%s`', (slip, meant) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, 611.61/1–2455. ${slip}. Drafted by Boster.`);
    expect(record.classification).toMatchObject({ level: 'other', text: slip });
    expect(record.drafters.map((person) => person.name)).toEqual(['Boster']);
    expect(record.remarks).toEqual([]);
    expect(record.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'unknown-classification', actual: slip, expected: meant, message: `Unexpected classification \`${slip}\`, expected \`${meant}\`` }),
    ]);
  });

  it('leaves a sentence two slips away, or one after the classification, as a remark', () => {
    expect(parseSourceNote('Source: Department of State, Central Files, 611.61/1–2455. Sent.').remarks).toEqual(['Sent.']);
    const after = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2455. Secret. Secrets.');
    expect(after.classification).toMatchObject({ level: 'secret' });
    expect(after.remarks).toEqual(['Secrets.']);
    expect(after.diagnostics).toEqual([]);
  });
});

describe('a drafting sentence run on to the marking without its full stop', () => {
  it.each([
    ['Secret Drafted by Boster.', 'Secret Drafted', 'secret', []],
    ['Top Secret Prepared by Gleason on March 5.', 'Secret Prepared', 'top-secret', []],
    ['Secret; Immediate; Nodis Drafted by Boster.', 'Nodis Drafted', 'secret', ['Immediate', 'Nodis']],
  ])('reads the marking and the drafter of `%s`, and reports `%s`', (sentences, actual, level, handling) => {
    const record = parseSourceNote(`Source: Department of State, Central Files, 611.61/1–2455. ${sentences}`);
    expect(record.classification?.level).toBe(level);
    expect(record.handling).toEqual(handling);
    expect(record.drafters.map((person) => person.name)).toEqual([sentences.includes('Gleason') ? 'Gleason' : 'Boster']);
    const reports = record.diagnostics.filter((d) => d.ruleId === 'missing-full-stop');
    expect(reports.map((d) => [d.actual, record.text.slice(...d.range)])).toEqual([[actual, actual]]);
    expect(reports[0]?.expected).toBe(actual.replace(' ', '. '));
  });

  it('reports nothing where a semicolon sets the drafting sentence apart', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2455. Secret; Exdis; Drafted in S/S by Smith.');
    expect(record.handling).toEqual(['Exdis']);
    expect(record.drafters).toMatchObject([{ name: 'Smith', office: 'S/S' }]);
    expect(record.diagnostics).toEqual([]);
  });
});
