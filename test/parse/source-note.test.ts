import { describe, expect, it } from 'vitest';
import { parseSourceNote, parseSourceNotes, ProvenanceRecordSchema } from '../../src/index.js';

const diagnosticTexts = (text: string) => parseSourceNote(text).diagnostics.map((d) => `${d.ruleId}:${text.slice(d.range[0], d.range[1])}`);

describe('parseSourceNote — SPEC worked example (FRUS 1961–63, vol. VI, doc. 4)', () => {
  const note =
    'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. Drafted by McSweeney and Veliotes (SOV) and cleared by Goodpaster, Kretzmann, and Rusk. Another copy of this message is in the Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. Also printed in Public Papers of the Presidents of the United States:John F. Kennedy, 1961, p. 3, and American Foreign Policy: Current Documents, 1961, p. 560.';
  const record = parseSourceNote(note);

  it('reads every field the SPEC lists', () => {
    expect(record.primary).toMatchObject({
      repository: 'Department of State',
      repositoryId: 'us-department-of-state',
      collection: 'Central Files',
      file: '711.11-KE/1-2161',
      fileDate: '1961-01-21',
    });
    expect(record.classification?.level).toBe('unclassified');
    expect(record.handling).toEqual(['Niact']);
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['McSweeney', 'SOV'], ['Veliotes', 'SOV']]);
    expect(record.clearances.map((p) => p.name)).toEqual(['Goodpaster', 'Kretzmann', 'Rusk']);
    expect(record.approvers).toEqual([]);
    expect(record.copies).toHaveLength(1);
    expect(record.copies[0]).toMatchObject({ repositoryId: 'jfk-library', collection: 'National Security Files', series: ['Countries Series', 'USSR', 'Khrushchev Correspondence'] });
    expect(record.printed.map((p) => [p.title, p.pages])).toEqual([
      ['Public Papers of the Presidents of the United States:John F. Kennedy, 1961', '3'],
      ['American Foreign Policy: Current Documents, 1961', '560'],
    ]);
    expect(diagnosticTexts(note)).toEqual(['missing-space-after-colon:States:John']);
  });

  it('validates against the schema, and every range points at what it names', () => {
    expect(ProvenanceRecordSchema.safeParse(record).success).toBe(true);
    expect(note.slice(...record.primary!.range)).toBe('Department of State, Central Files, 711.11-KE/1-2161');
    expect(note.slice(...record.drafters[1]!.range)).toBe('Veliotes');
    expect(note.slice(...record.printed[1]!.range)).toBe('American Foreign Policy: Current Documents, 1961, p. 560');
  });
});

describe('parseSourceNote — conventions of SPEC', () => {
  it('reads a bare decimal file number as the Department of State Central Files, with the form apart', () => {
    const record = parseSourceNote('893.50/283: Telegram');
    expect(record.primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection: 'Central Files', file: '893.50/283', fileDate: null });
    expect(record.form).toBe('Telegram');
    expect(parseSourceNote('File No. 861.00/1401').primary?.file).toBe('861.00/1401');
    // A Numerical File case without a serial, after a (mistyped) file label.
    expect(parseSourceNote('File Not 7523.').primary).toMatchObject({ file: '7523', repositoryId: 'us-department-of-state', collection: 'Central Files' });
    expect(parseSourceNote('File No. 12345½a. Confidential.').primary?.file).toBe('12345½a');
    // Without the label a bare number is not a file.
    expect(parseSourceNote('7523.').primary).toBeNull();
    expect(parseSourceNote('740.0011 European War, 1939/10113: Telegram').primary?.file).toBe('740.0011 European War, 1939/10113');
  });

  it('reads a form written as a sentence of its own right after the file as the form', () => {
    const record = parseSourceNote('Source: 893.00/4567. Telegram.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '893.00/4567' });
    expect(record.form).toBe('Telegram');
    expect(record.remarks).toEqual([]);
    const memo = parseSourceNote('Source: Department of State, Central Files, 711.00/123. Memorandum of Conversation. Secret.');
    expect(memo.form).toBe('Memorandum of Conversation');
    expect(memo.classification?.level).toBe('secret');
  });

  it('keeps a form sentence as a remark unless it is the whole sentence right after an archival citation', () => {
    // After a marking, after a printed source, after a form read already, or with more words.
    expect(parseSourceNote('Source: 893.00/4567. Secret. Telegram.')).toMatchObject({ form: null, remarks: ['Telegram.'] });
    expect(parseSourceNote('Source: Department of State Bulletin, May 7, 1973, pp. 545–557. Telegram.')).toMatchObject({ form: null, remarks: ['Telegram.'] });
    expect(parseSourceNote('Source: 893.00/4567: Telegram. Letter.')).toMatchObject({ form: 'Telegram', remarks: ['Letter.'] });
    expect(parseSourceNote('Source: 893.00/4567. Telegram sent to Paris.')).toMatchObject({ form: null, remarks: ['Telegram sent to Paris.'] });
  });

  it('reads a printed work as the source text, not the Department of State inside its title', () => {
    const record = parseSourceNote('Source: Department of State Bulletin, May 7, 1973, pp. 545–557.');
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title: 'Department of State Bulletin, May 7, 1973', pages: '545–557' });
  });

  it('reads a source text cited in two printed works: the first is the source, the second prints it too', () => {
    const note = 'Source:American Foreign Policy: Current Documents, 1962, pp. 132-133;Documents on Disarmament, 1962, p. 47.';
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toMatchObject({ title: 'American Foreign Policy: Current Documents, 1962', pages: '132-133', year: '1962' });
    expect(record.printed).toHaveLength(1);
    expect(record.printed[0]).toMatchObject({ title: 'Documents on Disarmament, 1962', pages: '47' });
    expect(note.slice(...record.printed[0]!.range)).toBe('Documents on Disarmament, 1962, p. 47');
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['missing-space-after-colon', 'missing-space-after-semicolon']);
  });

  it('does not read a list of works without pages as printed sources', () => {
    const record = parseSourceNote('Source: Department of State Bulletin, May 7, 1973; and Roosevelt Papers.');
    expect(record.printed).toEqual([]);
  });

  it('splits classification and handling, including Secret–Personal', () => {
    const record = parseSourceNote('Source: Department of State, Presidential Correspondence: Lot 66 D 204. Secret–Personal; Priority.');
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Secret–Personal' });
    expect(record.handling).toEqual(['Personal', 'Priority']);
    expect(record.primary?.lot).toBe('66 D 204');
  });

  it('puts a drafter who also approves in both lists, and offices read "approved in S"', () => {
    const record = parseSourceNote('Source: X Files. Secret. Drafted and approved by Rusk. Approved in S on January 23.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Rusk']);
    expect(record.approvers).toMatchObject([{ name: 'Rusk' }, { name: 'S', date: 'January 23' }]);
  });

  it('reads an office of several words named before "by" as the office of the names after it', () => {
    const record = parseSourceNote('Source: X Files. Secret. Prepared in the Office of the Historian by Smith and Jones.');
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['Smith', 'Office of the Historian'], ['Jones', 'Office of the Historian']]);
    expect(parseSourceNote('Source: X Files. Secret. Drafted in S/S by Grant G. Hilliker.').drafters.map((p) => [p.name, p.office])).toEqual([['Grant G. Hilliker', 'S/S']]);
  });

  it('keeps each office with its own name in a comma list', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 711.11/5-361. Secret. Cleared by Davis, Farley (S/AE), and McCloskey (P).');
    expect(record.clearances.map((p) => [p.name, p.office])).toEqual([['Davis', undefined], ['Farley', 'S/AE'], ['McCloskey', 'P']]);
  });

  it('reads "cleared in DOD, G/PM, and EUR" as three clearances and "Drafted at the White House" as a drafter', () => {
    const record = parseSourceNote('Source: Johnson Library, NSF. Secret. Drafted at the White House; cleared in DOD, G/PM, and EUR.');
    expect(record.drafters.map((p) => p.name)).toEqual(['White House']);
    expect(record.clearances.map((p) => p.name)).toEqual(['DOD', 'G/PM', 'EUR']);
  });

  it('resolves ibid. against the previous location, replacing only what follows it', () => {
    const record = parseSourceNote(
      'Source: Department of State, Presidential Correspondence: Lot 77 D 163. No classification marking. Other copies are ibid.: Lot 66 D 204, and in the Kennedy Library, National Security Files. The Russian-language text is ibid.',
    );
    expect(record.copies.map((c) => [c.repositoryId, c.collection, c.lot, c.ibid])).toEqual([
      ['us-department-of-state', 'Presidential Correspondence', '66 D 204', true],
      ['jfk-library', 'National Security Files', null, false],
      ['jfk-library', 'National Security Files', null, true],
    ]);
  });

  it('tells a copy of this document from a reference to another one', () => {
    const record = parseSourceNote(
      'Source: Department of State, Presidential Correspondence: Lot 66 D 204. No classification marking. They met at noon. (Memorandum of conversation; Department of State, Central Files, 611.61/2-2261) The Russian-language text was transmitted as an enclosure to despatch 747. (Department of State, Central Files, 611.37/5-361) See vol. V, Document 28.',
    );
    expect(record.copies.map((c) => c.file)).toEqual(['611.37/5-361']);
    expect(record.references.find((r) => r.kind === 'archival')?.location?.file).toBe('611.61/2-2261');
    expect(record.references.find((r) => r.kind === 'frus-document')).toMatchObject({ volume: 'V', document: '28' });
  });

  it('reads archival items in parentheses inside a remark as references, and keeps the remark as written', () => {
    const note =
      'Source: Central Intelligence Agency, DCI Files, Job 80–B01285A, Box 3. Secret. It is noted in Rusk’s Appointment Book (Johnson Library) and the President’s (Kennedy Library, President’s Office Files). The covering memorandum is attached (ibid., Job 80–R01580R, Box 7). He replied (Memorandum of conversation; Department of State, Central Files, 611.61/2–2261) on May 3 (as he said).';
    const record = parseSourceNote(note);
    expect(record.references.map((r) => [r.kind, r.text, r.location?.repositoryId, r.location?.collection, r.location?.job, r.location?.file])).toEqual([
      ['archival', 'Johnson Library', 'lbj-library', null, null, null],
      ['archival', 'Kennedy Library, President’s Office Files', 'jfk-library', 'President’s Office Files', null, null],
      ['archival', 'ibid., Job 80–R01580R, Box 7', 'jfk-library', 'President’s Office Files', '80–R01580R', null],
      ['archival', 'Memorandum of conversation; Department of State, Central Files, 611.61/2–2261', 'us-department-of-state', 'Central Files', null, '611.61/2–2261'],
    ]);
    for (const reference of record.references) expect(note.slice(...reference.range)).toBe(reference.text);
    expect(record.remarks).toHaveLength(3);
    expect(record.copies).toEqual([]);
  });

  it('reads a parenthetical after a marking as a reference, though the marking says `Text`', () => {
    const record = parseSourceNote(
      'Source: Department of State, Kohler Papers: Lot 71 D 460, Telegrams. Repeated to CINCPAC. Secret; Verbatim Text; Eyes Only. (Department of State, Central Files, 611.37/5-361) The memorandum is Part I of VIII.',
    );
    expect(record.copies).toEqual([]);
    expect(record.references.find((r) => r.kind === 'archival')?.location?.file).toBe('611.37/5-361');
    expect(record.handling).toEqual(['Verbatim Text', 'Eyes Only']);
  });

  it('reads printed-in lists with pages, partial printing and different texts', () => {
    const partial = parseSourceNote('Source: X Files. Secret. Printed in part in Claflin, The President Wants To Know, pp. 50-51.');
    expect(partial.printed).toMatchObject([{ title: 'Claflin, The President Wants To Know', pages: '50-51', partial: true }]);
    const different = parseSourceNote('Source: X Files. Secret. A slightly different text is printed in Department of State Bulletin, May 8, 1961, pp. 664-667.');
    expect(different.printed).toMatchObject([{ title: 'Department of State Bulletin, May 8, 1961', note: 'slightly different text' }]);
    for (const version of ['official', 'unofficial']) {
      const printed = parseSourceNote(`Source: X Files. Secret. An ${version} translation is printed in Documents on Disarmament, 1961, p. 4.`).printed;
      expect(printed).toMatchObject([{ title: 'Documents on Disarmament, 1961', pages: '4', note: `${version} translation` }]);
    }
    const other = parseSourceNote('Source: X Files. Secret. The full text of telegram 306 is printed in vol. VII, pp. 797–798.');
    expect(other.printed).toEqual([]);
  });

  it('reads repeated-to lists and transmitted-in, and keeps other distribution in remarks', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Files, 747C.00/8–2856. Secret; Priority. Also sent to London; repeated to Ankara, Paris, and Nicosia; and pouched to Belgrade. Transmitted in telegram 2562 from Moscow, April 11.',
    );
    expect(record.repeatedTo).toEqual(['Ankara', 'Paris', 'Nicosia']);
    expect(record.transmittedIn).toBe('telegram 2562 from Moscow, April 11');
    // Pieces of a sentence kept as remarks are its text as written, with its final stop where they end it.
    expect(record.remarks).toEqual(['Also sent to London', 'and pouched to Belgrade.']);
  });

  it('ends the transmitting message and the repeated-to list before a relative clause (`which is the source text`)', () => {
    const sent = parseSourceNote(
      'Source: Department of State, Central Files, 611.6112/10–2262. Secret; Niact; Verbatim Text. Transmitted as telegram 1234 to Moscow, October 22, 7 p.m., which is the source text.',
    );
    expect(sent.transmittedIn).toBe('telegram 1234 to Moscow, October 22, 7 p.m.');
    // The clause is kept in remarks, not lost.
    expect(sent.remarks).toEqual(['which is the source text.']);
    const repeated = parseSourceNote('Source: Department of State, Central Files, 396.1–PA/5–1660. Secret; Niact. Repeated to the Department as Cahto 12, which is the source text.');
    expect(repeated.repeatedTo).toEqual(['the Department']);
    expect(repeated.remarks).toEqual(['which is the source text.']);
  });

  it('reads the transmitting message of `The text of this letter was transmitted in …`', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 786B.11/6–361. Secret. The text of this letter was transmitted in telegram 1234 to Cairo, June 3.');
    expect(record.transmittedIn).toBe('telegram 1234 to Cairo, June 3');
    expect(record.remarks).toEqual([]);
    // Another document's transmission is no transmittedIn of this one.
    expect(parseSourceNote('Source: X Files. Secret. The text of the reply was transmitted in telegram 12.').transmittedIn).toBeNull();
  });

  it('reads the transmitting message of `Transmitted to Moscow in telegram 1234` as `Transmitted in telegram 1234 to Moscow` is read', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.6112/10–2262. Secret. Transmitted to Moscow in telegram 1234.');
    expect(record.transmittedIn).toBe('telegram 1234 to Moscow');
    expect(record.remarks).toEqual([]);
    expect(record.clauses.map((clause) => clause.kind)).toEqual(['source-label', 'citation', 'marking', 'transmitted']);
    expect(parseSourceNote('Source: Department of State, Central Files, 611.6112/10–2262. Secret. Transmitted in telegram 1234 to Moscow.').transmittedIn).toBe(record.transmittedIn);
  });

  it('keeps the relative clause after a transmitting message, with the document it points at (1961–63 and 1964–68 notes)', () => {
    // SPEC: transmittedIn is the message; the rest of the sentence is a remark, its pointer a reference.
    const record = parseSourceNote(
      'Source: Department of State, Central Files, 611.61/10–2662. Secret; Eyes Only. Transmitted in telegram 1101 from Moscow, October 26, 7 p.m., which is printed in vol. XI, Document 84.',
    );
    expect(record.transmittedIn).toBe('telegram 1101 from Moscow, October 26, 7 p.m.');
    expect(record.remarks).toEqual(['which is printed in vol. XI, Document 84.']);
    expect(record.references).toMatchObject([{ kind: 'frus-document', volume: 'XI', document: '84' }]);
    const to = parseSourceNote('Source: Department of State, Central Files, 1964–66, POL 27 VIET S. Secret; Nodis. Transmitted to Saigon as telegram 1234, which is printed as Document 45.');
    expect(to.transmittedIn).toBe('telegram 1234 to Saigon');
    expect(to.remarks).toEqual(['which is printed as Document 45.']);
    expect(to.references).toMatchObject([{ kind: 'frus-document', document: '45' }]);
  });

  it('keeps a relative clause on the person the message went to out of the message (1969–76 notes)', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D740987–0111. Secret; Nodis. Transmitted as Tosec 230/56789 to Kissinger, who was in Moscow.');
    expect(record.transmittedIn).toBe('Tosec 230/56789 to Kissinger');
    expect(record.remarks).toEqual(['who was in Moscow.']);
    const to = parseSourceNote('Source: Department of State, Central Foreign Policy File, D740987–0111. Secret; Nodis. Transmitted to Kissinger in telegram Tosec 230, who was then in Moscow.');
    expect(to.transmittedIn).toBe('telegram Tosec 230 to Kissinger');
    expect(to.remarks).toEqual(['who was then in Moscow.']);
  });

  it('reads a note that is only a copy sentence as that copy, and says that the source text is not located', () => {
    const note = 'Another copy is in the Kennedy Library, National Security Files, Countries Series, USSR.';
    const record = parseSourceNote(note);
    expect(record.primary).toBeNull();
    expect(record.copies).toEqual([
      expect.objectContaining({ repository: 'Kennedy Library', repositoryId: 'jfk-library', collection: 'National Security Files', series: ['Countries Series', 'USSR'] }),
    ]);
    // Nothing is lost: the whole sentence is the copy clause.
    expect(record.clauses).toEqual([{ kind: 'copy', range: [0, note.length] }]);
    expect(record.diagnostics.map((d) => [d.ruleId, d.severity, d.range])).toEqual([['missing-primary-location', 'warning', [0, note.length]]]);
    // With a label and a marking after it.
    const labelled = parseSourceNote('Source: A copy is in Department of State, Durbrow Files: Lot 68 D 404, Vietnam. Secret.');
    expect(labelled.primary).toBeNull();
    expect(labelled.copies).toEqual([expect.objectContaining({ repositoryId: 'us-department-of-state', collection: 'Durbrow Files', series: ['Vietnam'], lot: '68 D 404' })]);
    expect(labelled.classification?.level).toBe('secret');
    expect(labelled.diagnostics.map((d) => d.ruleId)).toEqual(['missing-primary-location']);
  });

  it('reads where a telegram was repeated from its receipt sentence (`Received at … and repeated to …`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 751K.00/10–2563. Secret; Operational Immediate. Received at 8:31 a.m. and repeated to CINCPAC for POLAD.');
    expect(record.repeatedTo).toEqual(['CINCPAC for POLAD']);
    expect(record.remarks).toEqual(['Received at 8:31 a.m.']);
    const passed = parseSourceNote('Source: Department of State, Central Files, 751K.00/10–2563. Secret. Received at 8:31 a.m. and passed to the White House.');
    expect(passed.repeatedTo).toEqual([]);
    expect(passed.remarks).toEqual(['Received at 8:31 a.m. and passed to the White House.']);
  });

  it('keeps the final stop of a distribution remark that ends in an abbreviation (`a.m.`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261. Secret. Passed to the White House at 4:30 a.m.');
    expect(record.remarks).toEqual(['Passed to the White House at 4:30 a.m.']);
    const split = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261. Secret. Repeated to Bonn; passed to the White House at 4:30 p.m.');
    expect(split.repeatedTo).toEqual(['Bonn']);
    expect(split.remarks).toEqual(['passed to the White House at 4:30 p.m.']);
  });

  it('reads an approving office of one letter (`approved in S.`) and the distribution sentence after it', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261. Secret. Drafted by Kohler and approved in S. Repeated to Moscow.');
    expect(record.approvers).toEqual([expect.objectContaining({ name: 'S' })]);
    expect(record.repeatedTo).toEqual(['Moscow']);
  });

  it('reads a sentence as distribution only when the verb of sending names recipients or a purpose', () => {
    const kinds = (note: string) => parseSourceNote(note).clauses.map((clause) => clause.kind);
    expect(kinds('Source: X Files. Secret. Sent for information to Paris. Repeated Niact to Bonn.')).toEqual(['source-label', 'citation', 'marking', 'distribution', 'distribution']);
    const covering = parseSourceNote('Source: Central Intelligence Agency, Job 80–R01580R, Box 12. Secret. Sent under a July 16 covering memorandum to Rogers.');
    expect(covering.clauses.map((clause) => clause.kind)).toEqual(['source-label', 'citation', 'marking', 'remark']);
    expect(covering.remarks).toEqual(['Sent under a July 16 covering memorandum to Rogers.']);
    expect(covering.repeatedTo).toEqual([]);
  });

  it('reads a sentence of sending that opens with any verb of sending, in either case', () => {
    const openings = ['Also repeated to', 'Repeated to', 'Sent to', 'Pouched to', 'Passed to', 'Copied to', 'Relayed to', 'Transmitted for information to'];
    for (const opening of [...openings, ...openings.map((words) => words.toUpperCase())]) {
      const record = parseSourceNote(`Source: X Files. Secret. ${opening} Paris.`);
      expect(record.clauses.at(-1)?.kind, opening).toBe('distribution');
    }
  });

  it('keeps the part of a people sentence without a role verb in remarks, with the sentence’s final stop', () => {
    const record = parseSourceNote('Source: X Files. Secret. Drafted by Smith; copies were sent to Kaysen and Cline. Approved by Rusk; seen by the President.');
    expect(record.drafters.map((person) => person.name)).toEqual(['Smith']);
    expect(record.approvers.map((person) => person.name)).toEqual(['Rusk']);
    expect(record.remarks).toEqual(['copies were sent to Kaysen and Cline.', 'seen by the President.']);
  });

  it('keeps every sentence it does not capture in remarks, verbatim', () => {
    const record = parseSourceNote('Source: Kennedy Library, POF, USSR. Secret. No drafting information appears on the source text. The meeting was held in Ball’s office.');
    expect(record.drafters).toEqual([]);
    expect(record.remarks).toEqual(['No drafting information appears on the source text.', 'The meeting was held in Ball’s office.']);
  });
});

describe('parseSourceNote — shapes of other eras and repositories', () => {
  it('reads an identifier after a semicolon inside the path (Reagan Library NLR numbers)', () => {
    const note = 'Source: Reagan Library, Executive Secretariat, NSC: Records, Country File, USSR (03/08/1985–03/14/1985); NLR–775–13–29–9–7. Secret; Sensitive.';
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ repositoryId: 'reagan-library', collection: 'Executive Secretariat', file: 'NLR–775–13–29–9–7' });
    expect(record.primary?.series.at(-1)).toBe('USSR (03/08/1985–03/14/1985)');
    expect(record.handling).toEqual(['Sensitive']);
    // What follows a semicolon stays in its segment unless it is an identifier, or the blank is missing.
    expect(parseSourceNote('Source: Roosevelt Papers, Box 3; Hopkins Papers.').primary?.file).toBeNull();
    expect(parseSourceNote('763;72111/3214a').primary).toBeNull();
  });

  it('keeps a date range in a folder title out of the file field', () => {
    const record = parseSourceNote('Source: Carter Library, National Security Affairs, Staff Material, Outside the System File, Box 46, Chron: 1/78. Top Secret; Sensitive.');
    expect(record.primary).toMatchObject({ repositoryId: 'carter-library', file: null, box: '46' });
    expect(record.primary?.series).toContain('1/78');
  });

  it('keeps the full stop of initials that end a location', () => {
    expect(parseSourceNote('Source: Eisenhower Library, Project Clean Up, Dulles, J.F. Secret.').primary?.series).toEqual(['Dulles', 'J.F.']);
  });

  it('keeps a date in a path together, its comma separating no segments', () => {
    const memcon = parseSourceNote('Source: Ford Library, National Security Adviser, Memoranda of Conversations, Box 7, November 21, 1974. Secret; Nodis.');
    expect(memcon.primary).toMatchObject({ repositoryId: 'ford-library', collection: 'National Security Adviser', box: '7' });
    expect(memcon.primary?.series).toEqual(['Memoranda of Conversations', 'November 21, 1974']);
    const dulles = parseSourceNote('Source: Eisenhower Library, Dulles Papers, Telephone Conversations, Memcon of Sept. 3, 1955. Confidential.');
    expect(dulles.primary?.series).toEqual(['Telephone Conversations', 'Memcon of Sept. 3, 1955']);
    // A number that is no day, or one after no month, still ends its segment.
    expect(parseSourceNote('Source: X Library, Y Papers, Volume 21, 1974.').primary?.series).toEqual(['Volume 21', '1974']);
  });

  it('ends a box before a semicolon that a collection follows, but not a file or a glued marking', () => {
    const record = parseSourceNote('Source: Roosevelt Library, Roosevelt Papers, PSF, Box 3; Hopkins Papers.');
    expect(record.primary).toMatchObject({ collection: 'Roosevelt Papers', box: '3', series: ['PSF', 'Hopkins Papers'] });
    const glued = parseSourceNote('Source: Department of State, Presidential Correspondence: Lot 66 D 204; Secret; Priority.');
    expect(glued.primary).toMatchObject({ lot: '66 D 204', series: [] });
    expect(glued.classification?.level).toBe('secret');
    expect(glued.handling).toEqual(['Priority']);
  });

  it('reads a subject-numeric file that names a person after its slash', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1964–66, POL 15–1 US/Johnson. Confidential.');
    expect(record.primary).toMatchObject({ recordGroup: 'RG 59', collection: 'Central Files 1964–66', file: 'POL 15–1 US/Johnson', series: [] });
  });

  it('reads a memorandum of conversation or for the record after the file as its form', () => {
    const memcon = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2561: Memorandum of Conversation. Secret.');
    expect(memcon.form).toBe('Memorandum of Conversation');
    expect(memcon.primary).toMatchObject({ file: '611.61/1–2561', series: [] });
    expect(parseSourceNote('711.00/4–1449: Memorandum for the Record').form).toBe('Memorandum for the Record');
  });

  it('keeps a bare list of files or serials together as the Central Files location', () => {
    for (const [note, file] of [
      ['File Nos. 711.94/1234, 711.94/1235.', '711.94/1234, 711.94/1235'],
      ['File Nos. 817.00/1593, 1594.', '817.00/1593, 1594'],
      ['711.94/1234, 711.94/1235: Telegrams', '711.94/1234, 711.94/1235'],
    ]) {
      expect(parseSourceNote(note!).primary, note).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file, series: [] });
    }
    // After a collection, a second file right after the first joins it too: SPEC sends file
    // numbers to their own field, not to the series.
    expect(parseSourceNote('Source: Department of State, Central Files, 611.61/1–2561, 611.61/1–2661.').primary).toMatchObject({ file: '611.61/1–2561, 611.61/1–2661', series: [] });
  });

  it('reads infixes with parentheses and suffixes in decimal files', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 740.00119 Control (Germany)/9–1847: Telegram. Secret; Niact.');
    expect(record.primary).toMatchObject({ file: '740.00119 Control (Germany)/9–1847', fileDate: '1947-09-18' });
    expect(record.form).toBe('Telegram');
    expect(parseSourceNote('Source: Department of State, Central Files, 033.1100–NI/7–1755.').primary?.fileDate).toBe('1955-07-17');
  });

  it('reads accessions, entries, boxes and folders of later records', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Records of Henry Kissinger, 1973–77, Entry 5403, Box 3, Nodis Memcons, January 1975, Folder 3. Secret; Nodis.');
    expect(record.primary).toMatchObject({ repositoryId: 'nara', recordGroup: 'RG 59', collection: 'Records of Henry Kissinger', box: '3', folder: '3' });
    const wnrc = parseSourceNote('Source: Washington National Records Center, RG 330, OSD Files: FRC 65 A 3501, Vietnam 381. Top Secret.');
    expect(wnrc.primary).toMatchObject({ repositoryId: 'wnrc', accession: 'FRC 65 A 3501', collection: 'OSD Files', series: ['Vietnam 381'] });
  });

  it('keeps a second box or folder of one location in its path rather than dropping it', () => {
    const record = parseSourceNote('Source: Roosevelt Library, Hopkins Papers, Box 3, Box 12. Secret.');
    expect(record.primary).toMatchObject({ collection: 'Hopkins Papers', box: '3', series: ['Box 12'] });
    const folders = parseSourceNote('Source: Eisenhower Library, Whitman File, Box 3, Folder 1, Folder 2.');
    expect(folders.primary).toMatchObject({ collection: 'Whitman File', box: '3', folder: '1', series: ['Folder 2'] });
  });

  it('gives a date after a list of drafters to each of them, and strips articles from offices', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2361. Top Secret. Drafted by Rostow, Hilsman, and Forrestal on February 3. Cleared with the Secretary and the Under Secretary.');
    expect(record.drafters.map((p) => [p.name, p.date])).toEqual([['Rostow', 'February 3'], ['Hilsman', 'February 3'], ['Forrestal', 'February 3']]);
    expect(record.clearances.map((p) => p.name)).toEqual(['Secretary', 'Under Secretary']);
  });

  it('reads a source line that names more than one place: the first is the primary, the others copies', () => {
    const withIbid = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261; ibid., S/S Files: Lot 66 D 147. Secret.');
    expect(withIbid.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '611.61/2–2261', series: [] });
    expect(withIbid.copies).toMatchObject([{ repositoryId: 'us-department-of-state', collection: 'S/S Files', lot: '66 D 147', ibid: true, file: null }]);
    expect(withIbid.classification?.level).toBe('secret');
    const withAnd = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261, and ibid., Presidential Correspondence: Lot 66 D 204. Secret.');
    expect(withAnd.primary).toMatchObject({ collection: 'Central Files', file: '611.61/2–2261', series: [] });
    expect(withAnd.copies).toMatchObject([{ collection: 'Presidential Correspondence', lot: '66 D 204' }]);
    const twoRepositories = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261; Kennedy Library, National Security Files, Countries Series, USSR. Secret.');
    expect(twoRepositories.primary).toMatchObject({ repositoryId: 'us-department-of-state', file: '611.61/2–2261' });
    expect(twoRepositories.copies).toMatchObject([{ repositoryId: 'jfk-library', collection: 'National Security Files', series: ['Countries Series', 'USSR'] }]);
    // "and" before a repository cuts the list as a semicolon does: the file stays the primary's.
    for (const joiner of [' and ', ', and the ']) {
      const joined = parseSourceNote(`Source: Department of State, Central Files, 611.61/2–2261${joiner}Kennedy Library, National Security Files, Countries Series, USSR. Secret.`);
      expect(joined.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '611.61/2–2261', series: [] });
      expect(joined.copies).toMatchObject([{ repositoryId: 'jfk-library', collection: 'National Security Files', series: ['Countries Series', 'USSR'] }]);
    }
    // An "and" inside a name cuts nothing.
    const inName = parseSourceNote('Source: Department of State, Records of the Bureau of Near Eastern and South Asian Affairs, Lot 66 D 204. Secret.');
    expect(inName.primary).toMatchObject({ collection: 'Records of the Bureau of Near Eastern and South Asian Affairs', lot: '66 D 204' });
    expect(inName.copies).toEqual([]);
    // A semicolon before something that is no place cuts nothing.
    const glued = parseSourceNote('Source: Department of State, S/S Files: Lot 66 D 204; Secret.');
    expect(glued.primary).toMatchObject({ collection: 'S/S Files', lot: '66 D 204' });
    expect(glued.copies).toEqual([]);
  });

  it('counts one copy per location, including copies "also found" elsewhere', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2361. Secret. A copy of this memorandum is in Department of State, Central Files, 611.61/1–2461. Copies were also found in the Kennedy Library, National Security Files, Countries Series, USSR.');
    expect(record.copies.map((c) => c.repositoryId)).toEqual(['us-department-of-state', 'jfk-library']);
  });

  it('counts a second copy that has its own clause (`, and another is in …`, `; another copy is in …`)', () => {
    const and = parseSourceNote(
      'Source: Department of State, Central Files, 611.61/8–1661. Secret. A copy of this memorandum is in the Johnson Library, National Security File, Country File, Germany, Vol. 5, and another is in Department of State, Central Files, POL GER W–US.',
    );
    expect(and.copies).toMatchObject([
      { repositoryId: 'lbj-library', collection: 'National Security File', series: ['Country File', 'Germany', 'Vol. 5'] },
      { repositoryId: 'us-department-of-state', collection: 'Central Files', file: 'POL GER W–US' },
    ]);
    const semicolon = parseSourceNote(
      'Source: Department of State, Central Files, 611.61/8–1661. Secret. A copy is in the Johnson Library, National Security File, Country File, Germany, Vol. 5; another copy is in the Kennedy Library, National Security Files, Countries Series, Germany.',
    );
    expect(semicolon.copies.map((c) => c.repositoryId)).toEqual(['lbj-library', 'jfk-library']);
  });
});

describe('parseSourceNote — sentence ends and run-on markings', () => {
  it('ends a sentence after a clock time unless a date follows', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 751G.00/5–1054: Telegram. Top Secret; Priority. Received at 2:22 p.m. Repeated for information to Paris.');
    expect(record.repeatedTo).toEqual(['Paris']);
    expect(record.remarks).toEqual(['Received at 2:22 p.m.']);
    const release = parseSourceNote('Source: X Files. Secret. It was marked for release at 6:45 p.m. April 18.');
    expect(release.remarks).toEqual(['It was marked for release at 6:45 p.m. April 18.']);
  });

  it('keeps a part written `pt. 2` in the path, the classification after it apart', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Records of the Policy Planning Staff, pt. 2. Secret.');
    expect(record.primary).toMatchObject({ recordGroup: 'RG 59', collection: 'Records of the Policy Planning Staff', series: ['pt. 2'] });
    expect(record.classification?.level).toBe('secret');
    expect(record.remarks).toEqual([]);
  });

  it('reads a name with a middle initial in telegram capitals as one drafter', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 27 VIET S. Secret; Immediate. DRAFTED IN S/S BY GRANT G. HILLIKER. APPROVED BY SMITH.');
    expect(record.primary?.file).toBe('POL 27 VIET S');
    expect(record.drafters).toMatchObject([{ name: 'GRANT G. HILLIKER', office: 'S/S' }]);
    expect(record.approvers).toMatchObject([{ name: 'SMITH' }]);
    expect(record.remarks).toEqual([]);
  });

  it('reads a classification run on to the file number, and reports the missing full stop', () => {
    const note = 'Source: Department of State, Central Files, 611.61/1–2361 Secret; Priority. Drafted by Rusk.';
    const record = parseSourceNote(note);
    expect(record.primary?.file).toBe('611.61/1–2361');
    expect(record.classification?.level).toBe('secret');
    expect(record.diagnostics.map((d) => `${d.ruleId}:${note.slice(...d.range)}`)).toContain('missing-period-before-classification:611.61/1–2361 Secret; Priority');
    expect(parseSourceNote('Source: Department of State, Policy Planning Staff Secret Files. Secret.').primary?.collection).toBe('Policy Planning Staff Secret Files');
  });

  it('reads "Extract printed in" as a partial printing', () => {
    const record = parseSourceNote('Source: X Files. Secret. Extract printed in Declassified Documents, 1980, 45C.');
    expect(record.printed).toMatchObject([{ title: 'Declassified Documents, 1980', pages: '45C', partial: true }]);
  });

  it('adds the captions of a second marking sentence', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2361. Confidential. Priority; Limdis. Drafted by Rusk.');
    expect(record.classification?.level).toBe('confidential');
    expect(record.handling).toEqual(['Priority', 'Limdis']);
  });

  it('reads "(in substance)" after a name as a qualifier, not an office', () => {
    const record = parseSourceNote('Source: X Files. Secret. Drafted by Tyler; cleared by Rusk (in substance) and McNamara (DOD).');
    expect(record.clearances.map((p) => [p.name, p.office])).toEqual([['Rusk', undefined], ['McNamara', 'DOD']]);
  });
});

describe('parseSourceNote — diagnostics', () => {
  it('reports an unknown classification only where a marking sentence is read as one', () => {
    const kept = parseSourceNote('Department of State, Central Files, 611.37/5-361. Secret. Priority Handling; Nodis.');
    expect(kept.remarks).toEqual(['Priority Handling; Nodis.']);
    expect(kept.diagnostics).toEqual([]);
    const read = parseSourceNote('Department of State, Central Files, 611.37/5-361. Secrte; Nodis.');
    expect(read.classification).toMatchObject({ level: 'other', text: 'Secrte' });
    expect(read.diagnostics.map((d) => d.ruleId)).toEqual(['unknown-classification']);
  });

  it.each([
    ['Source:American Foreign Policy: Current Documents, 1960, p. 476.', 'missing-space-after-colon:Source:American'],
    ['Source: Kennedy Library, National Security Files, Countries Series,USSR.', 'missing-space-after-comma:Series,USSR'],
    ['Source: X. Also printed in A, pp. 132-133;Documents on Disarmament, p. 3.', 'missing-space-after-semicolon:132-133;Documents'],
    ['Source: X Files. No classification marking.Kennedy’s response followed.', 'missing-space-after-period:marking.Kennedy’s'],
    ['Source: Department of State, Central Files, 611.61/1–2455. Secret.Drafted by Boster.', 'missing-space-after-period:Secret.Drafted'],
    ['Source: Department of State, Central Files,611.61/1–2455. Secret.', 'missing-space-after-comma:Files,611'],
    ['Source: X Files, Presidential Correspond-ence. Secret.', 'hyphenation-artifact:Correspond-ence'],
    ['Source: Department of State, Central Files, 711.11-KE/7J461. Secret.', 'malformed-file-date:7J461'],
    ['Source: Department of State, Central Files, 751K.OO/12–2960. Secret.', 'malformed-file-number:751K.OO'],
    ['Source: X Files. Secrte; Priority.', 'unknown-classification:Secrte'],
    ['Ibid., Central Files. Secret.', 'ibid-without-antecedent:Ibid.'],
    ['Source: Source: X Files. Secret.', 'duplicated-source-label:Source: Source: '],
    ['Source: CIA, Helms Files, Box 11, Folder 9, Secret.', 'comma-before-classification:Folder 9, Secret'],
    ['Source: Bush Library, Scowcroft Files, OA/ID 91128: Confidential.', 'colon-before-classification:OA/ID 91128: Confidential'],
  ])('%s → %s', (note, expected) => {
    expect(diagnosticTexts(note)).toContain(expected);
  });

  it('reads the marking and the drafter of `Secret.Drafted by Boster`, whose space is missing', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2455. Secret.Drafted by Boster.');
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Secret' });
    expect(record.drafters.map((person) => person.name)).toEqual(['Boster']);
    expect(record.remarks).toEqual([]);
  });

  it('reads a marking run on to the citation after a comma, captions and distribution included, as a marking sentence', () => {
    const note = 'Source: Department of State, Durbrow Files: Lot 68 D 404, Vietnam, Secret; Official–Informal.';
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Durbrow Files', lot: '68 D 404', series: ['Vietnam'] });
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Secret' });
    expect(record.handling).toEqual(['Official–Informal']);
    expect(record.diagnostics).toEqual([
      {
        ruleId: 'comma-before-classification',
        severity: 'warning',
        message: 'Unexpected `Vietnam, Secret; Official–Informal`, expected a full stop before the classification: `Vietnam. Secret; Official–Informal`',
        range: [note.indexOf('Vietnam'), note.length - 1],
        actual: 'Vietnam, Secret; Official–Informal',
        expected: 'Vietnam. Secret; Official–Informal',
      },
    ]);
    // What follows the places of a distribution is a remark with the sentence's stop, as after a marking sentence.
    const distributed = parseSourceNote('Source: Department of State, Central Files, 611.61/2–2261, Secret; repeated to Tokyo and passed to the White House.');
    expect(distributed.classification?.level).toBe('secret');
    expect(distributed.repeatedTo).toEqual(['Tokyo']);
    expect(distributed.remarks).toEqual(['and passed to the White House.']);
    // A stop already there is not asked for twice.
    expect(parseSourceNote('Source: National Archives, NSC Files, Box 489, Part 2. ,Secret; Nodis.').diagnostics[0]?.expected).toBe('Part 2. Secret; Nodis');
  });

  it('points a malformed date code at the code, whatever blank follows the slash', () => {
    for (const blank of [' ', '\t', '\u00a0']) {
      const note = `Source: Department of State, Central Files, 711.11-KE/${blank}7J461. Secret.`;
      const found = parseSourceNote(note).diagnostics.find((d) => d.ruleId === 'malformed-file-date');
      expect(found && note.slice(found.range[0], found.range[1]), JSON.stringify(blank)).toBe('7J461');
    }
  });

  it('does not flag times, thousands, URLs or ordinary hyphens', () => {
    expect(diagnosticTexts('Source: X Files. Secret. The meeting began at 10:00 a.m. with 1,000 troops; see https://history.state.gov. A Russian-language text and a follow-up exist.')).toEqual([]);
  });

  it('reads the plural label of a note that cites more than one source', () => {
    const record = parseSourceNote('Sources: Department of State, Central Files, 611.61/1–2561. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '611.61/1–2561' });
    expect(record.clauses[0]).toEqual({ kind: 'source-label', range: [0, 8] });
    expect(record.diagnostics).toEqual([]);
    // A word that merely starts like the label is no label.
    expect(parseSourceNote('Sourcebook: X.').clauses[0]?.kind).not.toBe('source-label');
  });

  it('reports text it cannot read as unparsed, keeping it in remarks', () => {
    const record = parseSourceNote('sdkjf lkj werlkj.');
    expect(record.diagnostics.map((d) => d.ruleId)).toEqual(['unparsed-text']);
    expect(record.remarks).toEqual(['sdkjf lkj werlkj.']);
  });

  it('reports editorial markers as such', () => {
    expect(parseSourceNote('[Tab 1]').diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['editorial-marker', 'info']]);
  });

  it('never throws, even on non-strings from untyped callers', () => {
    for (const bad of ['', '   ', '((((', '“', '....;;;', '\u0000\uffff', 'Source:', 'Ibid.', null, undefined, 42] as unknown[]) {
      const record = parseSourceNote(bad as string);
      expect(ProvenanceRecordSchema.safeParse(record).success).toBe(true);
    }
  });
});

describe('parseSourceNotes', () => {
  it('yields one record per input, in order, with context', () => {
    const records = [...parseSourceNotes(['893.50/283', { text: 'Source: Kennedy Library, POF.', volume: 'frus1961-63v05', doc: 'd102' }, ''])];
    expect(records).toHaveLength(3);
    expect(records[0]?.primary?.file).toBe('893.50/283');
    expect(records[1]?.context).toMatchObject({ volume: 'frus1961-63v05', doc: 'd102' });
    expect(records[2]?.diagnostics[0]?.ruleId).toBe('empty-note');
  });

  it('reports an input that is not a note instead of reading it as empty', () => {
    const [record] = [...parseSourceNotes([null as unknown as string])];
    expect(record?.diagnostics.map((d) => d.ruleId)).toContain('invalid-input');
  });
});

describe('drafting sentences that name no one', () => {
  // SPEC: remarks hold every sentence not captured; a drafting date without a drafter fills no list.
  it('keeps the sentence in remarks rather than losing it', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D760123–0456. Secret; Nodis. Drafted on June 3.');
    expect(record.drafters).toEqual([]);
    expect(record.remarks).toEqual(['Drafted on June 3.']);
  });
});

describe('sentences about the document that open with T', () => {
  // The readers of such sentences are asked only when the words after the article may be theirs
  // (a form, notes, text, a message, the source text, or any word and "was transmitted").
  const note = (sentence: string): string => `Source: Department of State, Central Files, 611.61/1–2161. Secret. ${sentence}`;

  it.each([
    ['The minutes were drafted by Jan Lodal.', 'Jan Lodal'],
    ['These notes were taken by Jack Valenti.', 'Jack Valenti'],
  ])('reads the drafter of %s', (sentence, drafter) => {
    const record = parseSourceNote(note(sentence));
    expect(record.drafters.map((person) => person.name)).toEqual([drafter]);
    expect(record.remarks).toEqual([]);
  });

  it.each([
    ['This report was transmitted to Moscow in telegram 1234.', 'telegram 1234 to Moscow'],
    ['The text of this memorandum was transmitted to the Embassy in telegram 567.', 'telegram 567 to the Embassy'],
  ])('reads the transmitting message of %s', (sentence, message) => {
    expect(parseSourceNote(note(sentence)).transmittedIn).toBe(message);
  });

  it.each([
    ['THIS TELEGRAM WAS REPEATED TO LONDON.', 'LONDON'],
    ['The cable was also repeated to Tokyo.', 'Tokyo'],
  ])('reads where %s went', (sentence, place) => {
    const record = parseSourceNote(note(sentence));
    expect(record.repeatedTo).toEqual([place]);
    expect(record.remarks).toEqual([]);
  });

  it('reads the copy the source text is as another place of it', () => {
    const record = parseSourceNote(note('The source text is the copy in the Hopkins Papers.'));
    expect(record.copies.map((copy) => copy.text)).toEqual(['Hopkins Papers']);
  });

  it('keeps a sentence about something else as written', () => {
    const record = parseSourceNote(note('The meeting was held in the Cabinet Room.'));
    expect(record.remarks).toEqual(['The meeting was held in the Cabinet Room.']);
    expect([record.drafters, record.repeatedTo, record.copies, record.transmittedIn]).toEqual([[], [], [], null]);
  });
});
