import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWilsonCenterCitation } from '../../src/document/wilson-center.js';
import { FrusDocumentSchema } from '../../src/document/model.js';
import { ProvenanceRecordSchema } from '../../src/model/provenance.js';

const page = readFileSync(new URL('../../fixtures/documents/wilson-center-dobrynin-1962-10-30.txt', import.meta.url), 'utf8');
const ARCHIVE = 'Archive of Foreign Policy, Russian Federation (AVP RF), Moscow';
const NOTE =
  'Archive of Foreign Policy, Russian Federation (AVP RF), Moscow; copy obtained by NHK (Japanese Television), provided to CWIHP, and on file at National Security Archive, Washington, D.C.; translation by John Henriksen, Harvard University';

describe('readWilsonCenterCitation: the Dobrynin telegram of October 30, 1962', () => {
  const doc = readWilsonCenterCitation(page)!;

  it('reads the title, its sender, recipient and genre, the date and the url', () => {
    expect(doc).not.toBeNull();
    expect(doc.heading).toBe('Telegram from Soviet Ambassador to the US Dobrynin to the USSR Foreign Ministry');
    expect(doc.genre).toBe('telegram');
    expect(doc.sender).toBe('Soviet Ambassador to the US Dobrynin');
    expect(doc.recipient).toBe('USSR Foreign Ministry');
    expect(doc.date).toBe('1962-10-30');
    expect(doc.url).toBe('https://wilson-center-digital-archive.dvincitest.com/document/112633');
    expect(doc.number).toBeNull();
    expect(doc.dateline).toBeNull();
  });

  it('describes the Wilson Center Digital Archive as the volume', () => {
    expect(doc.volume).toEqual({
      id: null,
      seriesTitle: 'Wilson Center Digital Archive',
      subseries: null,
      volumeNumber: null,
      part: null,
      title: null,
      editors: [],
      generalEditor: null,
      publisher: 'Wilson Center',
      place: null,
      year: null,
    });
  });

  it('puts the archive, custody chain, translator and language in extra', () => {
    expect(doc.extra).toEqual({
      publisher: 'Wilson Center Digital Archive',
      archive: ARCHIVE,
      archivePlace: 'Moscow',
      custody: 'copy obtained by NHK (Japanese Television); provided to CWIHP; on file at National Security Archive, Washington, D.C.',
      translator: 'John Henriksen, Harvard University',
      originalLanguage: 'Russian',
    });
  });

  it('builds a provenance record: the AVP RF as primary, the National Security Archive as a copy', () => {
    expect(doc.sourceNote).toBe(NOTE);
    const record = doc.provenance!;
    expect(() => ProvenanceRecordSchema.parse(record)).not.toThrow();
    expect(record.text).toBe(NOTE);
    expect(record.primary).toMatchObject({
      text: ARCHIVE,
      repository: 'Archive of Foreign Policy, Russian Federation (AVP RF)',
      repositoryId: 'russian-mfa',
    });
    expect(record.copies).toHaveLength(1);
    expect(record.copies[0]).toMatchObject({
      text: 'National Security Archive, Washington, D.C.',
      repository: 'National Security Archive',
      repositoryId: 'nsarchive',
    });
    for (const location of [record.primary!, ...record.copies]) {
      expect(NOTE.slice(location.range[0], location.range[1])).toBe(location.text);
    }
    expect(record.remarks).toEqual([
      'copy obtained by NHK (Japanese Television)',
      'provided to CWIHP',
      'translation by John Henriksen, Harvard University',
    ]);
    expect(record.clauses.map((c) => c.kind)).toEqual(['citation', 'remark', 'remark', 'copy', 'remark']);
    expect(record.context).toEqual({ head: doc.heading, date: '1962-10-30' });
  });

  it('reads the two footnotes of the page', () => {
    expect(doc.footnotes.map((f) => f.n)).toEqual(['1', '2']);
    // The fixture keeps the footnote markers but not their (possibly copyrighted) text.
    expect(doc.footnotes.map((f) => f.text)).toEqual(['[Footnote text omitted from this fixture.]', '[Footnote text omitted from this fixture.]']);
  });

  it('is a valid FrusDocument', () => {
    expect(() => FrusDocumentSchema.parse(doc)).not.toThrow();
  });
});

describe('readWilsonCenterCitation: other input', () => {
  it('returns null without a Citation block', () => {
    expect(readWilsonCenterCitation('')).toBeNull();
    expect(readWilsonCenterCitation('Summary:\n\nDobrynin discusses a meeting with Robert Kennedy.')).toBeNull();
    // The page's closing "[Source: …]" line alone is not a Citation block.
    expect(readWilsonCenterCitation(`[Source: ${NOTE}.]`)).toBeNull();
  });

  it('returns null when the Citation block has no quoted title', () => {
    expect(readWilsonCenterCitation('Citation:\n\nsomething else entirely')).toBeNull();
  });

  it('reads a bare block with curly quotes, a day-month-year date and no url', () => {
    const block = [
      'Citation:',
      '“Letter from Khrushchev to Kennedy”, 26 October 1962, Wilson Center Digital Archive,',
      'Archive of Foreign Policy, Russian Federation (AVP RF), Moscow; translation by Vladimir Zubok.',
    ].join('\n');
    const doc = readWilsonCenterCitation(block)!;
    expect(doc.heading).toBe('Letter from Khrushchev to Kennedy');
    expect([doc.genre, doc.sender, doc.recipient]).toEqual(['letter', 'Khrushchev', 'Kennedy']);
    expect(doc.date).toBe('1962-10-26');
    expect(doc.url).toBeNull();
    expect(doc.extra.translator).toBe('Vladimir Zubok');
    expect(doc.extra.custody).toBeUndefined();
    expect(doc.provenance?.copies).toEqual([]);
    expect(doc.provenance?.primary?.repositoryId).toBe('russian-mfa');
  });

  it('keeps a circa date as written instead of an ISO date', () => {
    const doc = readWilsonCenterCitation('Citation:\n\n"Note on Berlin", c. 1961, Wilson Center Digital Archive, Some Unlisted Archive, Berlin')!;
    expect(doc.date).toBeNull();
    expect(doc.extra.dateText).toBe('c. 1961');
    expect(doc.provenance?.primary).toMatchObject({ text: 'Some Unlisted Archive, Berlin', repositoryId: null });
  });
});
