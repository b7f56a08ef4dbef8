/**
 * Source notes in the house styles of the Carter and Reagan volumes (FRUS 1977–1980, 1981–1988)
 * and of 1989–1992: Carter, Reagan and Bush Library collections, Central Foreign Policy File film
 * numbers, S/S–I lots, telegram drafting lines with office symbols. Written in FRUS house style
 * for these tests; every expectation is read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('a marking run on to the next sentence without a space', () => {
  it('reads `Secret.Sent for information` as the classification and a sentence', () => {
    const record = parseSourceNote(
      'Source: Carter Library, National Security Affairs, Brzezinski Material, Country File, Box 12, Afghanistan: 1/80. Secret.Sent for information.',
    );
    expect(record.classification?.level).toBe('secret');
    expect(record.classification?.text).toBe('Secret');
    expect(record.remarks).toEqual(['Sent for information.']);
    expect(record.diagnostics.map((d) => d.ruleId)).toContain('missing-space-after-period');
  });

  it('reads a caption glued to the drafting sentence (`Secret; Nodis.Drafted by …`)', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy File, D770045–0011. Secret; Nodis.Drafted by Atherton; approved by Vance.',
    );
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Nodis']);
    expect(record.drafters.map((p) => p.name)).toEqual(['Atherton']);
    expect(record.approvers.map((p) => p.name)).toEqual(['Vance']);
  });

  it('reads `Top Secret.Drafted by …` after a spaced stop', () => {
    const record = parseSourceNote('Source: Department of State, S/S–I Records, Lot 92D52, Box 5. Top Secret.Drafted by Palmer.');
    expect(record.classification?.level).toBe('top-secret');
    expect(record.drafters.map((p) => p.name)).toEqual(['Palmer']);
  });

  it('does not split an abbreviation glued to a name (`Mr.Smith’s`)', () => {
    const record = parseSourceNote('Source: Department of State, S/S–I Records, Lot 92D52, Box 5. Confidential. The meeting took place in Mr.Smith’s office.');
    expect(record.remarks).toEqual(['The meeting took place in Mr.Smith’s office.']);
  });
});

describe('an office written before its name, after a colon, in a drafting line', () => {
  it('stays with its own name when names are joined by "and" (`Simons and S/S–O: Davison`)', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D840012–0345. Unclassified; Immediate. Drafted by J. Klemstine (EUR/SOV); cleared by Simons and S/S–O: Davison; approved by Burt. Repeated to Leningrad.',
    );
    expect(record.clearances.map((p) => [p.name, p.office ?? null])).toEqual([
      ['Simons', null],
      ['Davison', 'S/S–O'],
    ]);
  });

  it('keeps an em-dashed office with its name (`Garrison and S/S—Mr. Bremer`)', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D860567–0123. Secret; Immediate; Nodis. Drafted by J. Garrison and S/S—Mr. Bremer; approved by Armacost.',
    );
    expect(record.drafters.map((p) => [p.name, p.office ?? null])).toEqual([
      ['J. Garrison', null],
      ['Mr. Bremer', 'S/S'],
    ]);
  });

  it('still shares a parenthesised office after names joined by "and" (`Moose and Lake (S/P)`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D780123–0345. Confidential. Drafted by Walkley; cleared by Moose and Lake (S/P).');
    expect(record.clearances.map((p) => p.office)).toEqual(['S/P', 'S/P']);
  });
});

describe('document numbers of the Central Foreign Policy File and the Carter Library', () => {
  it('reads a film number typeset with an em dash as the file (`D780234—0567`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy File, D780234—0567. Confidential. Drafted by Garrison; approved by Shulman.');
    expect(record.primary).toMatchObject({ collection: 'Central Foreign Policy File', series: [], file: 'D780234—0567' });
  });

  it('reads a Carter Library NLC number as the file, as an NLR number is', () => {
    const record = parseSourceNote('Source: Carter Library, RAC Project, NLC–15–72–2–11–3. Secret; Sensitive.');
    expect(record.primary).toMatchObject({ repositoryId: 'carter-library', collection: 'RAC Project', series: [], file: 'NLC–15–72–2–11–3' });
    expect(record.handling).toEqual(['Sensitive']);
  });
});

describe('a title whose field is linked by "for" and holds "and"', () => {
  it('keeps `National Intelligence Officer for the USSR and Eastern Europe` whole', () => {
    const record = parseSourceNote(
      'Source: Central Intelligence Agency, Executive Registry, Job 80M00165A, Box 11, Folder 3. Secret. Prepared by the National Intelligence Officer for the USSR and Eastern Europe.',
    );
    expect(record.drafters.map((p) => p.name)).toEqual(['National Intelligence Officer for the USSR and Eastern Europe']);
  });

  it('reads the title after a name and a comma as the office (`Ermarth, National Intelligence Officer for …`)', () => {
    const record = parseSourceNote(
      'Source: Central Intelligence Agency, NIC Files, Job 87T00151R, Box 1, Folder 4. Secret. Prepared by Fritz W. Ermarth, National Intelligence Officer for the USSR and Eastern Europe.',
    );
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['Fritz W. Ermarth', 'National Intelligence Officer for the USSR and Eastern Europe']]);
  });

  it('keeps `Special Assistant to the President for European and Soviet Affairs` as one office', () => {
    const record = parseSourceNote(
      'Source: Reagan Library, Executive Secretariat, NSC, Country File, USSR (1/1/84–1/31/84), Box 20. Secret. Prepared by Robert Blackwill, Special Assistant to the President for European and Soviet Affairs.',
    );
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['Robert Blackwill', 'Special Assistant to the President for European and Soviet Affairs']]);
  });

  it('still splits names joined by "and" after a title field (`… for Europe, and Smith`)', () => {
    const record = parseSourceNote('Source: Department of State, S/S–I Records, Lot 92D52, Box 5. Secret. Drafted by Burt, Assistant Secretary for European Affairs, and Simons.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Burt', 'Simons']);
  });
});

describe('an office and the offices it lies within, separated by commas alone', () => {
  it('reads `Prepared in the Office of Soviet Analysis, Directorate of Intelligence` as one drafter', () => {
    const note = 'Source: Central Intelligence Agency, DDI Files, Job 83M00914R, Box 3, Folder 45. Secret; Noforn. Prepared in the Office of Soviet Analysis, Directorate of Intelligence.';
    const record = parseSourceNote(note);
    expect(record.drafters.map((p) => p.name)).toEqual(['Office of Soviet Analysis, Directorate of Intelligence']);
    const [start, end] = record.drafters[0]!.range!;
    expect(note.slice(start, end)).toBe('Office of Soviet Analysis, Directorate of Intelligence');
  });

  it('reads an office of the National Foreign Assessment Center as one drafter', () => {
    const record = parseSourceNote(
      'Source: Central Intelligence Agency, Executive Registry, Job 80M00165A, Box 11, Folder 3. Secret. Prepared in the Office of Political Analysis, National Foreign Assessment Center.',
    );
    expect(record.drafters.map((p) => p.name)).toEqual(['Office of Political Analysis, National Foreign Assessment Center']);
  });

  it('still reads offices joined by "and" as two drafters', () => {
    const record = parseSourceNote('Source: Central Intelligence Agency, Job 84T00286R, Box 1. Secret. Prepared in the Office of Current Intelligence and the Office of National Estimates.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Office of Current Intelligence', 'Office of National Estimates']);
  });

  it('still reads offices each with its article as a list (`…, the Office of …`)', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D780111–0365. Secret. Drafted by Smith; cleared by the Office of Soviet Union Affairs, the Office of Eastern European Affairs.',
    );
    expect(record.clearances.map((p) => p.name)).toEqual(['Office of Soviet Union Affairs', 'Office of Eastern European Affairs']);
  });
});

describe('the Executive Secretariat abbreviated', () => {
  it('reads `Exec. Sec., NSC, Country File` as a path, not a sentence end', () => {
    const record = parseSourceNote('Source: Reagan Library, Exec. Sec., NSC, Country File, USSR (8/1/85–8/31/85), Box 21. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'reagan-library', collection: 'Exec. Sec.', series: ['NSC', 'Country File', 'USSR (8/1/85–8/31/85)'], box: '21' });
    expect(record.classification?.level).toBe('secret');
    expect(record.remarks).toEqual([]);
  });
});

describe('an office in parentheses, then a qualifier in parentheses', () => {
  it('reads `Dam (D) (in substance)` as Dam, office D, qualified', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D830012–0374. Secret; Immediate. Drafted by S. Pifer (EUR/RPM); cleared by Kanter (PM), Hill (S/S), and Dam (D) (in substance); approved by Burt (EUR).',
    );
    expect(record.clearances.map((p) => [p.name, p.office ?? null, p.qualifier ?? null])).toEqual([
      ['Kanter', 'PM', null],
      ['Hill', 'S/S', null],
      ['Dam', 'D', 'in substance'],
    ]);
  });
});

describe('a drafting line with a colon after the verb and no "by"', () => {
  it('reads `cleared: Nye (T); approved: Benson (T)` without the colon in the names', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy File, D780234–0678. Secret; Immediate; Exdis. Drafted by: Thomas Pickering (OES); cleared: Nye (T); approved: Benson (T).',
    );
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['Thomas Pickering', 'OES']]);
    expect(record.clearances.map((p) => [p.name, p.office])).toEqual([['Nye', 'T']]);
    expect(record.approvers.map((p) => [p.name, p.office])).toEqual([['Benson', 'T']]);
  });
});

describe('the drafting of a meeting record named by its form', () => {
  it('reads `The Summary of Conclusions was prepared by Hunter` as a drafter', () => {
    const record = parseSourceNote(
      'Source: Carter Library, National Security Affairs, Brzezinski Material, Subject File, Box 28, Meetings—PRC 56: 4/78. Top Secret; Sensitive. The Summary of Conclusions was prepared by Hunter.',
    );
    expect(record.drafters.map((p) => p.name)).toEqual(['Hunter']);
    expect(record.remarks).toEqual([]);
  });

  it('reads `The talking points were prepared by Matlock` as a drafter', () => {
    const record = parseSourceNote('Source: Reagan Library, Jack Matlock Files, Matlock Chron October 1985 [2/4], Box 12. Secret. The talking points were prepared by Matlock.');
    expect(record.drafters.map((p) => p.name)).toEqual(['Matlock']);
  });
});

describe('a title, then the person who held it in parentheses', () => {
  it('reads `approved by the Acting Secretary (Christopher)` as Christopher, with the title as office', () => {
    const note =
      'Source: Department of State, Central Foreign Policy File, D770234–0349. Confidential. Drafted by W.R. Smyser (EA/J); cleared by Abramowitz (EA); approved by the Acting Secretary (Christopher).';
    const record = parseSourceNote(note);
    expect(record.approvers.map((p) => [p.name, p.office])).toEqual([['Christopher', 'Acting Secretary']]);
    const [start, end] = record.approvers[0]!.range!;
    expect(note.slice(start, end)).toBe('Christopher');
  });

  it('keeps a title followed by an office symbol in parentheses as the name (`Secretary (S)`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D770234–0350. Secret. Drafted by Smith; approved by Secretary (S).');
    expect(record.approvers.map((p) => [p.name, p.office])).toEqual([['Secretary', 'S']]);
  });
});

describe('a clause before a copy clause in the same sentence', () => {
  it('keeps `The signed original was sent to the White House` as a remark beside the copy', () => {
    const record = parseSourceNote(
      'Source: Department of State, Executive Secretariat, S/S–I Records, Lot 84D241, Box 3. Secret. The signed original was sent to the White House; a copy is in the Carter Library, Plains File, Box 17.',
    );
    expect(record.copies.map((c) => [c.repositoryId, c.collection, c.box])).toEqual([['carter-library', 'Plains File', '17']]);
    expect(record.remarks).toEqual(['The signed original was sent to the White House']);
  });

  it('does not cut at a semicolon inside a parenthesis', () => {
    const record = parseSourceNote(
      'Source: Department of State, S/S–I Records, Lot 84D241, Box 3. Secret. (Memorandum for the President, November 11; ibid.) Another copy is in the Carter Library, Plains File, Box 17.',
    );
    expect(record.remarks.some((remark) => remark.endsWith('November 11'))).toBe(false);
  });
});

describe('a copy clause after a semicolon in a people, distribution or printed sentence', () => {
  const base = 'Source: Department of State, Executive Secretariat, S/S–I Records, Lot 84D241, Box 3. Secret.';

  it('reads `Drafted by Smith; another copy is in …` as a drafter and a copy', () => {
    const record = parseSourceNote(`${base} Drafted by Smith; another copy is in the Carter Library, Plains File, Box 17.`);
    expect(record.drafters.map((p) => p.name)).toEqual(['Smith']);
    expect(record.copies.map((c) => [c.repositoryId, c.collection, c.box])).toEqual([['carter-library', 'Plains File', '17']]);
    expect(record.remarks).toEqual([]);
  });

  it('reads `Sent to Rusk; a copy is in …` as a remark and a copy', () => {
    const record = parseSourceNote(`${base} Sent to Rusk; a copy is in the Carter Library, Plains File, Box 17.`);
    expect(record.copies.map((c) => c.collection)).toEqual(['Plains File']);
    expect(record.remarks).toEqual(['Sent to Rusk']);
  });

  it('ends a printed list at a copy clause (`…, p. 5; another copy is in …`)', () => {
    const record = parseSourceNote(`${base} Also printed in Vance, Hard Choices, p. 5; another copy is in the Carter Library, Plains File, Box 17.`);
    expect(record.printed.map((p) => [p.title, p.pages])).toEqual([['Vance, Hard Choices', '5']]);
    expect(record.copies.map((c) => c.collection)).toEqual(['Plains File']);
  });
});

describe('telegram drafting-line details', () => {
  it('reads `(info)` after a clearing name as a qualifier, not an office', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D790012–0400. Secret; Immediate; Nodis. Drafted by Barry (EUR/SOV) on 3/3/79; cleared by Shulman (info) and Tarnoff; approved by Vance.',
    );
    expect(record.clearances.map((p) => [p.name, p.office ?? null, p.qualifier ?? null])).toEqual([
      ['Shulman', null, 'info'],
      ['Tarnoff', null, null],
    ]);
  });

  it('drops a typist’s initials in small letters after a second colon (`EUR/SOV:MGarrison:jp`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Foreign Policy File, D790012–0402. Confidential. Drafted by EUR/SOV:MGarrison:jp; cleared by EUR:GVest.');
    expect(record.drafters.map((p) => [p.name, p.office])).toEqual([['MGarrison', 'EUR/SOV']]);
  });
});

describe('clearances separated by semicolons, each after its office and a colon', () => {
  it('reads `cleared by EUR: Seitz; P: Kimmitt; S/S: Wolff` as three clearances', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D900012–0413. Secret; Immediate. Drafted by J. Collins (EUR/SOV); cleared by EUR: Seitz; P: Kimmitt; S/S: Wolff; approved by Baker.',
    );
    expect(record.clearances.map((p) => [p.name, p.office])).toEqual([
      ['Seitz', 'EUR'],
      ['Kimmitt', 'P'],
      ['Wolff', 'S/S'],
    ]);
    expect(record.approvers.map((p) => p.name)).toEqual(['Baker']);
    expect(record.remarks).toEqual([]);
  });

  it('does not make the line after an approver another approver (`approved by EUR: AHARTMAN; S/S: JPMOFFAT`)', () => {
    const record = parseSourceNote(
      'Source: National Archives, RG 59, Central Foreign Policy File, D760098–0455. Confidential; Priority. Drafted by EUR/SOV: RBARRY:LR; approved by EUR: AHARTMAN; S/S: JPMOFFAT.',
    );
    expect(record.approvers.map((p) => p.name)).toEqual(['AHARTMAN']);
    expect(record.remarks).toEqual(['S/S: JPMOFFAT.']);
  });
});

describe('a list of film numbers closed by ", and"', () => {
  it('reads `D770038–0012, D770038–0015, and D770039–0101` as three files', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Foreign Policy File, D770038–0012, D770038–0015, and D770039–0101. Secret; Immediate; Nodis.');
    expect(record.primary).toMatchObject({ collection: 'Central Foreign Policy File', series: [], file: 'D770038–0012, D770038–0015, D770039–0101' });
  });

  it('keeps "and" before a segment that is no file (`…, and Memoranda`)', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, 611.61/1–2561, and Memoranda. Secret.');
    expect(record.primary?.series).toEqual(['and Memoranda']);
  });
});

describe('a name glued to the next sentence', () => {
  it('reads `Prepared by Matlock.Sent for information` as a drafter and a sentence', () => {
    const record = parseSourceNote(
      'Source: Reagan Library, Executive Secretariat, NSC, Country File, USSR (1/1/84–1/31/84), Box 20. Secret; Sensitive. Prepared by Matlock.Sent for information.',
    );
    expect(record.drafters.map((p) => p.name)).toEqual(['Matlock']);
    expect(record.remarks).toEqual(['Sent for information.']);
  });

  it('reads `approved by Robinson.Repeated to …` as an approver and a distribution', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, D760456–0567. Secret; Immediate; Nodis. Drafted by Katz; cleared by Springsteen (S/S); approved by Robinson.Repeated to the Secretary’s aircraft.',
    );
    expect(record.approvers.map((p) => p.name)).toEqual(['Robinson']);
    expect(record.repeatedTo).toEqual(['the Secretary’s aircraft']);
  });

  it('reads a folder title glued to its classification (`Letters to Heads of State.Top Secret; Nodis`)', () => {
    const record = parseSourceNote('Source: George H.W. Bush Library, Presidential Correspondence, Letters to Heads of State.Top Secret; Nodis. Drafted by NEA/NGA:DLITT.');
    expect(record.primary?.series).toEqual(['Letters to Heads of State']);
    expect(record.classification?.level).toBe('top-secret');
    expect(record.handling).toEqual(['Nodis']);
  });
});

describe('a drafting sentence run on to the marking without its full stop', () => {
  it('reads `Secret; Immediate; Nodis Drafted by German; cleared by Vest; approved by Bremer`', () => {
    const record = parseSourceNote(
      'Source: Department of State, Central Foreign Policy File, [no film number]. Secret; Immediate; Nodis Drafted by German; cleared by Vest; approved by Bremer.',
    );
    expect(record.classification?.level).toBe('secret');
    expect(record.handling).toEqual(['Immediate', 'Nodis']);
    expect(record.drafters.map((p) => p.name)).toEqual(['German']);
    expect(record.clearances.map((p) => p.name)).toEqual(['Vest']);
    expect(record.approvers.map((p) => p.name)).toEqual(['Bremer']);
    const [start, end] = record.drafters[0]!.range!;
    expect(record.text.slice(start, end)).toBe('German');
  });

  it('reads a part that opens with the verb (`Secret; Exdis; Drafted in S/S by Curran on April 2`)', () => {
    const record = parseSourceNote('Source: National Archives, RG 59, Central Files 1970–73, POL 7 CHICOM. Secret; Exdis; Drafted in S/S by Curran on April 2. Approved in S on April 3.');
    expect(record.handling).toEqual(['Exdis']);
    expect(record.drafters.map((p) => [p.name, p.office, p.date])).toEqual([['Curran', 'S/S', 'April 2']]);
  });

  it('keeps a caption that merely holds "by" (`Via Back Channel`) as a caption', () => {
    const record = parseSourceNote('Source: Department of State, S/S Files, Lot 81D113. Secret; Nodis; Eyes Only for Vance from Brzezinski.');
    expect(record.handling).toEqual(['Nodis', 'Eyes Only for Vance from Brzezinski']);
  });
});
