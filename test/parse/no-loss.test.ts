/**
 * Nothing of a location silently lost: every word of a location's text (the primary, each copy,
 * each archival reference) is held by one of its fields, or is a label the fields drop by
 * design (`Box`, `Lot`, `RG`, `File No.`), a known repository's town (which the repository table
 * holds), or a marking glued to the path that the record holds as its classification. Run over every gold note and over notes whose shapes once lost words.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldNotes } from '../../src/eval/gold.js';
import type { Location, ProvenanceRecord } from '../../src/model/provenance.js';
import { parseSourceNote } from '../../src/parse/source-note.js';
import { repositoryById } from '../../src/vocab/repositories.js';

/** Words a location's fields drop by design: labels of containers and numbers, fillers, `ibid.`. */
const LABELS = new Set([
  'box', 'boxes', 'lot', 'lots', 'folder', 'folders', 'job', 'rg', 'record', 'group', 'file', 'files', 'no', 'nos',
  'the', 'in', 'at', 'and', 'of', 'among', 'accession', 'acc', 'frc', 'ibid', 'also',
]);

/** Letters and digits only, in small letters: `82D298` and `82 D 298` hold the same. */
const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The words of `location.text` that none of its fields (nor the record's marking) holds. */
function lostWords(location: Location, record: ProvenanceRecord): string[] {
  // A known repository's town (`Franklin D. Roosevelt Library, Hyde Park, N.Y.`) is the table's, not a field's.
  const place = location.repositoryId === null ? null : repositoryById(location.repositoryId)?.place;
  const fields = [place, location.repository, location.recordGroup, location.collection, ...location.series, location.file, location.lot, location.accession, location.job, location.box, location.folder];
  const held = squash([...fields, record.classification?.text, ...record.handling].filter((field) => field != null).join(' '));
  return location.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !LABELS.has(word) && !held.includes(word));
}

function locationsOf(record: ProvenanceRecord): Location[] {
  const locations = [record.primary, ...record.copies, ...record.references.map((reference) => reference.location)];
  return locations.filter((location): location is Location => location != null);
}

const goldDir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));

describe('no word of a location is silently lost', () => {
  it.each(loadGoldNotes(goldDir).notes.map((note) => [note.id, note.note]))('%s', (_id, note) => {
    const record = parseSourceNote(note);
    expect(locationsOf(record).flatMap((location) => lostWords(location, record))).toEqual([]);
  });

  it.each([
    'Source: Johnson Library, National Security File, Files of Walt W. Rostow, “Meetings with the President, January–April 1967, [2 of 2]”, Box 1. Secret.',
    'Source: Department of State, Central Files, 033.1140 Stimson, Henry L./12. Confidential.',
    'Source: Department of State, Central Files, 123–Bohlen, Charles E. Secret.',
    'Source: Central Intelligence Agency, DCI Helms Chronological File, Job 80–B01285A, Box 11, Folder 9, Secret.',
    'Source: National Archives, RG 59, Records of Anthony Lake, 1977–1981: Lot 82D298, Box 7. Secret.',
    'Source: Department of State, Central Files, 711.11/1–2161; ibid., S/S Files: Lot 66 D 147. Secret.',
    'Source: Franklin D. Roosevelt Library, Hyde Park, N.Y., Hopkins Papers, Box 3. Secret.',
    'Another copy is in the Kennedy Library, National Security Files, Countries Series, USSR.',
    'Source: Department of State Files. Secret.',
    'Source: National Archives, RG 218, Records of the Joint Chiefs of Staff, C.C.S. 170/2. Top Secret.',
    'Source: Russian Ministry of Foreign Affairs, Archive of Foreign Policy, Russian Federation (AVP RF), f. 0129, op. 63, p. 205, d. 3, l. 15–20. No classification marking.',
  ])('%s', (note) => {
    const record = parseSourceNote(note);
    expect(locationsOf(record).length).toBeGreaterThan(0);
    expect(locationsOf(record).flatMap((location) => lostWords(location, record))).toEqual([]);
  });

  it('finds a lost word when a field drops one (the check itself)', () => {
    const record = parseSourceNote('Source: Kennedy Library, National Security Files, Countries Series, USSR. Secret.');
    const primary = { ...record.primary!, series: ['Countries Series'] };
    expect(lostWords(primary, record)).toEqual(['ussr']);
  });
});
