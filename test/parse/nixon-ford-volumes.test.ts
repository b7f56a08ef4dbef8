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
