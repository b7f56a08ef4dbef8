/**
 * Golden test: the parser against the hand-annotated notes of `fixtures/gold/*.jsonl`. Every key
 * field must reach F1 ≥ 0.98 and no primary location may be missed. On failure the message
 * lists the notes that disagree on that field.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseSourceNote } from '../../src/parse/source-note.js';
import { contextOf, loadGoldNotes } from '../../src/eval/gold.js';
import { F1_THRESHOLD, KEY_FIELDS, evaluate, formatMismatches } from '../../src/eval/score.js';

const goldDir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
const gold = loadGoldNotes(goldDir);
const report = evaluate(
  gold.notes.map((note) => ({ id: note.id, note: note.note, gold: note.gold, context: contextOf(note) })),
  (text, context) => parseSourceNote(text, { context }),
);

describe('golden notes', () => {
  test('gold files are present and non-empty', () => {
    expect(gold.files.length).toBeGreaterThan(0);
    expect(report.notes).toBeGreaterThan(0);
  });

  test('the parser never throws', () => {
    expect(report.errors.map((error) => `${error.id}: ${error.message}`)).toEqual([]);
  });

  test.each(KEY_FIELDS.map((field) => [field]))(`%s reaches F1 >= ${F1_THRESHOLD}`, (field) => {
    const score = report.fields.find((candidate) => candidate.field === field)!;
    // A field with neither gold nor predicted items has F1 = 1 and passes.
    const mismatches = report.mismatches.filter((mismatch) => mismatch.field === field);
    const message =
      `${field}: F1 ${score.f1.toFixed(3)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)}; ` +
      `tp ${score.tp}, fp ${score.fp}, fn ${score.fn}) over ${report.notes} notes; ${mismatches.length} mismatching notes:\n` +
      formatMismatches(mismatches);
    expect(score.f1 >= F1_THRESHOLD, message).toBe(true);
  });

  test('no primary location is missed', () => {
    const missed = new Set(report.primaryMissed);
    const details = report.mismatches.filter(
      (mismatch) => missed.has(mismatch.id) && ['repositoryId', 'collection', 'file', 'lot'].includes(mismatch.field),
    );
    expect(report.primaryMissed.length, `primary missed in ${report.primaryMissed.join(', ')}:\n${formatMismatches(details)}`).toBe(0);
  });
});
