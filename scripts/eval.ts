/**
 * Accuracy report: parses every note of `fixtures/gold/*.jsonl` (with its context) and prints
 * precision, recall and F1 per field against the hand annotations.
 *
 * Usage: `npm run eval -- [--verbose] [--check] [--field NAME]`
 *
 * - `--verbose`: also print every per-note mismatch (id, field, expected vs got).
 * - `--field NAME`: with `--verbose`, only mismatches of that field (repeatable).
 * - `--check`: exit 1 when a key field's F1 is below 0.98 or a primary location is missed.
 *   Without it the exit code is 0: the script is a report.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { parseSourceNote } from '../src/parse/source-note.js';
import { contextOf, loadGoldNotes } from '../src/eval/gold.js';
import {
  F1_THRESHOLD,
  FIELDS,
  evaluate,
  failingKeyFields,
  formatMismatches,
  formatTable,
  type Field,
} from '../src/eval/score.js';
import { scriptArgs } from './script-args.js';

const USAGE = `Usage: npm run eval -- [--verbose] [--field NAME]… [--check]

Parses the gold notes (fixtures/gold/*.jsonl) and prints precision, recall and F1 per field.
  --verbose, -v   also print every per-note mismatch (id, field, expected and got)
  --field NAME    with --verbose, only the mismatches of that field (repeatable)
  --check         exit 1 when a key field's F1 is below 0.98 or a primary location is missed`;
const values = scriptArgs({
  options: {
    verbose: { type: 'boolean', short: 'v', default: false },
    check: { type: 'boolean', default: false },
    field: { type: 'string', multiple: true },
  },
}, USAGE);

const fieldFilter = values.field ?? [];
for (const field of fieldFilter) {
  if (!(FIELDS as readonly string[]).includes(field)) {
    console.error(`Unknown field "${field}"; expected one of: ${FIELDS.join(', ')}`);
    process.exit(2);
  }
}

const goldDir = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));
const gold = loadGoldNotes(goldDir);
const report = evaluate(
  gold.notes.map((note) => ({ id: note.id, note: note.note, gold: note.gold, context: contextOf(note) })),
  (text, context) => parseSourceNote(text, { context }),
);

const skipped = gold.duplicates.length > 0 ? `; ${gold.duplicates.length} duplicate lines skipped` : '';
console.log(`frus-cite accuracy on ${report.notes} gold notes (${gold.files.join(', ')}${skipped})\n`);
console.log(formatTable(report));
console.log(`\n* key field (--check requires F1 >= ${F1_THRESHOLD.toFixed(2)})`);
console.log(`primary missed: ${report.primaryMissed.length}${report.primaryMissed.length > 0 ? ` (${report.primaryMissed.join(', ')})` : ''}`);
console.log(`unparsed-text: ${(report.unparsedText.share * 100).toFixed(1)}% of notes (${report.unparsedText.count}/${report.notes})`);
if (report.errors.length > 0) {
  console.log(`parser errors: ${report.errors.length}`);
  for (const error of report.errors) console.log(`    ${error.id}: ${error.message}`);
}

if (values.verbose) {
  const mismatches =
    fieldFilter.length === 0 ? report.mismatches : report.mismatches.filter((m) => fieldFilter.includes(m.field as Field));
  console.log(`\nmismatches: ${mismatches.length}\n`);
  if (mismatches.length > 0) console.log(formatMismatches(mismatches));
}

if (values.check) {
  const failing = failingKeyFields(report);
  if (failing.length > 0 || report.primaryMissed.length > 0) {
    const fields = failing.map((score) => `${score.field} (F1 ${score.f1.toFixed(3)})`).join(', ');
    console.error(
      `\ncheck failed:${failing.length > 0 ? ` key fields below ${F1_THRESHOLD}: ${fields};` : ''} primary missed: ${report.primaryMissed.length}`,
    );
    process.exitCode = 1;
  } else {
    console.log('\ncheck passed');
  }
}
