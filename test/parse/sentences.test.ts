import { describe, expect, it } from 'vitest';
import { splitUnits, stripFinalStop, unitContent } from '../../src/parse/sentences.js';

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

  it('ends a sentence after a roman numeral of one letter that numbers a part (`Part III of V.`, `Part V.`)', () => {
    expect(units('The memorandum is marked Part III of V. The meeting was held in the Secretary’s office.')).toEqual([
      'The memorandum is marked Part III of V.',
      'The meeting was held in the Secretary’s office.',
    ]);
    expect(units('Memorandum by Edward L. Freers, Part V. Drafted by Smith.')).toEqual(['Memorandum by Edward L. Freers, Part V.', 'Drafted by Smith.']);
    expect(units('See Tab X. The memorandum is unsigned.')).toEqual(['See Tab X.', 'The memorandum is unsigned.']);
    expect(units('It is mentioned in volume V. At noon Rusk briefed Alphand.')).toEqual(['It is mentioned in volume V.', 'At noon Rusk briefed Alphand.']);
    // The same letters after a given name, or after a word that numbers nothing, are initials.
    expect(units('Drafted by John V. Smith. Secret.')).toEqual(['Drafted by John V. Smith.', 'Secret.']);
    expect(units('Cleared by William I. Jones and approved by Rusk.')).toEqual(['Cleared by William I. Jones and approved by Rusk.']);
    expect(units('The papers of Richard X. Nixon.')).toEqual(['The papers of Richard X. Nixon.']);
  });

  it('ends a sentence after an office of one letter that follows "in" or "at", when a sentence follows', () => {
    expect(units('Drafted by Kohler and approved in S. Repeated to Moscow.')).toEqual(['Drafted by Kohler and approved in S.', 'Repeated to Moscow.']);
    expect(units('Drafted at S. Also sent to London.')).toEqual(['Drafted at S.', 'Also sent to London.']);
    // After "by" a capital is an initial; after "in", a name's capitalised words follow one another.
    expect(units('Approved by U. Alexis Johnson. Secret.')).toEqual(['Approved by U. Alexis Johnson.', 'Secret.']);
    expect(units('The meeting was held in J. Edgar Hoover’s office.')).toEqual(['The meeting was held in J. Edgar Hoover’s office.']);
  });

  it('ends a sentence after a subject-numeric file ending in a letter', () => {
    expect(units('Central Files 1967-69, ORG 7 S. Secret. Drafted by Asencio.')).toEqual([
      'Central Files 1967-69, ORG 7 S.',
      'Secret.',
      'Drafted by Asencio.',
    ]);
  });

  it('ends a sentence after a file whose country code is an abbreviation in capitals (DOM REP)', () => {
    expect(units('Central Files, POL 23–9 DOM REP. Secret; Flash. Received at 8:47 p.m.')).toEqual([
      'Central Files, POL 23–9 DOM REP.',
      'Secret; Flash.',
      'Received at 8:47 p.m.',
    ]);
    expect(units('Central Files, POL 23–9 DOM REP. Drafted by Vaky.')).toEqual(['Central Files, POL 23–9 DOM REP.', 'Drafted by Vaky.']);
    // In small letters, or after a word that is no code, the abbreviation keeps its stop.
    expect(units('Letter to the Rep. Secretary Rusk replied.')).toEqual(['Letter to the Rep. Secretary Rusk replied.']);
    expect(units('Central Files, POL 23–9 DOM REP. SEN. FULBRIGHT SAW IT.')).toEqual(['Central Files, POL 23–9 DOM REP. SEN. FULBRIGHT SAW IT.']);
  });

  it('does not end a sentence at a month abbreviated after the dash of a range', () => {
    expect(units('Westmoreland Papers, History File, Nov. 1–Dec. 17, 1966. Secret.')).toEqual(['Westmoreland Papers, History File, Nov. 1–Dec. 17, 1966.', 'Secret.']);
    expect(units('DDE Diaries, Aug. 1–Sept. 30, 1958. Secret.')).toEqual(['DDE Diaries, Aug. 1–Sept. 30, 1958.', 'Secret.']);
    // A word after a dash that is no abbreviation still ends the sentence.
    expect(units('Drafted by Smith-Jones. Approved by Rusk.')).toEqual(['Drafted by Smith-Jones.', 'Approved by Rusk.']);
  });

  it('splits where the space after a full stop is missing', () => {
    const split = splitUnits({ text: 'No classification marking.Kennedy’s response', start: 0, end: 44 });
    expect(split.map((u) => u.text)).toEqual(['No classification marking.', 'Kennedy’s response']);
    expect(split[1]?.missingSpace).toBe(true);
  });

  it('splits where the space is missing after a capitalised word, but not after an abbreviation', () => {
    expect(units('Secret.Drafted by Boster.')).toEqual(['Secret.', 'Drafted by Boster.']);
    expect(units('NSC Records.Top Secret.')).toEqual(['NSC Records.', 'Top Secret.']);
    expect(units('Drafted by Mr.Smith.')).toEqual(['Drafted by Mr.Smith.']);
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

  it('keeps a quotation in straight quotes whole, as one in curly quotes (notes typed with ASCII quotes)', () => {
    expect(units('Secret. The President wrote on the memorandum: "Approved. Go ahead." Drafted by Rostow.')).toEqual([
      'Secret.',
      'The President wrote on the memorandum: "Approved. Go ahead."',
      'Drafted by Rostow.',
    ]);
    expect(units('Secret. The President wrote on the memorandum: "OK. L."')).toEqual(['Secret.', 'The President wrote on the memorandum: "OK. L."']);
    expect(units('Secret. A handwritten notation on the memorandum reads: "Pres. has seen. M.B."')).toEqual([
      'Secret.',
      'A handwritten notation on the memorandum reads: "Pres. has seen. M.B."',
    ]);
    // A lone straight quote opens nothing; one inside a curly quotation closes nothing.
    expect(units('Secret. A 12" gun. Drafted by X.')).toEqual(['Secret.', 'A 12" gun.', 'Drafted by X.']);
    expect(units('Secret. Sent "now. Drafted by X.')).toEqual(['Secret.', 'Sent "now.', 'Drafted by X.']);
    expect(units('He said “it is f"or us. Go.” Then.')).toEqual(['He said “it is f"or us. Go.”', 'Then.']);
  });

  it('survives unbalanced brackets and quotes', () => {
    expect(units('Secret. (Unclosed. “Open quote. Drafted by X.')).toHaveLength(2);
  });

  it('ends a sentence after a one-letter code of a dashed or numbered file, and after initials before a classification', () => {
    expect(units('Central Files, POL-USSR S. Secret.')).toEqual(['Central Files, POL-USSR S.', 'Secret.']);
    expect(units('Central Files, POL–US S. Secret.')).toEqual(['Central Files, POL–US S.', 'Secret.']);
    expect(units('Files, 12 B. Confidential.')).toEqual(['Files, 12 B.', 'Confidential.']);
    // A capital after initials is a name, unless it opens a classification.
    expect(units('Drafted by J. Smith. Secret.')).toEqual(['Drafted by J. Smith.', 'Secret.']);
    expect(units('Papers of John F. Top Secret.')).toEqual(['Papers of John F.', 'Top Secret.']);
    expect(units('Papers of PO-USSR-X B. Smith.')).toEqual(['Papers of PO-USSR-X B. Smith.']);
  });

  it('keeps a middle initial of a name in telegram capitals inside the sentence, but ends offices and code letters', () => {
    expect(units('Secret. DRAFTED IN S/S BY GRANT G. HILLIKER. APPROVED BY SMITH. SECRET.')).toEqual([
      'Secret.',
      'DRAFTED IN S/S BY GRANT G. HILLIKER.',
      'APPROVED BY SMITH.',
      'SECRET.',
    ]);
    expect(units('DRAFTED BY JOHN F. KENNEDY ON JUNE 29. SECRET.')).toEqual(['DRAFTED BY JOHN F. KENNEDY ON JUNE 29.', 'SECRET.']);
    // An initial before a classification still ends the sentence.
    expect(units('DRAFTED BY GRANT G. SECRET.')).toEqual(['DRAFTED BY GRANT G.', 'SECRET.']);
    // A one-letter office after a small word, and the letter of a file code after a number, end it.
    expect(units('APPROVED IN S. REPEATED TO MOSCOW.')).toEqual(['APPROVED IN S.', 'REPEATED TO MOSCOW.']);
    expect(units('CLEARED BY EUR AND S. REPEATED TO PARIS.')).toEqual(['CLEARED BY EUR AND S.', 'REPEATED TO PARIS.']);
    // A word that opens a sentence after the letter is no surname: the office's letter ends it.
    expect(units('APPROVED BY EUR S. REPEATED TO MOSCOW.')).toEqual(['APPROVED BY EUR S.', 'REPEATED TO MOSCOW.']);
    expect(units('CLEARED BY EUR S. DRAFTED BY SMITH.')).toEqual(['CLEARED BY EUR S.', 'DRAFTED BY SMITH.']);
    expect(units('Central Files, POL 27 VIET S. DRAFTED BY SMITH.')).toEqual(['Central Files, POL 27 VIET S.', 'DRAFTED BY SMITH.']);
    expect(units('Central Files, ORG 7 S. DRAFTED BY SMITH.')).toEqual(['Central Files, ORG 7 S.', 'DRAFTED BY SMITH.']);
    // A letter or numeral after a label, and a letter before a small word, end it too.
    expect(units('ATTACHED AT TAB A. DRAFTED BY SMITH.')).toEqual(['ATTACHED AT TAB A.', 'DRAFTED BY SMITH.']);
    expect(units('SCHEDULED FOR PUBLICATION IN VOLUME V. RUSK BRIEFED ALPHAND.')).toEqual(['SCHEDULED FOR PUBLICATION IN VOLUME V.', 'RUSK BRIEFED ALPHAND.']);
    expect(units('MENTIONED BY KOHLER K. AT NOON RUSK SPOKE.')).toEqual(['MENTIONED BY KOHLER K.', 'AT NOON RUSK SPOKE.']);
    // A capitalised word after the letter opens a sentence (`Drafted`), as before.
    expect(units('Papers of GRANT G. Drafted by Smith.')).toEqual(['Papers of GRANT G.', 'Drafted by Smith.']);
  });

  it('ends a sentence after a name’s suffix that follows a comma, when a capitalised word follows', () => {
    expect(units('Drafted by Jack F. Matlock, Jr. Sent for action.')).toEqual(['Drafted by Jack F. Matlock, Jr.', 'Sent for action.']);
    expect(units('Prepared by John Doe, Sr. The meeting was held in Geneva.')).toEqual(['Prepared by John Doe, Sr.', 'The meeting was held in Geneva.']);
    // Before an office, a comma, a small word or an initial the suffix ends nothing.
    expect(units('Drafted by Harry G. Barnes, Jr. (EUR/EE); cleared by Vest.')).toEqual(['Drafted by Harry G. Barnes, Jr. (EUR/EE); cleared by Vest.']);
    expect(units('Drafted by Robinson, Jr., and Matlock, Jr. and approved by Poindexter.')).toEqual(['Drafted by Robinson, Jr., and Matlock, Jr. and approved by Poindexter.']);
    expect(units('Drafted by Doe, Jr. A. Smith cleared.')).toEqual(['Drafted by Doe, Jr. A. Smith cleared.']);
  });

  it('does not end a sentence at the label of a numbered unit of a Russian archive', () => {
    expect(units('AVP RF, f. 0129, op. 61, p. 399, d. 5, l. 1–10. Secret.')).toEqual(['AVP RF, f. 0129, op. 61, p. 399, d. 5, l. 1–10.', 'Secret.']);
    expect(units('RGANI, f. 89, op. 1, d. 2, ll. 3–4. Translated from Russian.')).toEqual(['RGANI, f. 89, op. 1, d. 2, ll. 3–4.', 'Translated from Russian.']);
    // Before a word the letter's stop still ends the sentence.
    expect(units('Lot 66 D 204, Folder d. Secret.')).toEqual(['Lot 66 D 204, Folder d.', 'Secret.']);
  });

  it('does not end a sentence at the abbreviation of an archival part', () => {
    expect(units('Records of the Policy Planning Staff, pt. 2. Secret.')).toEqual(['Records of the Policy Planning Staff, pt. 2.', 'Secret.']);
    expect(units('Records of the JCS, Pt. 2, ser. 3. Secret.')).toEqual(['Records of the JCS, Pt. 2, ser. 3.', 'Secret.']);
    expect(units('Enclosure to despatch 12, encl. 1. Secret.')).toEqual(['Enclosure to despatch 12, encl. 1.', 'Secret.']);
    expect(units('Memorandum to Rusk, att. A. Secret.')).toEqual(['Memorandum to Rusk, att. A.', 'Secret.']);
    expect(units('NSC Files, sect. 4, para. 6, fol. 12. Secret.')).toEqual(['NSC Files, sect. 4, para. 6, fol. 12.', 'Secret.']);
  });

  it('does not end a sentence at an abbreviated month', () => {
    expect(units('Drafted by Davies on Feb. 21; cleared by Kohler. Secret.')).toEqual(['Drafted by Davies on Feb. 21; cleared by Kohler.', 'Secret.']);
    expect(units('A memorandum of Sept. 3 by Bruce. Telegram of Nov. 13.')).toEqual(['A memorandum of Sept. 3 by Bruce.', 'Telegram of Nov. 13.']);
  });

  it('ends a sentence after a time of day unless a date or zone follows', () => {
    expect(units('Received at 2:22 p.m. Repeated to Paris.')).toEqual(['Received at 2:22 p.m.', 'Repeated to Paris.']);
    expect(units('Sent at 6:45 P.M. April 18. Secret.')).toEqual(['Sent at 6:45 P.M. April 18.', 'Secret.']);
    expect(units('Signed by Mr. Rusk. Vol. 2 of the Papers.')).toEqual(['Signed by Mr. Rusk.', 'Vol. 2 of the Papers.']);
  });

  it('ends a parenthetical unit only where a sentence, a quote or a parenthesis follows', () => {
    expect(units('Secret. (Copy in X) “Quoted.” (Another) (Third) Then.')).toEqual([
      'Secret.',
      '(Copy in X)',
      '“Quoted.”',
      '(Another)',
      '(Third)',
      'Then.',
    ]);
    expect(units('Secret. (Copy in X) and more.')).toEqual(['Secret.', '(Copy in X) and more.']);
    expect(units('Secret. (Copy in X)  ')).toEqual(['Secret.', '(Copy in X)']);
  });
});

describe('splitUnits after an abbreviation that ends a sentence', () => {
  it.each([
    ['The meeting took place at the U.S. Mission to the U.N. Secret; Priority.', ['The meeting took place at the U.S. Mission to the U.N.', 'Secret; Priority.']],
    ['It was sent to the U.N. No classification marking.', ['It was sent to the U.N.', 'No classification marking.']],
    ['The talks were held in the U.S. Also printed in Department of State Bulletin, May 8, 1961, p. 662.', ['The talks were held in the U.S.', 'Also printed in Department of State Bulletin, May 8, 1961, p. 662.']],
    ['The letter went to the U.K. Drafted by Smith.', ['The letter went to the U.K.', 'Drafted by Smith.']],
    ['Handed to the Soviet delegation at the U.N. Another copy is in the Kennedy Library.', ['Handed to the Soviet delegation at the U.N.', 'Another copy is in the Kennedy Library.']],
  ])('splits %s', (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it.each([
    'He met the head of the U.S. Secret Service.',
    'Delivered by the U.S. Ambassador to the Foreign Ministry.',
    'Printed in House Ex. Doc. No. 1, 43d Cong.',
  ])('keeps %s whole', (text) => {
    expect(units(text)).toEqual([text]);
  });

  it('keeps the stop of the abbreviation in the content', () => {
    const [first] = splitUnits({ text: 'Held at the U.N. Secret.', start: 0, end: 24 });
    expect(unitContent(first!).text).toBe('Held at the U.N.');
  });
});

describe('stripFinalStop', () => {
  const strip = (text: string) => {
    const span = stripFinalStop({ text, start: 10, end: 10 + text.length });
    return [span.text, span.start, span.end];
  };

  it('drops the final stop and blanks, keeping offsets', () => {
    expect(strip(' Secret. ')).toEqual(['Secret', 11, 17]);
    expect(strip('Secret . .')).toEqual(['Secret', 10, 16]);
    expect(strip('Secret')).toEqual(['Secret', 10, 16]);
  });

  it('keeps the stop of an abbreviation or initials, in either case', () => {
    expect(strip('Dulles, J.F.')).toEqual(['Dulles, J.F.', 10, 22]);
    expect(strip('Department of State, U.S.')).toEqual(['Department of State, U.S.', 10, 35]);
    expect(strip('Smith JR.')).toEqual(['Smith JR.', 10, 19]);
    expect(strip('Pp.')).toEqual(['Pp.', 10, 13]);
    // Not an abbreviation: a longer word, or one with a NUL or a letter outside ASCII.
    expect(strip('Volume.')).toEqual(['Volume', 10, 16]);
    expect(strip('\u0000vol.')).toEqual(['\u0000vol', 10, 14]);
    expect(strip('völ.')).toEqual(['völ', 10, 13]);
  });
});


describe('unitContent', () => {
  const contents = (text: string, start = 0) => splitUnits({ text, start, end: start + text.length }).map((unit) => unitContent(unit).text);

  it('drops the stop that ends each sentence', () => {
    expect(contents('Department of State, Central Files, 611.61/1-2561. Secret; Priority.')).toEqual([
      'Department of State, Central Files, 611.61/1-2561',
      'Secret; Priority',
    ]);
    // A stop before a stop ends no sentence; the unit's content drops both.
    expect(contents('Drafted by Smith. . Secret . .')).toEqual(['Drafted by Smith', 'Secret']);
  });

  it('keeps the stop of initials or an abbreviation that ends a sentence', () => {
    // The splitter ends these sentences; the stop still belongs to the time, the initials, the abbreviation.
    expect(contents('Received at 2:22 p.m. Repeated to Paris.')).toEqual(['Received at 2:22 p.m.', 'Repeated to Paris']);
    expect(contents('Papers of John F.R. Top Secret.')).toEqual(['Papers of John F.R.', 'Top Secret']);
    expect(contents('Files of the U.S.')).toEqual(['Files of the U.S.']);
    expect(contents('Central Files, POL-USSR S. Secret.')).toEqual(['Central Files, POL-USSR S', 'Secret']);
  });

  it('reads the word before the stop inside its own unit only', () => {
    // `marking.No.` splits with no space: the second unit's word is `No`, an abbreviation, not `marking.No`.
    expect(contents('No classification marking.No.')).toEqual(['No classification marking', 'No.']);
    expect(contents('No classification marking.No. Secret.')).toEqual(['No classification marking', 'No.', 'Secret']);
    expect(contents('(Copy in X)Vol.')).toEqual(['(Copy in X)', 'Vol.']);
  });

  it('keeps offsets into the note, wherever the body starts', () => {
    const [first, second] = splitUnits({ text: 'Lot 66 D 110. Secret.', start: 8, end: 29 }).map(unitContent);
    expect(first).toMatchObject({ text: 'Lot 66 D 110', start: 8, end: 20 });
    expect(second).toMatchObject({ text: 'Secret', start: 22, end: 28 });
  });

  it('leaves a unit that ends in a quotation or parenthesis as it is', () => {
    expect(contents('Secret. (Copy in X.) “Quoted.” Then.')).toEqual(['Secret', '(Copy in X.)', '“Quoted.”', 'Then']);
  });
});
