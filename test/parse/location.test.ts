/**
 * Reading one location (src/parse/location.ts): what its identifier segments fill. Notes are
 * written in FRUS house style for these tests; expectations are read off the note text.
 */
import { describe, expect, it } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';

describe('a list of file numbers after a collection', () => {
  it.each([
    ['Source: National Archives, RG 59, Central Foreign Policy Files, P840012–1234, N840001–0123. Secret.', 'Central Foreign Policy Files', 'P840012–1234, N840001–0123'],
    ['Source: Department of State, Central Files, 611.61/1593, 1594. Secret.', 'Central Files', '611.61/1593, 1594'],
    ['Source: Department of State, Central Files, 611.61/1–2561; FW 611.61/1–2661. Secret.', 'Central Files', '611.61/1–2561, FW 611.61/1–2661'],
  ])('keeps the second number of %s in the file, not the series', (note, collection, file) => {
    const record = parseSourceNote(note);
    expect(record.primary).toMatchObject({ collection, file, series: [] });
    expect(record.classification?.level).toBe('secret');
  });
});
