import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocumentList } from '../../src/document/document-list.js';
import { FrusDocumentSchema, FRUS_SERIES_TITLE, type FrusVolume } from '../../src/document/model.js';
import { VOLUME_VI } from '../format/fixtures.js';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('kennedy-khrushchev-exchanges.txt');
const withFrontMatter = fixture('documents/kennedy-khrushchev-front-matter.txt');

/** frus1961-63v06 as the front-matter fixture describes it (CITATION-FORMATS.md §0, the TEI header). */
const v06: FrusVolume = VOLUME_VI;

describe('readDocumentList: the seed list (no front matter)', () => {
  const { volume, documents, errors } = readDocumentList(seed);

  it('reads 29 documents, 1–30 without 20, and no errors', () => {
    expect(documents).toHaveLength(29);
    const numbers = documents.map((d) => d.number);
    expect(numbers).not.toContain('20');
    expect(numbers).toEqual([...Array.from({ length: 19 }, (_, i) => String(i + 1)), ...Array.from({ length: 10 }, (_, i) => String(i + 21))]);
    expect(errors).toEqual([]);
  });

  it('takes the volume title from the first line and knows nothing else', () => {
    expect(volume).toEqual({
      id: null,
      seriesTitle: FRUS_SERIES_TITLE,
      subseries: null,
      volumeNumber: null,
      part: null,
      title: 'Kennedy-Khrushchev Exchanges',
      editors: [],
      generalEditor: null,
      publisher: null,
      place: null,
      year: null,
    });
  });

  it('reads d4: heading, sender, recipient, genre, source note; no url without a volume id', () => {
    const d4 = documents.find((d) => d.number === '4')!;
    expect(d4.heading).toBe('Telegram From the Department of State to the Embassy in the Soviet Union');
    expect(d4.sender).toBe('Department of State');
    expect(d4.recipient).toBe('Embassy in the Soviet Union');
    expect(d4.genre).toBe('telegram');
    expect(d4.url).toBeNull();
    expect(d4.date).toBeNull();
    expect(d4.dateline).toBeNull();
    expect(d4.place).toBeNull();
    expect(d4.sourceNote?.startsWith('Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.')).toBe(true);
    expect(d4.sourceNote?.endsWith('American Foreign Policy: Current Documents, 1961, p. 560.')).toBe(true);
    expect(d4.provenance?.primary?.file).toBe('711.11-KE/1-2161');
    expect(d4.provenance?.context).toEqual({
      doc: 'd4',
      head: 'Telegram From the Department of State to the Embassy in the Soviet Union',
    });
  });

  it('reads other headings of the list', () => {
    const d1 = documents[0]!;
    expect([d1.genre, d1.sender, d1.recipient]).toEqual(['message', 'Chairman Khrushchev', 'President-elect Kennedy']);
    const d21 = documents.find((d) => d.number === '21')!;
    expect([d21.genre, d21.sender, d21.recipient]).toEqual(['letter', 'Chairman Khrushchev', 'President Kennedy']);
    const d15 = documents.find((d) => d.number === '15')!;
    expect(d15.recipient).toBe('Secretary of State Rusk at Geneva');
  });

  it('produces records that satisfy the document schema', () => {
    for (const document of documents) expect(() => FrusDocumentSchema.parse(document)).not.toThrow();
  });

  it('gives d4 its history.state.gov url when the caller names the volume', () => {
    const { documents: docs, volume: v } = readDocumentList(seed, { volume: { id: 'frus1961-63v06' } });
    expect(v.id).toBe('frus1961-63v06');
    expect(v.title).toBe('Kennedy-Khrushchev Exchanges');
    const d4 = docs.find((d) => d.number === '4')!;
    expect(d4.url).toBe('https://history.state.gov/historicaldocuments/frus1961-63v06/d4');
    expect(d4.provenance?.context).toEqual({
      volume: 'frus1961-63v06',
      doc: 'd4',
      head: 'Telegram From the Department of State to the Embassy in the Soviet Union',
    });
  });
});

describe('readDocumentList: front matter', () => {
  it('reads the volume from the front matter of the fixture', () => {
    const { volume, documents, errors } = readDocumentList(withFrontMatter);
    expect(errors).toEqual([]);
    expect(volume).toEqual(v06);
    expect(documents.map((d) => d.number)).toEqual(['1', '2', '3']);
    expect(documents[2]!.url).toBe('https://history.state.gov/historicaldocuments/frus1961-63v06/d3');
    expect(documents[2]!.heading).toBe('Message From Chairmen Khrushchev and Brezhnev to President Kennedy');
    expect(documents[2]!.volume).toEqual(v06);
  });

  it('lets caller values win over the front matter, field by field (an explicit null too)', () => {
    const { volume, documents } = readDocumentList(withFrontMatter, {
      volume: { id: 'frus1961-63v06-test', title: 'Caller Title', editors: ['A. Editor', 'B. Editor'], year: null },
    });
    expect(volume).toEqual({ ...v06, id: 'frus1961-63v06-test', title: 'Caller Title', editors: ['A. Editor', 'B. Editor'], year: null });
    expect(documents[0]!.url).toBe('https://history.state.gov/historicaldocuments/frus1961-63v06-test/d1');
  });

  it('prefers a front-matter title to the title line, and the title line to nothing', () => {
    const list = ['---', 'title: From the Front Matter', '---', 'The Title Line', '', '1. Editorial Note', ''].join('\n');
    expect(readDocumentList(list).volume.title).toBe('From the Front Matter');
    expect(readDocumentList(list.replace('title: From the Front Matter', 'year: 1996')).volume.title).toBe('The Title Line');
    expect(readDocumentList(list, { volume: { title: 'Caller' } }).volume.title).toBe('Caller');
  });

  it('reads roman volume numbers, parts, and editor lists split by commas or semicolons', () => {
    const list = [
      '---',
      'volumeNumber: Volume XXIII',
      'part: 2',
      'editors: David S. Patterson, Jr., Harriet D. Schwar',
      'generalEditor: "Edward C. Keefer"',
      '---',
      '',
      '1. Editorial Note',
    ].join('\n');
    const { volume, errors } = readDocumentList(list);
    expect(errors).toEqual([]);
    expect(volume.volumeNumber).toBe('23');
    expect(volume.part).toBe('2');
    expect(volume.editors).toEqual(['David S. Patterson, Jr.', 'Harriet D. Schwar']);
    expect(volume.generalEditor).toBe('Edward C. Keefer');
    expect(readDocumentList('---\neditors: Smith, John; Doe, Jane\n---\n').volume.editors).toEqual(['Smith, John', 'Doe, Jane']);
  });

  it('reports malformed front-matter lines with their line numbers, keeps the good ones, and does not throw', () => {
    const list = [
      '---', //                                  1
      'id: frus1961-63v06', //                   2
      'this line has no key', //                 3
      'volume: VI', //                           4 unknown key
      'year: nineteen ninety-six', //            5
      'id: frus1961-63v05', //                   6 repeated
      'title:', //                               7 empty
      'volumeNumber: 6', //                      8
      '---', //                                  9
      'Kennedy-Khrushchev Exchanges', //        10
      '', //                                    11
      '4. Telegram From the Department of State to the Embassy in the Soviet Union', // 12
      '', //                                    13
      'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.', // 14
    ].join('\n');
    const result = readDocumentList(list);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.errors[1]!.message).toContain('volume');
    expect(result.errors[2]!.message).toContain('year');
    expect(result.volume.id).toBe('frus1961-63v06');
    expect(result.volume.volumeNumber).toBe('6');
    expect(result.volume.year).toBeNull();
    expect(result.volume.title).toBe('Kennedy-Khrushchev Exchanges');
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.url).toBe('https://history.state.gov/historicaldocuments/frus1961-63v06/d4');
  });

  it('reports a front-matter block that is never closed at its first line and ignores it', () => {
    const list = ['---', 'id: frus1961-63v06', 'title: Never Closed', '', '1. Editorial Note', ''].join('\n');
    const result = readDocumentList(list);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.line).toBe(1);
    expect(result.volume.id).toBeNull();
    expect(result.volume.title).toBeNull();
    expect(result.documents.map((d) => d.heading)).toEqual(['Editorial Note']);
  });

  it('keeps line numbers of the input with front matter, CRLF line ends and a byte-order mark', () => {
    const list = '\uFEFF---\r\nid: frus1961-63v06\r\n---\r\nTitle\r\n\r\n5. Telegram From President Kennedy to Chairman Khrushchev\r\n\r\n6. Letter From Chairman Khrushchev to President Kennedy\r\n\r\nSource: Department of State, Presidential Correspondence: Lot 66 D 204.\r\n';
    const result = readDocumentList(list);
    expect(result.volume.title).toBe('Title');
    expect(result.errors).toEqual([{ line: 6, message: 'document 5 has no `Source:` paragraph' }]);
    expect(result.documents.map((d) => d.sourceNote)).toEqual([null, 'Source: Department of State, Presidential Correspondence: Lot 66 D 204.']);
    expect(result.documents[0]!.provenance).toBeNull();
  });
});

describe('readDocumentList: entries', () => {
  it('does not require a source note of an editorial note, and reports a repeated number', () => {
    const list = ['Title', '', '1. Editorial Note', '', '1. Letter From President Kennedy to Chairman Khrushchev', '', 'Source: Department of State, Presidential Correspondence: Lot 66 D 204.'].join('\n');
    const result = readDocumentList(list);
    expect(result.errors).toEqual([{ line: 5, message: 'document 1 is already on line 3' }]);
    expect(result.documents).toHaveLength(2);
    expect(result.documents[0]!.genre).toBe('editorial note');
  });

  it('reads empty text as no documents', () => {
    expect(readDocumentList('')).toEqual({ volume: expect.objectContaining({ title: null, id: null }), documents: [], errors: [] });
  });
});
