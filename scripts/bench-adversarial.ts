/**
 * Adversarial-input benchmark of `parseSourceNote`: does parsing stay linear in the length of
 * the note when the note is built to hurt (long runs of the characters the parser reacts to)?
 *
 * For each kind of note below it builds notes of 10 kB, 100 kB and 1 MB (sizes in UTF-16
 * characters, 1 kB = 1,000 characters), times the parse of each (median of 3 samples; a sample
 * shorter than ~20 ms repeats the parse and is divided back to one parse) and prints the time per
 * size and the growth ratio 1 MB / 10 kB. For a linear parser that ratio is about 100 (fixed
 * costs make it lower); a quadratic one gives about 10,000. The verdict allows up to 3× the
 * linear ratio for noise (`linear`), 10× (`worse than linear?`), and calls anything above
 * `super-linear`.
 *
 * Each kind runs in a child process with a time limit (`--timeout`, seconds, default 60), so
 * that a super-linear case is reported as `timeout` instead of hanging the run; the ratio is
 * then a lower bound taken from the limit, and the kind is measured again at smaller sizes
 * (0.5–8 kB) to show how fast its time grows. Timings are printed, never asserted: this is a
 * measurement, not a test.
 *
 * Usage: `npx tsx scripts/bench-adversarial.ts [--timeout S] [--only kind,kind] [--sizes 10000,100000,1000000] [--json FILE]`
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSourceNote } from '../src/parse/source-note.js';
import { seededRandom } from './seeded-random.js';
import { scriptArgs } from './script-args.js';

/** `text` repeated (and cut) to exactly `size` characters. */
function fill(text: string, size: number): string {
  return text.repeat(Math.ceil(size / text.length)).slice(0, size);
}

/** `head` + a run of `ch` + `tail`, `size` characters in all. */
function around(head: string, ch: string, tail: string, size: number): string {
  return head + ch.repeat(Math.max(0, size - head.length - tail.length)) + tail;
}

/** The start of a note whose clauses are read after the citation. */
const FILE = 'Department of State, Central Files';

const MIX_TOKENS = ['.', '. ', ',', ', ', '-', '–', '—', '0', '1961', 'and ', 'A', 'U.S.', '(', ')', '[', ']', '“', '”', ';', ':', ' ', 'Secret', 'Lot ', 'Box ', 'p. ', 'Drafted by ', 'Source: '];

/** The adversarial notes: each builds a note of exactly `size` characters. */
const KINDS: { name: string; what: string; build: (size: number) => string }[] = [
  { name: 'dots', what: '"....."', build: (n) => fill('.', n) },
  { name: 'commas', what: '",,,,,"', build: (n) => fill(',', n) },
  { name: 'hyphens', what: '"-----" (U+002D)', build: (n) => fill('-', n) },
  { name: 'en-dashes', what: '"–––––" (U+2013)', build: (n) => fill('–', n) },
  { name: 'em-dashes', what: '"—————" (U+2014)', build: (n) => fill('—', n) },
  { name: 'digits', what: '"0123456789…"', build: (n) => fill('0123456789', n) },
  { name: 'and', what: '"and and and …"', build: (n) => fill('and ', n) },
  { name: 'capitals', what: '"ABCDEFGHIJKLMNOPQRSTUVWXYZ…"', build: (n) => fill('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n) },
  { name: 'parens', what: '"((((…))))" nested', build: (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(n - Math.floor(n / 2)) },
  {
    name: 'mix',
    what: 'seeded random mix of the above and FRUS words',
    build: (n) => {
      const next = seededRandom(0x5eed);
      let out = '';
      while (out.length < n) out += MIX_TOKENS[Math.floor(next() * MIX_TOKENS.length)]!;
      return out.slice(0, n);
    },
  },
  { name: 'source-dos', what: '"Source: " + "Department of State, " × n', build: (n) => `Source: ${fill('Department of State, ', n - 8)}` },
  // Beyond the list: long runs of spaces inside the clauses whose regular expressions
  // the ReDoS check (test/regex/redos.test.ts) flags, to see whether a flagged pattern is
  // reachable from parseSourceNote; and two linear controls.
  { name: 'spaces', what: '"Source: Department of State" + spaces + "x"', build: (n) => around('Source: Department of State', ' ', 'x', n) },
  { name: 'sentences', what: '"Secret. " × n', build: (n) => fill('Secret. ', n) },
  { name: 'people-and', what: '"…. Drafted by " + "Rusk, and " × n', build: (n) => `${FILE}. Drafted by ${fill('Rusk, and ', n - FILE.length - 13)}` },
  { name: 'people-suffixes', what: '"…. Drafted by " + "Rusk, Jr., " × n', build: (n) => `${FILE}. Drafted by ${fill('Rusk, Jr., ', n - FILE.length - 13)}` },
  { name: 'people-spaces', what: '"…. Drafted by Rusk" + spaces + "x"', build: (n) => around(`${FILE}. Drafted by Rusk`, ' ', 'x', n) },
  { name: 'lot-spaces', what: '"…, Lot 66" + spaces + "D" + spaces + "!"', build: (n) => around('Department of State, Lot 66', ' ', `D${' '.repeat(Math.floor(n / 2))}!`, n) },
  { name: 'copy-spaces', what: '"…. Another copy is in the Kennedy Library" + spaces + "x."', build: (n) => around(`${FILE}. Another copy is in the Kennedy Library`, ' ', 'x.', n) },
  { name: 'repeated-spaces', what: '"…. Repeated to London" + spaces + "x"', build: (n) => around(`${FILE}. Repeated to London`, ' ', 'x', n) },
];

const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
/** Smaller sizes tried for a kind that does not finish at the smallest size in the limit. */
const PROBE_SIZES = [500, 1_000, 2_000, 4_000, 8_000];

/**
 * Median of three timings of parsing `text`, in milliseconds per parse. A sample that would be
 * shorter than ~20 ms repeats the parse so that timer resolution and one-off pauses do not
 * dominate small sizes; the result is still the time of one parse.
 */
function medianOf3(text: string): number {
  const once = time(text, 1);
  const repeats = once >= 20 ? 1 : Math.min(1000, Math.ceil(20 / Math.max(once, 0.01)));
  const samples = [time(text, repeats), time(text, repeats), time(text, repeats)].sort((a, b) => a - b);
  return samples[1]!;
}

function time(text: string, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) parseSourceNote(text);
  return (performance.now() - start) / repeats;
}

/** Child: times one kind at every size, printing one JSON line per size as soon as it is measured. */
function runChild(kind: string, sizes: number[]): void {
  const spec = KINDS.find((k) => k.name === kind);
  if (!spec) throw new Error(`unknown kind ${kind}`);
  // Warm up the parser (JIT, lazily filled tables) on small notes of the same kind.
  const warm = spec.build(Math.min(1_000, Math.floor(sizes[0]! / 10)));
  for (let i = 0; i < 5; i++) parseSourceNote(warm);
  for (const size of sizes) {
    const note = spec.build(size);
    if (note.length !== size) throw new Error(`${kind}: built ${note.length} characters, expected ${size}`);
    process.stdout.write(`${JSON.stringify({ size, ms: medianOf3(note) })}\n`);
  }
}

interface Measurement {
  /** Median ms per size; null when the size did not finish within the limit. */
  ms: (number | null)[];
  timedOut: boolean;
  error?: string;
}

interface Row extends Measurement {
  name: string;
  what: string;
  /** For a kind that timed out at the smallest size: the smaller sizes that were measured. */
  probe?: { sizes: number[] } & Measurement;
}

/** Runs one kind in a child process (with tsx's loader, as this process runs: `process.execArgv`). */
function measure(self: string, kind: string, sizes: number[], timeoutMs: number): Measurement {
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--child', kind, '--sizes', sizes.join(',')], {
    encoding: 'utf8',
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 20,
  });
  const measured = new Map<number, number>();
  for (const line of child.stdout.split('\n').filter((l) => l.startsWith('{'))) {
    const { size, ms } = JSON.parse(line) as { size: number; ms: number };
    measured.set(size, ms);
  }
  const timedOut = child.signal === 'SIGKILL' || (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  const result: Measurement = { ms: sizes.map((s) => measured.get(s) ?? null), timedOut };
  if (!timedOut && child.status !== 0) {
    const lines = child.stderr.split('\n');
    result.error = process.env.BENCH_DEBUG ? child.stderr : (lines.find((l) => /Error\b/.test(l)) ?? lines.filter(Boolean).slice(-1)[0] ?? `exit ${child.status}`).trim();
  }
  return result;
}

/** Milliseconds with three significant digits at most (`0.042`, `3.17`, `152.6`). */
function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(1) : ms >= 10 ? ms.toFixed(2) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3);
}

/** `10 kB`, `1 MB`. */
function label(size: number): string {
  return size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1_000} kB`;
}

/** The verdict on the growth from the first to the last measured size. */
function verdict(row: Measurement, sizes: number[], timeoutSeconds: number): { ratio: string; verdict: string } {
  const first = row.ms[0];
  const last = row.ms[row.ms.length - 1];
  const expected = sizes[sizes.length - 1]! / sizes[0]!;
  if (first == null) return { ratio: '–', verdict: row.error ?? `did not finish ${label(sizes[0]!)} in ${timeoutSeconds} s` };
  if (last == null) {
    return { ratio: `> ${((timeoutSeconds * 1000) / first).toFixed(0)}`, verdict: row.timedOut ? `super-linear (did not finish in ${timeoutSeconds} s)` : (row.error ?? 'error') };
  }
  const ratio = last / first;
  const text = ratio <= expected * 3 ? 'linear' : ratio <= expected * 10 ? 'worse than linear?' : 'super-linear';
  return { ratio: ratio.toFixed(0), verdict: text };
}

/** Growth exponent between consecutive measured sizes: ms ∝ size^k. */
function exponents(sizes: number[], ms: (number | null)[]): string {
  const out: string[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const a = ms[i - 1];
    const b = ms[i];
    if (a == null || b == null || a <= 0) break;
    out.push((Math.log(b / a) / Math.log(sizes[i]! / sizes[i - 1]!)).toFixed(1));
  }
  return out.length ? `time ∝ size^${out.join(', ^')}` : '';
}

function runParent(): void {
  const USAGE = `Usage: tsx scripts/bench-adversarial.ts [--timeout S] [--only kind,kind] [--sizes 10000,100000,1000000] [--json FILE]

Parses adversarial notes of growing sizes and reports whether the time grows linearly.`;
  const values = scriptArgs({
    options: {
      timeout: { type: 'string', default: '60' },
      only: { type: 'string' },
      sizes: { type: 'string' },
      json: { type: 'string' },
      child: { type: 'string' },
    },
  }, USAGE);
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  if (values.child) return runChild(values.child, sizes);
  const timeoutSeconds = Number(values.timeout);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const self = fileURLToPath(import.meta.url);
  const rows: Row[] = [];
  const last = label(sizes[sizes.length - 1]!);
  console.log(`parseSourceNote on adversarial notes: median of 3, ms per parse; sizes in characters; limit ${timeoutSeconds} s per kind`);
  console.log(`node ${process.version}, ${process.platform}/${process.arch}\n`);
  console.log(['kind'.padEnd(16), ...sizes.map((s) => `${label(s)} ms`.padStart(12)), `${last}/${label(sizes[0]!)}`.padStart(13), 'verdict'].join(' '));
  for (const kind of KINDS) {
    if (only && !only.has(kind.name)) continue;
    const row: Row = { name: kind.name, what: kind.what, ...measure(self, kind.name, sizes, timeoutSeconds * 1000) };
    if (row.ms[0] == null && row.timedOut) {
      const probeSizes = PROBE_SIZES.filter((s) => s < sizes[0]!);
      row.probe = { sizes: probeSizes, ...measure(self, kind.name, probeSizes, timeoutSeconds * 1000) };
    }
    rows.push(row);
    const cells = row.ms.map((ms) => (ms === null ? (row.timedOut ? 'timeout' : 'error') : formatMs(ms)).padStart(12));
    const { ratio, verdict: text } = verdict(row, sizes, timeoutSeconds);
    console.log([row.name.padEnd(16), ...cells, ratio.padStart(13), text].join(' '));
  }
  console.log('\nkinds:');
  for (const row of rows) console.log(`  ${row.name.padEnd(16)} ${row.what}`);
  const probed = rows.filter((r) => r.probe);
  if (probed.length) {
    console.log(`\nkinds that did not finish ${label(sizes[0]!)} in ${timeoutSeconds} s, at smaller sizes (ms per parse):`);
    for (const row of probed) {
      const probe = row.probe!;
      const cells = probe.sizes.map((s, i) => `${s}: ${probe.ms[i] == null ? (probe.timedOut ? 'timeout' : 'error') : formatMs(probe.ms[i]!)}`);
      console.log(`  ${row.name.padEnd(16)} ${cells.join(', ')}  ${exponents(probe.sizes, probe.ms)}`);
    }
  }
  if (values.json) {
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, `${JSON.stringify({ node: process.version, sizes, timeoutSeconds, rows }, null, 2)}\n`);
  }
}

runParent();
