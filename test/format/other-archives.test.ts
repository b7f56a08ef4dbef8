/**
 * Items read from other sites' citation blocks (Wilson Center Digital Archive, JFK Library)
 * cite with what those sites record; expected strings written from the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJfkLibrarySource } from '../../src/document/jfk-library.js';
import { readWilsonCenterCitation } from '../../src/document/wilson-center.js';
import { chicagoBibliography, chicagoNote } from '../../src/format/chicago.js';

const read = (name: string) => readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8');
const WILSON_URL = 'https://wilson-center-digital-archive.dvincitest.com/document/112633';

describe('Wilson Center Digital Archive item', () => {
  const document = readWilsonCenterCitation(read('wilson-center-dobrynin-1962-10-30.txt'))!;

  it('keeps the archive, the custody chain and the translator in the note', () => {
    expect(chicagoNote(document)).toBe(
      `Soviet Ambassador to the US Dobrynin to USSR Foreign Ministry, telegram, October 30, 1962, Archive of Foreign Policy, Russian Federation (AVP RF), Moscow; copy obtained by NHK (Japanese Television); provided to CWIHP; on file at National Security Archive, Washington, D.C.; translated by John Henriksen, Harvard University, Wilson Center Digital Archive, ${WILSON_URL}.`,
    );
  });

  it('bibliography entry', () => {
    expect(chicagoBibliography(document)).toBe(
      `Soviet Ambassador to the US Dobrynin. Telegram to USSR Foreign Ministry, October 30, 1962. Archive of Foreign Policy, Russian Federation (AVP RF), Moscow; copy obtained by NHK (Japanese Television); provided to CWIHP; on file at National Security Archive, Washington, D.C.; translated by John Henriksen, Harvard University. Wilson Center Digital Archive. ${WILSON_URL}.`,
    );
  });

  it('cites the copy on file at the National Security Archive as an archival item', () => {
    expect(chicagoNote(document, { form: 'archival', copy: 1 })).toBe(
      'Soviet Ambassador to the US Dobrynin to USSR Foreign Ministry, telegram, October 30, 1962, National Security Archive, Washington, DC.',
    );
  });
});

describe('JFK Library item', () => {
  const document = readJfkLibrarySource(read('jfk-library-kennedy-letter-1962-10-27.txt'))!;

  it('cites the letter at the library', () => {
    expect(chicagoNote(document, { form: 'archival' })).toBe(
      'U.S. President John F. Kennedy to Soviet Chairman Nikita Khrushchev, letter, October 27, 1962, John F. Kennedy Presidential Library, Boston.',
    );
  });
});
