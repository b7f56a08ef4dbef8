/**
 * Throughput benchmark of `parseSourceNote`.
 *
 * Loads the gold notes (`fixtures/gold/*.jsonl`) and every other note found under `fixtures/`
 * (`.jsonl` lines with a `note` or `text` field; paragraphs of `.txt` files that start with
 * `Source`), replicates them to `--notes` notes (default 100,000), warms up (`--warmup`, default 200,000
 * notes), then parses all
 * of them `--runs` times (default 5) and prints the median notes/s and MB/s (UTF-8 bytes of
 * note text, 1 MB = 10^6 bytes) and the peak RSS, sampled with `process.memoryUsage().rss`
 * every 1,000 notes.
 *
 * Usage: `tsx scripts/bench.ts [--notes N] [--runs R] [--warmup N] [--dist] [--out FILE]` (`npm run bench`
 * builds the package and runs this with `--dist`, then the other benchmarks, with their defaults)
 *
 * Everything runs on the main thread of one process (no workers); to pin it to one core, run
 * `taskset -c 0 npm run bench`. Timings are printed, never asserted.
 *
 * @module
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGoldNotes } from '../src/eval/gold.js';
import type { parseSourceNote as ParseSourceNote } from '../src/parse/source-note.js';
import { scriptArgs } from './script-args.js';

const USAGE = `Usage: tsx scripts/bench.ts [--notes N] [--runs R] [--warmup N] [--dist] [--out FILE]

Parses the fixture notes replicated to N notes, R times after a warm-up, and prints notes/s and MB/s.
  --notes N     notes a run parses (default 100000)
  --runs R      runs measured; the median is reported (default 5)
  --warmup N    notes parsed before the runs (default 200000)
  --dist        measure the built package (dist/) instead of the sources
  --out FILE    also write the figures as JSON`;
const values = scriptArgs({
  options: {
    notes: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    // V8 keeps optimising the parser for the first ~300,000 notes of the mix (20,000 warm-up notes
    // left the first two runs 5–15% slower than the rest): the runs measure the steady state.
    warmup: { type: 'string', default: '200000' },
    out: { type: 'string' },
    // Measure the built package (`dist/`, what users run) rather than the sources through tsx,
    // whose per-module transform runs the same code about a quarter slower.
    dist: { type: 'boolean', default: false },
  },
}, USAGE);

function positiveInt(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name} must be an integer >= ${min}, got "${text}"`);
    process.exit(2);
  }
  return value;
}

const { parseSourceNote }: { parseSourceNote: typeof ParseSourceNote } = values.dist
  ? await import(new URL('../dist/index.js', import.meta.url).href)
  : await import('../src/parse/source-note.js');

const noteCount = positiveInt('notes', values.notes, 1);
const runs = positiveInt('runs', values.runs, 1);
const warmupCount = positiveInt('warmup', values.warmup, 0);

const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
const goldDir = join(fixturesDir, 'gold');

/** Every file under `dir`, recursively, in name order. */
function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file as UTF-8 text, or null when it is not valid UTF-8 (binary or legacy-encoded fixtures). */
function readUtf8(path: string): string | null {
  try {
    return utf8.decode(readFileSync(path));
  } catch {
    return null;
  }
}

/** Notes of a `.jsonl` file outside the gold directory: the `note` or `text` field of each line. */
function jsonlNotes(text: string): string[] {
  const notes: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value === 'object' && value !== null) {
        const { note, text } = value as { note?: unknown; text?: unknown };
        if (typeof note === 'string') notes.push(note);
        else if (typeof text === 'string') notes.push(text);
      }
    } catch {
      // Not a JSON line: not a note.
    }
  }
  return notes;
}

/**
 * Notes of a `.txt` file: its blank-line separated paragraphs that start with `Source`, with
 * wrapped lines joined by a space.
 */
function textNotes(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join(' '),
    )
    .filter((paragraph) => paragraph.startsWith('Source'));
}

const sources: { label: string; notes: string[] }[] = [
  { label: 'fixtures/gold/*.jsonl', notes: loadGoldNotes(goldDir).notes.map((note) => note.note) },
];
const skipped: string[] = [];
for (const path of walk(fixturesDir)) {
  if (dirname(path) === goldDir) continue;
  const isJsonl = path.endsWith('.jsonl') || path.endsWith('.ndjson');
  if (!isJsonl && !path.endsWith('.txt')) continue;
  const label = relative(join(fixturesDir, '..'), path);
  const text = readUtf8(path);
  if (text === null) {
    skipped.push(label);
    continue;
  }
  const notes = isJsonl ? jsonlNotes(text) : textNotes(text);
  if (notes.length > 0) sources.push({ label, notes });
}
const base = sources.flatMap((source) => source.notes);
if (base.length === 0) {
  console.error('No notes found under fixtures/');
  process.exit(2);
}

const corpus: string[] = Array.from({ length: noteCount }, (_, i) => base[i % base.length]!);
const bytes = corpus.reduce((sum, note) => sum + Buffer.byteLength(note, 'utf8'), 0);

let peakRss = process.memoryUsage().rss;
function sampleRss(): void {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
}

let sink = 0;
let errors = 0;
/** Parses `count` notes of the corpus (cycling) and returns the elapsed milliseconds. */
function pass(count: number): number {
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    try {
      const record = parseSourceNote(corpus[i % corpus.length]!);
      sink += record.diagnostics.length + record.remarks.length + (record.primary === null ? 0 : 1);
    } catch {
      errors++;
    }
    if ((i + 1) % 1000 === 0) sampleRss();
  }
  const elapsed = performance.now() - start;
  sampleRss();
  return elapsed;
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mb = (n: number): string => (n / 1e6).toFixed(1);
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

console.log(`frus-cite bench: node ${process.version}, one process, main thread only`);
for (const source of sources) console.log(`  ${source.label}: ${source.notes.length} notes`);
if (skipped.length > 0) console.log(`  skipped (not UTF-8): ${skipped.join(', ')}`);
console.log(`  ${int(noteCount)} notes per run (from ${base.length} distinct), ${mb(bytes)} MB of UTF-8 text`);
console.log(`  warm-up: ${int(warmupCount)} notes; runs: ${runs}\n`);

if (warmupCount > 0) pass(warmupCount);
const warmupErrors = errors;

const times: number[] = [];
for (let run = 1; run <= runs; run++) {
  const ms = pass(corpus.length);
  times.push(ms);
  const seconds = ms / 1000;
  console.log(`run ${run}: ${seconds.toFixed(3)} s  ${int(noteCount / seconds)} notes/s  ${(bytes / 1e6 / seconds).toFixed(2)} MB/s`);
}

const medianSeconds = median(times) / 1000;
const notesPerSecond = noteCount / medianSeconds;
const mbPerSecond = bytes / 1e6 / medianSeconds;
const maxRss = process.resourceUsage().maxRSS * 1024;

console.log(`\nmedian: ${int(notesPerSecond)} notes/s, ${mbPerSecond.toFixed(2)} MB/s`);
console.log(`peak RSS (sampled): ${mb(peakRss)} MB (OS max RSS: ${mb(maxRss)} MB)`);
if (errors > 0) console.log(`parser threw on ${errors} notes (${warmupErrors} during warm-up)`);
console.log(`checksum: ${sink}`);

if (values.out !== undefined) {
  mkdirSync(dirname(values.out), { recursive: true });
  const result = {
    node: process.version,
    notes: noteCount,
    distinctNotes: base.length,
    bytes,
    runs,
    warmup: warmupCount,
    secondsPerRun: times.map((ms) => ms / 1000),
    medianNotesPerSecond: notesPerSecond,
    medianMBPerSecond: mbPerSecond,
    peakRssBytes: peakRss,
    maxRssBytes: maxRss,
    errors,
  };
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${values.out}`);
}
