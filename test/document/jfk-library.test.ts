import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJfkLibrarySource } from '../../src/document/jfk-library.js';
import { FrusDocumentSchema } from '../../src/document/model.js';

const page = readFileSync(new URL('../../fixtures/documents/jfk-library-kennedy-letter-1962-10-27.txt', import.meta.url), 'utf8');
const TITLE = 'U.S. President John F. Kennedy, Letter to Soviet Chairman Nikita Khrushchev, October 27, 1962';

describe('readJfkLibrarySource: Kennedy to Khrushchev, October 27, 1962', () => {
  const doc = readJfkLibrarySource(page)!;

  it('reads sender, recipient, genre and date from the title line', () => {
    expect(doc.heading).toBe(TITLE);
    expect(doc.sender).toBe('U.S. President John F. Kennedy');
    expect(doc.recipient).toBe('Soviet Chairman Nikita Khrushchev');
    expect(doc.genre).toBe('letter');
    expect(doc.date).toBe('1962-10-27');
    expect(doc.number).toBeNull();
  });

  it('reads the Source: line as the source note and locates it at the JFK Library', () => {
    expect(doc.sourceNote).toBe('Source: John F. Kennedy Presidential Library and Museum.');
    expect(doc.provenance?.primary).toMatchObject({
      repository: 'John F. Kennedy Presidential Library and Museum',
      repositoryId: 'jfk-library',
    });
    expect(doc.provenance?.context).toEqual({ head: TITLE, date: '1962-10-27' });
  });

  it('has no url (the page gives none) and describes the library as the volume', () => {
    expect(doc.url).toBeNull();
    expect(doc.volume).toMatchObject({ id: null, seriesTitle: 'John F. Kennedy Presidential Library and Museum' });
    expect(doc.extra).toEqual({ publisher: 'John F. Kennedy Presidential Library and Museum' });
    expect(() => FrusDocumentSchema.parse(doc)).not.toThrow();
  });
});

describe('readJfkLibrarySource: other input', () => {
  it('returns null without a Source: line', () => {
    expect(readJfkLibrarySource('')).toBeNull();
    expect(readJfkLibrarySource(`${TITLE}\n\nDear Mr. Chairman:`)).toBeNull();
  });

  it('reads a url on the page and a FRUS-style title', () => {
    const doc = readJfkLibrarySource(
      'Letter From President Kennedy to Chairman Khrushchev\n\nhttps://www.jfklibrary.org/asset-viewer/archives/example\n\nSource: John F. Kennedy Presidential Library and Museum.',
    )!;
    expect([doc.genre, doc.sender, doc.recipient, doc.date]).toEqual(['letter', 'President Kennedy', 'Chairman Khrushchev', null]);
    expect(doc.url).toBe('https://www.jfklibrary.org/asset-viewer/archives/example');
  });
});
