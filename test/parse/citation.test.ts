/**
 * The citation reader on its own: what it writes into the record and what it hands back for
 * the rest of the note (the location an `ibid.` after it refers to).
 */
import { describe, expect, it } from 'vitest';
import { emptyProvenanceRecord } from '../../src/model/provenance.js';
import { readCitation } from '../../src/parse/citation.js';
import type { Span } from '../../src/parse/span.js';

function citation(text: string) {
  const record = emptyProvenanceRecord(text);
  const span: Span = { text, start: 0, end: text.length };
  return { record, read: readCitation(record, span) };
}

describe('readCitation', () => {
  it('reads the primary location and the form after its colon, and hands the location on', () => {
    const { record, read } = citation('Department of State, Central Files, 893.50/283: Telegram');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', collection: 'Central Files', file: '893.50/283' });
    expect(record.form).toBe('Telegram');
    expect(read?.lastLocation).toBe(record.primary);
  });

  it('hands on the last of the places a source line names, which an ibid. after it refers to', () => {
    const { record, read } = citation('Department of State, Central Files, 611.61/2–2261; ibid., S/S Files: Lot 66 D 147');
    expect(record.primary?.file).toBe('611.61/2–2261');
    expect(record.copies).toHaveLength(1);
    expect(read?.lastLocation).toBe(record.copies[0]);
  });

  it('reads a printed work as the source text, with no location to hand on', () => {
    const { record, read } = citation('Department of State Bulletin, May 7, 1973, pp. 545–557');
    expect(record.primaryPublication).toMatchObject({ title: 'Department of State Bulletin, May 7, 1973', pages: '545–557' });
    expect(record.primary).toBeNull();
    expect(read).toEqual({ lastLocation: null });
  });

  it('returns null, writing nothing, for a sentence that locates nothing', () => {
    const { record, read } = citation('The President read this letter on the plane');
    expect(read).toBeNull();
    expect(record.primary).toBeNull();
    expect(record.primaryPublication).toBeNull();
  });
});
