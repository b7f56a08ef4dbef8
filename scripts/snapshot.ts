/**
 * Output snapshot of the parser, for refactors that must not change behaviour.
 *
 * Builds a deterministic set of inputs (every note under `fixtures/`, plus mutations of each:
 * label dropped, case changed, spaces removed, sentences dropped or reordered, characters
 * deleted, inserted or replaced, truncations), parses each one and writes or compares one JSON
 * line per input.
 *
 * Usage:
 * - `npx tsx scripts/snapshot.ts --write FILE` records the current output;
 * - `npx tsx scripts/snapshot.ts --check FILE` compares with it, prints the first differences
 *   and exits 1 when any record differs.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGoldNotes } from '../src/eval/gold.js';
import { parseSourceNote } from '../src/parse/source-note.js';
import { seededRandom } from './seeded-random.js';
import { scriptArgs } from './script-args.js';

const USAGE = `Usage: tsx scripts/snapshot.ts --write FILE | --check FILE [--extra notes.jsonl]…

Parses every fixture note and mutations of it, and writes the records (--write) or compares them with a file written before (--check).`;
const values = scriptArgs({
  options: {
    write: { type: 'string' },
    check: { type: 'string' },
    extra: { type: 'string', multiple: true, default: [] },
  },
}, USAGE);
if ((values.write === undefined) === (values.check === undefined)) {
  console.error('usage: snapshot.ts --write FILE | --check FILE [--extra notes.jsonl ...]');
  process.exit(2);
}

const ALPHABET = '.,;:()[]/- 0123456789ABCDEabcde½\u00a0\n"\'';

function mutations(note: string, seed: number): string[] {
  const next = seededRandom(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const sentences = note.split(/(?<=\.)\s+/);
  const out = [
    note,
    note.replace(/^Source:\s*/, ''),
    `Source: ${note}`,
    note.toLowerCase(),
    note.toUpperCase(),
    note.replace(/([.,;:]) /g, '$1'),
    note.replace(/ /g, '  '),
    `${note} ${note}`,
    sentences.slice(1).join(' '),
    [...sentences.slice(1), sentences[0]].join(' '),
  ];
  for (let k = 0; k < sentences.length && k < 8; k++) out.push(sentences.filter((_, j) => j !== k).join(' '));
  for (let k = 0; k < 6; k++) {
    const at = pick(note.length + 1);
    const ch = ALPHABET[pick(ALPHABET.length)]!;
    out.push(note.slice(0, at) + note.slice(at + 1));
    out.push(note.slice(0, at) + ch + note.slice(at));
    out.push(note.slice(0, at) + ch + note.slice(at + 1));
    out.push(note.slice(0, at));
  }
  return out;
}

function jsonlNotes(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { note?: string; text?: string })
    .map((value) => value.note ?? value.text ?? '');
}

const fixtures = new URL('../fixtures/', import.meta.url);
const base = [
  ...loadGoldNotes(new URL('gold/', fixtures).pathname).notes.map((note) => note.note),
  ...readFileSync(new URL('kennedy-khrushchev-exchanges.txt', fixtures), 'utf8')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter((paragraph) => paragraph.startsWith('Source')),
  ...values.extra.flatMap(jsonlNotes),
];
const inputs = base.flatMap((note, index) => mutations(note, index + 1));
const lines = inputs.map((input) => JSON.stringify(parseSourceNote(input)));

if (values.write !== undefined) {
  writeFileSync(values.write, `${lines.join('\n')}\n`);
  console.log(`wrote ${lines.length} records (${base.length} notes and their mutations) to ${values.write}`);
} else {
  const expected = readFileSync(values.check!, 'utf8').split('\n').slice(0, -1);
  let differences = 0;
  if (expected.length !== lines.length) console.log(`expected ${expected.length} records, got ${lines.length}`);
  for (let i = 0; i < Math.min(expected.length, lines.length); i++) {
    if (expected[i] === lines[i]) continue;
    if (++differences <= 3) console.log(`input ${i}: ${JSON.stringify(inputs[i])}\n  expected ${expected[i]}\n  actual   ${lines[i]}`);
  }
  console.log(`${differences} of ${lines.length} records differ`);
  process.exit(differences > 0 || expected.length !== lines.length ? 1 : 0);
}
