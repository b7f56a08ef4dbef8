/**
 * The expected strings for FRUS 1961–1963, vol. VI, doc. 4 written down in the research note
 * (CITATION-FORMATS.md, "Recommended design", item 10) — the first golden tests of issue 3.
 */
import { describe, expect, it } from 'vitest';
import { chicagoBibliography, chicagoNote, chicagoShortNote } from '../../src/format/chicago.js';
import { toCsl, toCslPublished } from '../../src/format/csl.js';
import { doc4 } from './fixtures.js';

const URL = 'https://history.state.gov/historicaldocuments/frus1961-63v06/d4';

describe('Chicago, FRUS 1961–1963 vol. VI doc. 4 (research note expectations)', () => {
  it('full note, 17th edition', () => {
    expect(chicagoNote(doc4, { edition: 17 })).toBe(
      `Department of State to Embassy in the Soviet Union, telegram, Washington, January 21, 1961, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Washington, DC: Government Printing Office, 1996), doc. 4, ${URL}.`,
    );
  });

  it('full note, 18th edition (the default) omits the place of publication', () => {
    expect(chicagoNote(doc4)).toBe(
      `Department of State to Embassy in the Soviet Union, telegram, Washington, January 21, 1961, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 4, ${URL}.`,
    );
  });

  it('short note', () => {
    expect(chicagoShortNote(doc4)).toBe('Department of State to Embassy in the Soviet Union, January 21, 1961, doc. 4.');
  });

  it('bibliography entry, 17th edition', () => {
    expect(chicagoBibliography(doc4, { edition: 17 })).toBe(
      `Department of State. Telegram to Embassy in the Soviet Union, January 21, 1961. In Foreign Relations of the United States, 1961–1963. Vol. 6, Kennedy-Khrushchev Exchanges, edited by Charles S. Sampson, doc. 4. Washington, DC: Government Printing Office, 1996. ${URL}.`,
    );
  });

  it('archival note for the original at the National Archives', () => {
    expect(chicagoNote(doc4, { form: 'archival' })).toBe(
      'Department of State to Embassy in the Soviet Union, telegram, January 21, 1961, 711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.',
    );
  });

  it('archival note for the copy at the Kennedy Library', () => {
    expect(chicagoNote(doc4, { form: 'archival', copy: 1 })).toBe(
      'Department of State to Embassy in the Soviet Union, telegram, January 21, 1961, National Security Files, Countries Series, USSR, Khrushchev Correspondence, John F. Kennedy Presidential Library, Boston.',
    );
  });

  it('archival short note and collection-level bibliography entries (CMOS 14.128, NARA)', () => {
    expect(chicagoShortNote(doc4, { form: 'archival' })).toBe('Department of State to Embassy in the Soviet Union, January 21, 1961, 711.11-KE/1-2161.');
    expect(chicagoBibliography(doc4, { form: 'archival' })).toBe('General Records of the Department of State, Record Group 59. National Archives, College Park, MD.');
    expect(chicagoBibliography(doc4, { form: 'archival', copy: 1 })).toBe('National Security Files. John F. Kennedy Presidential Library, Boston.');
  });

  it('italicises the series and the volume title in HTML and Markdown', () => {
    expect(chicagoNote(doc4, { format: 'html' })).toContain(
      'in <i>Foreign Relations of the United States, 1961–1963</i>, vol. 6, <i>Kennedy-Khrushchev Exchanges</i>, ed.',
    );
    expect(chicagoNote(doc4, { format: 'markdown' })).toContain(
      'in *Foreign Relations of the United States, 1961–1963*, vol. 6, *Kennedy-Khrushchev Exchanges*, ed.',
    );
  });
});

describe('CSL-JSON, FRUS 1961–1963 vol. VI doc. 4', () => {
  it('matches the research note for the published record (telegram number aside)', () => {
    const item = toCslPublished(doc4);
    expect(item).toMatchObject({
      id: 'frus1961-63v06/d4',
      type: 'personal_communication',
      author: [{ literal: 'Department of State' }],
      recipient: [{ literal: 'Embassy in the Soviet Union' }],
      genre: 'telegram',
      'event-date': { 'date-parts': [[1961, 1, 21]] },
      'event-place': 'Washington',
      'container-title': 'Foreign Relations of the United States, 1961–1963',
      volume: '6',
      'volume-title': 'Kennedy-Khrushchev Exchanges',
      editor: [{ family: 'Sampson', given: 'Charles S.' }],
      publisher: 'Government Printing Office',
      'publisher-place': 'Washington, DC',
      issued: { 'date-parts': [[1996]] },
      URL,
      custom: { documentNumber: '4', heading: 'Telegram From the Department of State to the Embassy in the Soviet Union' },
    });
    expect(item).not.toHaveProperty('title');
  });

  it('gives one archival item for the original and one for the copy, marking what was inferred', () => {
    const [, original, copy] = toCsl(doc4);
    expect(original).toMatchObject({
      id: 'frus1961-63v06/d4/original',
      archive_location: '711.11-KE/1-2161',
      archive_collection: 'Central Decimal File, 1960–63, RG 59',
      archive: 'National Archives',
      'archive-place': 'College Park, MD',
      issued: { 'date-parts': [[1961, 1, 21]] },
    });
    expect(original?.custom?.inferred).toEqual(['Central Decimal File, 1960–63', 'RG 59', 'National Archives', 'College Park, MD']);
    expect(copy).toMatchObject({ id: 'frus1961-63v06/d4/copy-1', archive: 'John F. Kennedy Presidential Library', archive_collection: 'National Security Files, Countries Series, USSR, Khrushchev Correspondence' });
    expect(copy).not.toHaveProperty('archive_location');
  });
});
