import { describe, expect, it } from 'vitest';
import { decodeFileDate, isMilitaryFileSection, readDecimalFile, readIdentifier } from '../../src/parse/identifiers.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('decodeFileDate', () => {
  it.each([
    ['1-2161', '1961-01-21'],
    ['5-361', '1961-05-03'],
    ['4–1252', '1952-04-12'],
    ['10–642', '1942-10-06'],
    ['11-148', '1948-11-01'],
    ['12–2960', '1960-12-29'],
  ])('reads the date code %s as %s (SPEC "File dates")', (serial, iso) => {
    expect(decodeFileDate(serial)).toEqual({ date: iso, malformed: null });
  });

  it.each(['7J461', '13-4561', '2-3061'])('reports %s as a malformed date code', (serial) => {
    const { date, malformed } = decodeFileDate(serial);
    expect(date).toBeNull();
    expect(malformed).toMatch(/.+/);
  });
});

describe('readDecimalFile', () => {
  it.each([
    ['283', '893.50/283'],
    ['1771½', '763.72/1771½'],
    ['2271½a', '763.72/2271½a'],
    ['24771', '740.0011 European War 1939/24771'],
    ['49', '893.51 Manchuria/49'],
    ['1b', '811.20 Defense (M) Chile/1b'],
  ])('keeps the plain serial %s of %s without a date', (serial, file) => {
    const read = readDecimalFile(file);
    expect(read?.serial).toBe(serial);
    expect(read?.date).toBeNull();
    expect(read?.malformedDate).toBeNull();
  });

  it.each([
    ['611.93/9–1958½', '9–1958½', '1958-09-19'],
    ['611.56/1–1553½', '1–1553½', '1953-01-15'],
    ['793.5/10–1458¼', '10–1458¼', '1958-10-14'],
  ])('reads %s, a date code with a fraction after it, with the date of its digits', (file, serial, date) => {
    expect(readDecimalFile(file)).toMatchObject({ serial, date, malformedDate: null });
  });

  it('separates class, suffix and date in 711.11-KE/1-2161', () => {
    expect(readDecimalFile('711.11-KE/1-2161')).toMatchObject({ head: '711.11-KE', serial: '1-2161', date: '1961-01-21' });
  });

  it('flags the letter O typed for zero in 751K.OO', () => {
    expect(readDecimalFile('751K.OO/12–2960')?.letterO?.text).toBe('751K.OO');
    expect(readDecimalFile('751K.00/12–2960')?.letterO).toBeNull();
  });

  it('does not take a date range or a page for a file', () => {
    expect(readDecimalFile('9/1–15/80')).toBeNull();
    expect(readDecimalFile('USSR Memcons Dobrynin/President 2/17/69')).toBeNull();
  });
});

describe('readIdentifier', () => {
  it.each([
    ['Lot 66 D 204', 'lot', '66 D 204'],
    ['lot 63 D 75', 'lot', '63 D 75'],
    ['Lot 84D204', 'lot', '84 D 204'],
    ['Lot 64 F 5', 'lot', '64 F 5'],
    ['60 D 665', 'lot', '60 D 665'],
    ['61 D 282A', 'lot', '61 D 282A'],
    ['Lot M 88', 'lot', 'M 88'],
    ['Lot 122', 'lot', '122'],
    ['FRC 69 A 7425', 'accession', 'FRC 69 A 7425'],
    ['FRC 71-A-3470', 'accession', 'FRC 71-A-3470'],
    ['330-75-0089', 'accession', '330-75-0089'],
    // SPEC's accessions are the designation without a label word; FRC (the records centre) stays.
    ['Accession 69A6202', 'accession', '69A6202'],
    ['Acc. 330-75-0089', 'accession', '330-75-0089'],
    ['Accession No. 71-A-3470', 'accession', '71-A-3470'],
    ['Job 79-S01060A', 'job', '79-S01060A'],
    ['Box 33', 'box', '33'],
    ['Box CL 215', 'box', 'CL 215'],
    ['Folder 1089', 'folder', '1089'],
    ['Box: 12', 'box', '12'],
    ['Folder: USSR 1989', 'folder', 'USSR 1989'],
    ['RG 59', 'record-group', 'RG 59'],
    ['POL 27 VIET S', 'file', 'POL 27 VIET S'],
    ['INCO-WHEAT 17 USSR-US', 'file', 'INCO-WHEAT 17 USSR-US'],
    ['POL US–USSR', 'file', 'POL US–USSR'],
    ['Def 12 NATO', 'file', 'Def 12 NATO'],
    ['D750123-0456', 'file', 'D750123-0456'],
    ['N810007–0481', 'file', 'N810007–0481'],
    ['[no film number]', 'file', '[no film number]'],
    ['N/A', 'file', 'N/A'],
    ['1975MOSCOW12345', 'file', '1975MOSCOW12345'],
    ['1976STATE001234', 'file', '1976STATE001234'],
  ])('reads %s as %s %s', (segment, kind, value) => {
    expect(readIdentifier(segment)).toMatchObject({ kind, value });
  });

  // SPEC's `file` is the designation of the filed item: a JCS paper's number (paper 1924, fourth
  // version) and a White House tape conversation (tape 475, conversation 14) are such designations.
  it.each(['JCS 1924/4', 'JCS 570', 'Conversation 475–14', 'Conversation No. 102-5'])('reads %s as a file, as written', (segment) => {
    expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
  });

  // The Combined Chiefs of Staff's papers are numbered as the JCS papers are, with a letter after
  // a second slash for a decision (`170/2/D`), and the code is often printed with points.
  it.each(['C.C.S. 170/2', 'CCS 170/2', 'C.C.S. 170/2/D', 'CCS 242/6', 'J.C.S. 1924/4'])('reads the paper %s as a file, as written', (segment) => {
    expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
  });

  // `CCS 380` may be a paper or the class of a military decimal file written without its date.
  it.each(['CCS 380', 'C.C.S. 380', 'C.C.S. Files', 'C.C.S. 170/2 Revised', 'C.C.S.170/2', 'U.S. 170/2'])('leaves %s to the path', (segment) => {
    expect(readIdentifier(segment)).toBeNull();
  });

  // A NARA entry number locates a series (SPEC has no field for it: it stays in the path), and
  // the policy papers NSSM, NSDD and NSC title folders and series rather than designate files.
  it.each(['Entry 5403', 'NSSM 39', 'NSDD 75', 'NSC 68', 'JCS Files', 'JCS 1924/4 Revised', 'Conversation with Dobrynin', 'Conversations 475–14'])('leaves %s to the path', (segment) => {
    expect(readIdentifier(segment)).toBeNull();
  });

  it.each(['Central Files', 'National Security Files', 'Lot Files', 'Countries Series', 'Policy and Planning Staff', 'Vol. 14', 'USSR'])(
    'leaves the name %s to the path',
    (segment) => {
      expect(readIdentifier(segment)).toBeNull();
    },
  );
});

describe('subject-numeric files', () => {
  it.each(['POL US–USSR', 'POL US  USSR', 'E UK', 'pol US', 'POL 27 VIET S.', 'POL 1/2', 'INCO-WHEAT 17 USSR-US', 'POL 15–1 US/Kennedy', 'POL 17 USSR/Dobrynin'])('reads %s as a file', (segment) => {
    expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
  });

  it.each(['AID (US) 15–8 INDIA', 'AID (US) 8–5 VIET S', 'DEF 18–3 SWITZ (GE)', 'POL 23–9 CONGO (L)'])('reads %s, with its qualifier in parentheses, as a file', (segment) => {
    expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
  });

  it('reads a file under the codes of economic integration and of fuels and energy', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, ECIN 3 EEC. Confidential. Drafted by Vine.');
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'ECIN 3 EEC' });
    expect(readIdentifier('FSE 12 JAPAN')).toEqual({ kind: 'file', value: 'FSE 12 JAPAN' });
  });

  it('reads a commodity file with no number (`INCO–COFFEE`) as a file, in a note too', () => {
    expect(readIdentifier('INCO–COFFEE')).toEqual({ kind: 'file', value: 'INCO–COFFEE' });
    expect(readIdentifier('INCO-RICE')).toEqual({ kind: 'file', value: 'INCO-RICE' });
    const record = parseSourceNote('Source: Department of State, Central Files, INCO–COFFEE. Limited Official Use.');
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'INCO–COFFEE' });
    const later = parseSourceNote('Source: Department of State, Central Files, 1964–66, INCO–RICE. Limited Official Use.');
    expect(later.primary?.file).toBe('INCO–RICE');
    expect(later.classification?.level).toBe('limited-official-use');
  });

  it('keeps a subject-numeric file with a qualifier in parentheses whole in a source note', () => {
    const aid = parseSourceNote('Source: Department of State, Central Files, AID (US) 15–8 INDIA. Limited Official Use; Immediate. Repeated to Karachi.');
    expect(aid.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'AID (US) 15–8 INDIA' });
    const geneva = parseSourceNote('Source: Department of State, Central Files, DEF 18–3 SWITZ (GE). Secret; Priority.');
    expect(geneva.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'DEF 18–3 SWITZ (GE)' });
    expect(geneva.classification?.level).toBe('secret');
    // The SALT volumes write the delegation's post glued to its country code.
    const glued = parseSourceNote('Source: Department of State, Central Files, DEF 18–3 SWITZ(GE). Secret; Priority.');
    expect(glued.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'DEF 18–3 SWITZ(GE)' });
  });

  it('reads a file ending in the country code DOM REP without its full stop and without a missing-period warning', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, POL 23–9 DOM REP. Secret; Flash. Received at 8:47 p.m.');
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file: 'POL 23–9 DOM REP' });
    expect(record.classification).toMatchObject({ level: 'secret', text: 'Secret' });
    expect(record.handling).toEqual(['Flash']);
    expect(record.diagnostics).toEqual([]);
    const last = parseSourceNote('Source: Department of State, Central Files, POL 23–9 DOM REP.');
    expect(last.primary?.file).toBe('POL 23–9 DOM REP');
  });

  it.each([
    ['POL 27 VIET S (Harvan)', 'a qualifier in small letters'],
    ['AID (ABCDEFG) 15', 'a qualifier of seven capitals'],
    ['DEF 18–3 (GE)X', 'a qualifier glued to a word after it'],
    ['POL 27 (US', 'an unclosed qualifier'],
    ['POL (US)x 27', 'a qualifier glued to the word after it'],
    ['POL US -USSR', 'a dash after spaces'],
    ['POL USSRABC', 'a code of seven capitals'],
    ['POL A/B', 'a slash without a number'],
    ['PS Vietnam', 'a word in lower case'],
    ['POL US/Kennedy', 'a name after a slash without a number'],
    ['POL 15–1 US/kennedy', 'a name after a slash in lower case'],
    ['POL 15–1 Kennedy', 'a name in small letters after no slash'],
    ['INCO-W 17', 'a second code of one capital'],
    ['INCO–C', 'a commodity code of one capital'],
    ['INCO–Coffee', 'a commodity code in small letters'],
    ['INCO–COFFEE–', 'a dash after the commodity code'],
  ])('does not read %s (%s)', (segment) => {
    expect(readIdentifier(segment)).toBeNull();
  });
});

describe('decimal files of a person (class 123)', () => {
  it.each([
    ['Source: Department of State, Central Files, 123–Bohlen, Charles E. Secret. Drafted by Bohlen.', '123–Bohlen, Charles E'],
    ['Source: Department of State, Central Files, 123–Dulles, John Foster. Confidential.', '123–Dulles, John Foster'],
    ['Source: Department of State, Central Files, 123–Bohlen. Secret.', '123–Bohlen'],
  ])('reads the file of %s with the given names, without a file date', (note, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection: 'Central Files', series: [], file, fileDate: null });
    expect(record.classification).not.toBeNull();
  });

  it('keeps a segment after another file, or a word after three digits and a blank, in the path', () => {
    expect(parseSourceNote('Source: Department of State, Central Files, 611.61/8–1661, Vienna Meeting. Secret.').primary).toMatchObject({ file: '611.61/8–1661', series: ['Vienna Meeting'] });
    expect(readIdentifier('092 Cuba')).toBeNull();
    expect(readIdentifier('123–bohlen')).toBeNull();
  });
});

describe('decimal file serials', () => {
  it('keeps the serial offset and reads an en dash in the date code', () => {
    expect(readDecimalFile('761.91/7–848')).toEqual({ head: '761.91', serial: '7–848', serialOffset: 7, date: '1948-07-08', malformedDate: null, letterO: null });
  });

  it('reports letters in a date code without reading it as a date', () => {
    expect(readDecimalFile('711.11-KE/7J461')).toMatchObject({ serial: '7J461', date: null, malformedDate: 'letters in the date code `7J461`' });
  });

  it('does not take a day past the month end for a date', () => {
    expect(decodeFileDate('2-3061')).toEqual({ date: null, malformed: 'no such day as 1961-02-30 in `2-3061`' });
  });
});

describe('military decimal files (Joint Chiefs of Staff, War Department)', () => {
  it.each(['CCS 092 (8–22–46) sec. 12', 'CCS 381 (1–24–42)', 'CCS 383.21 Korea (3–19–45)', 'ABC 381 Japan (8-27-45) Sec. 1-A', 'CCS 092 USSR (3–27–45) pt. 2', 'CCS 092 Asia (6–25–48) (2) Sec. 45', 'CCS 381 U.S. (1–31–50) Sec. 32', 'CCS 092 (8–22–46) (2) Sec. 20'])(
    'reads %s as one file, its date and section included',
    (segment) => {
      expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
    },
  );

  it.each([
    ['CCS Files', 'no class'],
    ['CCS 092', 'no date in parentheses'],
    ['XYZ 092 (8–22–46)', 'a code that is no series'],
    ['CCS 092 (8–22–46) and after', 'words after the date'],
    ['CCS 92 (8–22–46)', 'a class of two digits'],
    ['CCS 092 (8–22–46) (2a)', 'a continuation that is no number'],
  ])('does not read %s (%s)', (segment) => {
    expect(readIdentifier(segment)).toBeNull();
  });

  it('keeps a section written after a comma with its file', () => {
    expect(isMilitaryFileSection('CCS 092 (8–22–46)', 'sec. 12')).toBe(true);
    expect(isMilitaryFileSection('CCS 381 Japan (8–27–45)', 'Sec. 1-A')).toBe(true);
    expect(isMilitaryFileSection('711.00/123', 'sec. 2')).toBe(false);
    expect(isMilitaryFileSection('CCS 092 (8–22–46)', 'Korea')).toBe(false);
    const record = parseSourceNote('Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, CCS 092 (8–22–46), sec. 12. Top Secret.');
    expect(record.primary).toMatchObject({ collection: 'Records of the Joint Chiefs of Staff', series: [], file: 'CCS 092 (8–22–46), sec. 12' });
  });

  it('reads a military decimal file written without its series code, its date in parentheses naming it', () => {
    for (const segment of ['381 Formosa (11–8–48) Sec. 24', '092 Asia (6–25–48) (2)', '381 (1–24–42)']) expect(readIdentifier(segment)).toEqual({ kind: 'file', value: segment });
    // No date in parentheses, or words after it: no such file.
    for (const segment of ['381 Formosa Sec. 24', '381 Formosa (11–8–48) and after', '381 (see below)']) expect(readIdentifier(segment)).toBeNull();
    const record = parseSourceNote('Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, 381 Formosa (11–8–48) Sec. 24. Top Secret.');
    expect(record.primary).toMatchObject({ collection: 'Records of the Joint Chiefs of Staff', series: [], file: '381 Formosa (11–8–48) Sec. 24', fileDate: null });
    expect(parseSourceNote('Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, 381 Formosa (11–8–48), Sec. 24.').primary).toMatchObject({ series: [], file: '381 Formosa (11–8–48), Sec. 24' });
    // Alone, it is no State file: the note locates nothing it can name.
    expect(parseSourceNote('381 Formosa (11–8–48) Sec. 24.').primary).toBeNull();
  });

  it('reads the file of a JCS note instead of a series, without a fileDate', () => {
    const record = parseSourceNote('Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, CCS 092 (8–22–46) sec. 12. Top Secret.');
    expect(record.primary).toMatchObject({
      repositoryId: 'nara',
      recordGroup: 'RG 218',
      collection: 'Records of the Joint Chiefs of Staff',
      series: [],
      file: 'CCS 092 (8–22–46) sec. 12',
      // The date in parentheses is when the file was opened, not when this document was filed
      // (SPEC's fileDate decodes a State decimal file's `/M–DDYY`): sec. 12 may be years later.
      fileDate: null,
    });
    expect(record.classification?.level).toBe('top-secret');
    expect(record.remarks).toEqual([]);
  });
});

describe('files after a cross-filing marker (FW, "filed with")', () => {
  it('reads FW 611.61/1–2561 as the file, with the parts of the file it is filed with', () => {
    expect(readIdentifier('FW 611.61/1–2561')).toEqual({
      kind: 'file',
      value: 'FW 611.61/1–2561',
      decimal: { head: '611.61', serial: '1–2561', serialOffset: 10, date: '1961-01-25', malformedDate: null, letterO: null },
    });
  });

  it.each(['FW Files', 'FW', 'FW 1961', 'FWD 611.61/1–2561'])('does not read %s', (segment) => {
    expect(readIdentifier(segment)).toBeNull();
  });

  // Choice: SPEC has `file` "as written", so the marker stays in it: the document is found in
  // the folder of 611.61/1–2561, and citing it without FW would name another document. The
  // date code is that file's, decoded as usual.
  it('keeps FW in the file of a note and decodes the date code after it', () => {
    const record = parseSourceNote('Source: Department of State, Central Files, FW 611.61/1–2561. Secret.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', series: [], file: 'FW 611.61/1–2561', fileDate: '1961-01-25' });
    expect(record.remarks).toEqual([]);
  });

  it('reads a bare FW file number as the Central Files (SPEC "Bare file numbers")', () => {
    const record = parseSourceNote('FW 711.00/123: Telegram');
    expect(record.primary).toMatchObject({ repository: null, repositoryId: 'us-department-of-state', collection: 'Central Files', file: 'FW 711.00/123', fileDate: null });
    expect(record.form).toBe('Telegram');
    expect(record.diagnostics).toEqual([]);
  });

  it('points a malformed date code after FW at the serial', () => {
    const note = 'Source: Department of State, Central Files, FW 611.61/2–3061. Secret.';
    const record = parseSourceNote(note);
    const found = record.diagnostics.find((diagnostic) => diagnostic.ruleId === 'malformed-file-date');
    expect(found && note.slice(...found.range)).toBe('2–3061');
  });
});

describe('ranges of serials', () => {
  it.each([
    ['893.00/4567–4569', '4567–4569'],
    ['812.00/10436-37', '10436-37'],
  ])('reads %s as a file of serials %s, without a date', (file, serial) => {
    expect(readDecimalFile(file)).toMatchObject({ serial, date: null, malformedDate: null });
  });

  it.each([
    ['845.00/12–22', 'a month first: a date code cut short'],
    ['501.BC/1–16', 'a month first: a date code cut short'],
    ['751K.00/612–2960', 'more digits after the dash than before it'],
    ['812.00/4569–4567', 'a range that runs backwards'],
  ])('does not read %s as a range (%s)', (file) => {
    expect(readDecimalFile(file)).toBeNull();
  });

  it('reads a bare range as the Central Files', () => {
    const record = parseSourceNote('File No. 893.00/4567–4569.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '893.00/4567–4569', fileDate: null });
    expect(record.remarks).toEqual([]);
  });
});
