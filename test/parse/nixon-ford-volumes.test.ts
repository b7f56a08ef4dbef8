/**
 * Source notes in the house styles of the Nixon and Ford volumes (FRUS 1969–1976): Subject-Numeric
 * files of the SALT delegations, captions glued to the location, distribution sentences of the
 * Vietnam and Middle East volumes. Written in FRUS house style for these tests; every expectation
 * is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('Subject-Numeric files of the Nixon volumes', () => {
  it('reads a delegation’s post glued to its country code as part of the file (`DEF 18–3 AUS(VI)`)', () => {
    for (const file of ['DEF 18–3 AUS(VI)', 'DEF 18–3 FIN(HE)', 'DEF 18-3 FIN(HE)']) {
      const record = parseSourceNote(`Source: National Archives, RG 59, Central Files 1970–73, ${file}. Secret; Immediate; Nodis. Repeated to Moscow.`);
      expect(record.primary).toMatchObject({ collection: 'Central Files 1970–73', series: [], file });
      expect(record.classification?.level).toBe('secret');
      expect(record.handling).toEqual(['Immediate', 'Nodis']);
      expect(record.repeatedTo).toEqual(['Moscow']);
    }
  });

  it('still reads the qualifier after a blank (`DEF 18–3 FIN (HE)`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, DEF 18–3 FIN (HE). Secret.');
    expect(record.primary?.file).toBe('DEF 18–3 FIN (HE)');
  });
});

describe('a marking glued to the location by a full stop with no space', () => {
  it('reads the marking after a roman volume number (`Vol. VI.Secret; Nodis.`) and reports the missing space', () => {
    const note = 'Source: National Archives, Nixon Presidential Materials, NSC Files, Box 710, Country Files—Europe, USSR, Vol. VI.Secret; Nodis.';
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Nixon Presidential Materials', box: '710', series: ['NSC Files', 'Country Files—Europe', 'USSR', 'Vol. VI'] });
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Nodis']);
    expect(record.remarks).toEqual([]);
    const diagnostic = record.diagnostics.find((d) => d.ruleId === 'missing-space-after-period');
    expect(diagnostic && note.slice(...diagnostic.range)).toBe('VI.Secret');
  });

  it('reads the marking after a file in capitals or digits (`POL 7 US/NIXON.Secret`, `D740123–0456.Confidential`)', () => {
    const nixon = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US/NIXON.Secret; Nodis. Drafted by Kux.');
    expect(nixon.primary).toMatchObject({ collection: 'Central Files 1970–73', series: [], file: 'POL 7 US/NIXON' });
    expect(nixon.classification?.level).toBe('secret');
    expect(nixon.handling).toEqual(['Nodis']);
    expect(nixon.drafters.map((p) => p.name)).toEqual(['Kux']);
    const film = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy Files, D740123–0456.Confidential.');
    expect(film.primary?.file).toBe('D740123–0456');
    expect(film.classification?.level).toBe('confidential');
  });

  it('does not split a word that only opens like a marking (`U.S.Secretary`), and reads a note that lost every space after its stops', () => {
    const secretary = parseSourceNote('Source: Library of Congress, Kissinger Papers, Box 3, Letters to the U.S.Secretary. Secret.');
    expect(secretary.primary?.series).toEqual(['Letters to the U.S.Secretary']);
    expect(secretary.classification?.level).toBe('secret');
    expect(secretary.diagnostics.map((d) => d.ruleId)).not.toContain('missing-space-after-period');
    // `1856.Secret;Priority.Repeated`: each stop ends a sentence, and each slip is reported.
    const squeezed = parseSourceNote('Source: Department of State, Central Files, 747C.00/8–1856.Secret;Priority.Repeated to Nicosia.');
    expect(squeezed.primary?.file).toBe('747C.00/8–1856');
    expect(squeezed.classification?.level).toBe('secret');
    expect(squeezed.handling).toEqual(['Priority']);
    expect(squeezed.repeatedTo).toEqual(['Nicosia']);
    expect(squeezed.diagnostics.map((d) => d.actual)).toEqual(['747C.00/8–1856.Secret;Priority.Repeated', '1856.Secret', 'Priority.Repeated']);
  });
});

describe('distribution sentences of the Vietnam volumes', () => {
  it('goes on with the repeat after a semicolon that opens with a precedence (`; Priority to Vientiane`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 27 VIET S. Secret; Immediate; Nodis. Repeated Immediate to Paris and CINCPAC; Priority to Vientiane.');
    expect(record.repeatedTo).toEqual(['Paris', 'CINCPAC', 'Vientiane']);
    expect(record.remarks).toEqual([]);
  });

  it('does not take a precedence part after a part that repeated nothing (`Also sent to London; Priority to Bonn`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 27 VIET S. Secret. Also sent to London; Priority to Bonn.');
    expect(record.repeatedTo).toEqual([]);
  });
});

describe('drafting sentences of the Nixon volumes', () => {
  it('reads whom a paper was submitted to as no approver (`and submitted to the Secretary on June 2`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, S/P Files: Lot 72 D 504, Box 391. Secret. Drafted by William I. Cargo (S/P) and submitted to the Secretary on June 2.');
    expect(record.drafters).toMatchObject([{ name: 'William I. Cargo', office: 'S/P' }]);
    expect(record.drafters[0]?.date).toBeUndefined();
    expect(record.approvers).toEqual([]);
    expect(record.remarks).toEqual(['submitted to the Secretary on June 2.']);
  });

  it('keeps a sentence that opens with it as a remark (`Submitted to the President on June 2.`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, S/P Files: Lot 72 D 504. Secret. Submitted to the President on June 2.');
    expect(record.approvers).toEqual([]);
    expect(record.remarks).toEqual(['Submitted to the President on June 2.']);
  });

  it('still reads who submitted a paper as its approver (`Submitted by the Director of Central Intelligence`)', () => {
    const record = parseSourceNote('Source: Central Intelligence Agency, NIC Files, Job 79R01012A, NIE 11–8–72. Top Secret. Submitted by the Director of Central Intelligence.');
    expect(record.approvers.map((p) => p.name)).toEqual(['Director of Central Intelligence']);
  });
});

describe('the White House tapes’ notes', () => {
  it('ends the Daily Diary sentence at the parenthetical after `a.m.` when a new sentence follows', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, White House Tapes, Oval Office, Conversation No. 460–2. No classification marking. According to his Daily Diary, the President met with Kissinger from 10:52 a.m. to 12:01 p.m. (Ibid., White House Central Files, President’s Daily Diary) The editors transcribed the portions of the tape recording printed here specifically for this volume.',
    );
    expect(record.primary).toMatchObject({ collection: 'Nixon Presidential Materials', series: ['White House Tapes', 'Oval Office'], file: 'Conversation No. 460–2' });
    expect(record.remarks).toEqual([
      'According to his Daily Diary, the President met with Kissinger from 10:52 a.m. to 12:01 p.m. (Ibid., White House Central Files, President’s Daily Diary)',
      'The editors transcribed the portions of the tape recording printed here specifically for this volume.',
    ]);
    expect(record.references.map((r) => r.text)).toEqual(['Ibid., White House Central Files, President’s Daily Diary']);
  });

  it('reads the sentence after such a parenthetical by its own kind (`(Ibid.) Drafted by Lord.`)', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1026. Secret. The meeting ended at 11 a.m. (Ibid.) Drafted by Lord.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Lord']);
    expect(record.remarks).toEqual(['The meeting ended at 11 a.m. (Ibid.)']);
  });

  it('leaves a parenthetical that opens with no capital inside its sentence (`CCS 381 U.S. (1–31–50) Sec. 32`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 711.11/1–2161. Secret. The talks began in the U.S. (see below) Later they moved to Paris.');
    expect(record.remarks).toEqual(['The talks began in the U.S. (see below) Later they moved to Paris.']);
  });
});

describe('the number and date a telegram was repeated under', () => {
  it('reads no place from the date after the number (`Repeated to Moscow as telegram 123456, June 1`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US/NIXON. Secret; Nodis. Repeated to Moscow as telegram 123456, June 1.');
    expect(record.repeatedTo).toEqual(['Moscow']);
    const two = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US/NIXON. Secret; Nodis. Repeated to Moscow as telegram 123456, June 1, and to London as 567, June 2.');
    expect(two.repeatedTo).toEqual(['Moscow', 'London']);
  });
});

describe('printed-in sentences of the tapes’ notes', () => {
  it('reads `A transcript of this conversation is also printed in …` as this document printed', () => {
    const record = parseSourceNote(
      'Source: National Archives, Nixon Presidential Materials, White House Tapes, Oval Office, Conversation No. 517–4. No classification marking. A transcript of this conversation is also printed in Foreign Relations, 1969–1976, vol. XI, Document 98.',
    );
    expect(record.printed.map((p) => p.title)).toEqual(['Foreign Relations, 1969–1976, vol. XI, Document 98']);
    expect(record.remarks).toEqual([]);
  });

  it('leaves a transcript of another conversation a remark (`A transcript of the conversation is printed in …`)', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1026. Secret. A transcript of the conversation is printed in Kissinger, White House Years, p. 3.');
    expect(record.printed).toEqual([]);
  });
});

describe('copies in the Kissinger Papers named without their repository', () => {
  it('reads `…, Box 711, and in the Kissinger Papers, Box CL 155` as two copies', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL US–USSR. Secret; Nodis. Copies are also in the Nixon Presidential Materials, NSC Files, Box 711, and in the Kissinger Papers, Box CL 155.');
    expect(record.copies).toMatchObject([
      { repository: null, collection: 'Nixon Presidential Materials', series: ['NSC Files'], box: '711' },
      { repository: null, collection: 'Kissinger Papers', series: [], box: 'CL 155' },
    ]);
  });

  it('still reads a folder joined by a bare "and" as part of the path (`Box 711, and Kissinger Papers …` is one location)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL US–USSR. Secret. Another copy is in the Nixon Presidential Materials, NSC Files, Box 711, Dobrynin and Kissinger Papers.');
    expect(record.copies).toHaveLength(1);
  });
});

describe('the drafting date right after the office', () => {
  it('reads a month and day after the office’s bracket as the date (`Drafted by Curran (S/S) February 3`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US/NIXON. Confidential. Drafted by Curran (S/S) February 3; cleared by Brown (S/S).');
    expect(record.drafters).toMatchObject([{ name: 'Curran', office: 'S/S', date: 'February 3' }]);
    expect(record.clearances).toMatchObject([{ name: 'Brown', office: 'S/S' }]);
  });
});

describe('a two-word marking run on to the location without its full stop', () => {
  it('reads `Top Secret`, not `Secret`, after a file (`611.61/5–1058 Top Secret`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/5–1058 Top Secret. Also printed in Eisenhower, Waging Peace, pp. 123–125.');
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file: '611.61/5–1058' });
    expect(record.classification).toMatchObject({ level: 'top-secret', text: 'Top Secret' });
    expect(record.diagnostics.map((d) => d.ruleId)).toContain('missing-period-before-classification');
  });

  it('reads it after a box and before captions (`Box 91306 Top Secret; Codeword`)', () => {
    const record = parseSourceNote('Source: Reagan Library, Executive Secretariat, NSC: Records, Subject File, Box 91306 Top Secret; Codeword.');
    expect(record.primary?.box).toBe('91306');
    expect(record.classification?.text).toBe('Top Secret');
    expect(record.handling).toEqual(['Codeword']);
  });
});

describe('what a drafting sentence says after the names', () => {
  it('reads a relative clause after a name as no name (`approved by Kissinger, who initialed the memorandum`)', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1025, Presidential/HAK MemCons. Secret. Drafted by Sonnenfeldt; approved by Kissinger, who initialed the memorandum.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Sonnenfeldt']);
    expect(record.approvers.map((p) => p.name)).toEqual(['Kissinger']);
    expect(record.remarks).toEqual(['who initialed the memorandum.']);
  });

  it('ends the relative clause at another role (`Drafted by Smith, who was in Paris, and cleared by Jones`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 US/NIXON. Secret. Drafted by Smith, who was in Paris, and cleared by Jones.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Smith']);
    expect(record.clearances.map((p) => p.name)).toEqual(['Jones']);
    expect(record.remarks).toEqual(['who was in Paris']);
  });

  it('reads who forwarded a paper as no drafter (`Prepared by the Department of Defense and forwarded by Laird`)', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1025. Secret. Prepared by the Department of Defense and forwarded by Laird.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Department of Defense']);
    expect(record.remarks).toEqual(['forwarded by Laird.']);
  });
});

describe('the staff written after a name and a comma', () => {
  it('reads `Helmut Sonnenfeldt, NSC staff` as one drafter with his office, as `of the NSC staff` is', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1025. Secret; Nodis. Drafted by Helmut Sonnenfeldt, NSC staff.');
    expect(record.drafters).toMatchObject([{ name: 'Helmut Sonnenfeldt', office: 'NSC staff' }]);
  });

  it('keeps the next name of the list a person of its own (`Lord, NSC Staff, and Rodman`)', () => {
    const record = parseSourceNote('Source: National Archives, Nixon Presidential Materials, NSC Files, Box 1025. Secret. Drafted by Lord, NSC Staff, and Rodman.');
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['Lord', 'NSC Staff'], ['Rodman', undefined]]);
  });
});

describe('repositories of the Nixon and Ford volumes', () => {
  it.each([
    ['Nixon Presidential Library and Museum', 'nixon-library'],
    ['Richard M. Nixon Presidential Library', 'nixon-library'],
    ['Gerald Ford Library', 'ford-library'],
    ['Rockefeller Archive Center', 'rockefeller-archive-center'],
  ])('reads %s as a repository (%s), the collection after it', (repository, id) => {
    const record = parseSourceNote(`Source: ${repository}, Nelson A. Rockefeller Papers, Box 3, Vice Presidency. Confidential.`);
    expect(record.primary).toMatchObject({ repository, repositoryId: id, collection: 'Nelson A. Rockefeller Papers', box: '3', series: ['Vice Presidency'] });
  });
});

describe('holders outside the repository table (the foreign economic policy volumes)', () => {
  it('reads a bank or board as the repository by its written name (`Federal Reserve Bank of New York, Central Files, …`)', () => {
    const bank = parseSourceNote('Source: Federal Reserve Bank of New York, Central Files, C261, Monetary Policy. Confidential.');
    expect(bank.primary).toMatchObject({ repository: 'Federal Reserve Bank of New York', repositoryId: 'federal-reserve-bank-of-new-york', collection: 'Central Files', series: ['C261', 'Monetary Policy'] });
    expect(bank.classification?.level).toBe('confidential');
    expect(bank.remarks).toEqual([]);
    const board = parseSourceNote('Source: Federal Reserve Board, Burns Papers, Box 12. Confidential.');
    expect(board.primary).toMatchObject({ repository: 'Federal Reserve Board', collection: 'Burns Papers', box: '12' });
  });

  it('keeps a board’s files a collection (`Operations Coordinating Board Files, …`)', () => {
    const record = parseSourceNote('Source: Operations Coordinating Board Files, Central Files, OCB 091.4. Secret.');
    expect(record.primary?.repository).toBeNull();
    expect(record.primary?.collection).toBe('Operations Coordinating Board Files');
  });
});

describe('what a unit says before the copy sentence it ends with', () => {
  it('keeps `Printed from an unsigned copy` as a remark before `; another copy is in …`', () => {
    const record = parseSourceNote(
      'Source: Ford Library, National Security Adviser, Memoranda of Conversations, Box 13, October 2, 1975—Ford, Kissinger, Scowcroft. Secret; Sensitive; Nodis. Printed from an unsigned copy; another copy is in the National Archives, RG 59, Records of Henry Kissinger, Entry 5403, Box 11.',
    );
    expect(record.copies).toMatchObject([{ repositoryId: 'nara', recordGroup: 'RG 59', collection: 'Records of Henry Kissinger', series: ['Entry 5403'], box: '11' }]);
    expect(record.remarks).toEqual(['Printed from an unsigned copy']);
  });
});

describe('a qualifier in parentheses after a cleared name', () => {
  it('reads `(substance)` as the qualifier, not the office', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy Files, D740123–0456. Secret; Nodis. Drafted by Hartman; cleared by Sonnenfeldt (substance); approved by Kissinger.');
    expect(record.clearances).toEqual([expect.objectContaining({ name: 'Sonnenfeldt', qualifier: 'substance' })]);
    expect(record.clearances[0]?.office).toBeUndefined();
  });
});

describe('a box run on to the segment before it', () => {
  it('reads the box of `NSC Files Box 715` and reports the missing comma', () => {
    const note = 'Source: National Archives, Nixon Presidential Materials, NSC Files Box 715, Country Files—Europe, USSR, Vol. XI. Secret.';
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Nixon Presidential Materials', series: ['NSC Files', 'Country Files—Europe', 'USSR', 'Vol. XI'], box: '715' });
    const diagnostic = record.diagnostics.find((d) => d.ruleId === 'missing-comma-before-box');
    expect(diagnostic && note.slice(...diagnostic.range)).toBe('NSC Files Box 715');
    expect(diagnostic?.expected).toBe('NSC Files, Box 715');
  });

  it('reads a lot and a box so joined (`Lot 89 D 149 Box 3`) and a Kissinger Papers box (`Box CL 155`)', () => {
    const lot = parseSourceNote('Source: Department of State, Policy Planning Staff, Director’s Files, Lot 89 D 149 Box 3, USSR. Secret.');
    expect(lot.primary).toMatchObject({ lot: '89 D 149', box: '3', series: ['Director’s Files', 'USSR'] });
    const papers = parseSourceNote('Source: Library of Congress, Manuscript Division, Kissinger Papers Box CL 155, Geopolitical File. Secret.');
    expect(papers.primary).toMatchObject({ series: ['Kissinger Papers', 'Geopolitical File'], box: 'CL 155' });
  });

  it('leaves a name that only holds the word (`Lock Box Files, Box 3`) and a segment with a comma in brackets alone', () => {
    const lock = parseSourceNote('Source: Yale University Library, Lock Box Files, Box 3. Secret.');
    expect(lock.primary).toMatchObject({ collection: 'Lock Box Files', box: '3' });
    expect(lock.diagnostics.map((d) => d.ruleId)).not.toContain('missing-comma-before-box');
  });
});
