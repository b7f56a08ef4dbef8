/**
 * The same note, typed or pasted differently, reads the same: every gold note with its blanks
 * turned into line breaks (a note pasted from a page), with doubled spaces after punctuation, with
 * hyphens for its en dashes, without its `Source:` label and with the label in capitals gives the
 * fields of the note as printed. Values are compared with their blanks and dashes made alike,
 * since they are kept as written.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldNotes } from '../../src/eval/gold.js';
import type { ProvenanceRecord } from '../../src/model/provenance.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

const goldDir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
const notes = loadGoldNotes(goldDir).notes.map((note) => note.note);

/** The fields compared: what the note locates, marks, names and lists. */
const FIELDS = ['primary', 'primaryPublication', 'form', 'classification', 'handling', 'drafters', 'clearances', 'approvers', 'copies', 'printed', 'repeatedTo', 'transmittedIn'] as const;

/** Blanks and dashes made alike, so that values kept as written compare. */
const alike = (value: string): string => value.replace(/[–—]/g, '-').replace(/\s+/g, ' ');

/** The compared fields of a record, without ranges and texts of whole parts, values made alike. */
function fields(record: ProvenanceRecord): unknown {
  const picked = Object.fromEntries(FIELDS.map((field) => [field, record[field]]));
  return JSON.parse(JSON.stringify(picked, (key, value: unknown) => (key === 'range' || key === 'text' ? undefined : typeof value === 'string' ? alike(value) : value)));
}

/** Every sixth blank a line break, deterministically. */
function withLineBreaks(note: string): string {
  let count = 0;
  return note.replace(/ /g, () => (++count % 6 === 0 ? '\n' : ' '));
}

const VARIANTS: readonly (readonly [string, (note: string) => string])[] = [
  ['pasted with line breaks', withLineBreaks],
  ['with doubled spaces after punctuation', (note) => note.replace(/([.;,]) /g, '$1  ')],
  ['with hyphens for en dashes', (note) => note.replace(/–/g, '-')],
  ['without its label', (note) => note.replace(/^Source:\s*/, '')],
  ['with its label in capitals', (note) => note.replace(/^Source:/, 'SOURCE:')],
];

describe.each(VARIANTS)('a gold note %s', (_name, variant) => {
  const changed = notes.filter((note) => variant(note) !== note);

  it('changes some notes', () => {
    expect(changed.length).toBeGreaterThan(0);
  });

  it.each(changed)('%s', (note) => {
    expect(fields(parseSourceNote(variant(note)))).toEqual(fields(parseSourceNote(note)));
  });
});
