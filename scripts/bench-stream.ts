/**
 * Streaming benchmark of the CLI: peak memory must not grow with the input.
 *
 * Generates JSONL inputs of 10,000, 100,000 and 1,000,000 notes in a temporary directory (the
 * gold notes of `fixtures/gold/*.jsonl`, their `gold` answers dropped, replicated with a fresh
 * `doc` per line), runs
 *
 * ```sh
 * node --import tsx src/cli/index.ts parse FILE --format ndjson > /dev/null
 * ```
 *
 * as a child process for each (with `--dist`, the built CLI instead: `node dist/cli/index.js …`,
 * what users run; build it first), and prints a table of wall time, notes/s and the child's peak
 * RSS. Peak RSS comes from `/usr/bin/time -v` (GNU time) when it is there, else from a preload
 * module that prints `process.resourceUsage().maxRSS` when the child exits. The count in the
 * CLI's summary line is checked against the input (one record per line).
 *
 * Usage: `tsx scripts/bench-stream.ts [--sizes 10000,100000,1000000] [--commands parse,cite]
 * [--keep] [--dist]` (`--keep` leaves the generated files in place and prints their directory).
 *
 * Timings and memory are printed, never asserted.
 *
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from './script-args.js';

const USAGE = `Usage: tsx scripts/bench-stream.ts [--sizes 10000,100000,1000000] [--commands parse,cite] [--keep] [--dist]

Runs the CLI over files of the given numbers of notes and prints notes/s and peak RSS.`;
const values = scriptArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    commands: { type: 'string', default: 'parse' },
    keep: { type: 'boolean', default: false },
    // The built CLI rather than the sources through tsx, whose per-module transform runs the same
    // code slower (as `scripts/bench.ts --dist`).
    dist: { type: 'boolean', default: false },
  },
}, USAGE);

const sizes = values.sizes.split(',').map((size) => Number(size.replaceAll('_', '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(`--sizes must be positive integers separated by commas, got "${values.sizes}"`);
  process.exit(2);
}
const commands = values.commands.split(',');
if (commands.some((command) => command !== 'parse' && command !== 'cite')) {
  console.error(`--commands must be parse, cite or both, got "${values.commands}"`);
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
if (values.dist && !existsSync(join(root, 'dist', 'cli', 'index.js'))) {
  console.error('--dist: dist/cli/index.js not found; run npm run build first');
  process.exit(2);
}
const goldDir = join(root, 'fixtures', 'gold');

/** The gold notes as input lines: the note and its context, without the expected answers. */
function baseNotes(): Record<string, unknown>[] {
  const notes: Record<string, unknown>[] = [];
  for (const name of readdirSync(goldDir).filter((file) => file.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(goldDir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { gold: _gold, id: _id, ...input } = JSON.parse(line) as Record<string, unknown>;
      if (typeof input.note === 'string') notes.push(input);
    }
  }
  return notes;
}

/** Writes `count` notes, one JSON object per line, to `path`; returns the file size in bytes. */
function writeNotes(path: string, count: number, base: readonly Record<string, unknown>[]): number {
  const fd = openSync(path, 'w');
  try {
    let batch: string[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(JSON.stringify({ ...base[i % base.length], doc: `d${i + 1}` }));
      if (batch.length === 10_000 || i === count - 1) {
        writeSync(fd, `${batch.join('\n')}\n`);
        batch = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  return statSync(path).size;
}

/** Whether GNU time is at `/usr/bin/time` (it takes `-v` and reports the peak RSS). */
function gnuTimeAvailable(): boolean {
  if (!existsSync('/usr/bin/time')) return false;
  const probe = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

interface Run {
  seconds: number;
  peakRssKiB: number | null;
  summary: string;
  status: number | null;
}

/** Runs one CLI command on `file` with stdout to /dev/null; measures wall time and peak RSS. */
function runCli(command: string, file: string, useTime: boolean, probe: string): Promise<Run> {
  const entry = values.dist ? ['dist/cli/index.js'] : ['--import', 'tsx', 'src/cli/index.ts'];
  const cliArgs =
    command === 'parse'
      ? [...entry, 'parse', file, '--format', 'ndjson']
      : [...entry, 'cite', file, '--style', 'chicago-note'];
  const [program, args] = useTime
    ? ['/usr/bin/time', ['-v', process.execPath, ...cliArgs]]
    : [process.execPath, ['--import', probe, ...cliArgs]];
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(program, args as string[], { cwd: root, stdio: ['ignore', devNull, 'pipe'] });
    let stderr = '';
    const errors = child.stderr!; // stdio[2] is 'pipe'
    errors.setEncoding('utf8');
    errors.on('data', (text: string) => {
      stderr += text;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      closeSync(devNull);
      const seconds = (performance.now() - started) / 1000;
      const rss = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /^bench-stream maxRSS (\d+)$/m.exec(stderr);
      const summary = /^frus-cite: (\d+ (?:notes?|documents?), \d+ errors?)$/m.exec(stderr);
      resolve({ seconds, peakRssKiB: rss ? Number(rss[1]) : null, summary: summary?.[1] ?? `(no summary; stderr: ${stderr.slice(0, 200)})`, status });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'frus-cite-bench-stream-'));
try {
  const probe = join(dir, 'rss-probe.mjs');
  writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nbench-stream maxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const useTime = gnuTimeAvailable();
  const base = baseNotes();
  console.log(`Streaming benchmark of ${values.dist ? 'the built CLI (dist/cli/index.js)' : 'the CLI through tsx'}: ${base.length} gold notes replicated; peak RSS from ${useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS (preload)'}; Node ${process.version}`);
  console.log(`Inputs in ${dir}${values.keep ? ' (kept)' : ''}\n`);

  const rows: string[][] = [['command', 'notes', 'input MB', 'wall s', 'notes/s', 'peak RSS MB', 'exit', 'summary']];
  for (const size of sizes) {
    const file = join(dir, `notes-${size}.jsonl`);
    const bytes = writeNotes(file, size, base);
    for (const command of commands) {
      const run = await runCli(command, file, useTime, probe);
      rows.push([
        command,
        size.toLocaleString('en-US'),
        (bytes / 1e6).toFixed(1),
        run.seconds.toFixed(2),
        Math.round(size / run.seconds).toLocaleString('en-US'),
        run.peakRssKiB === null ? '?' : (run.peakRssKiB / 1024).toFixed(1),
        String(run.status),
        run.summary,
      ]);
      console.error(`  ${command} ${size}: ${run.seconds.toFixed(1)} s`);
    }
    if (!values.keep) rmSync(file);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const format = (row: string[]): string => row.map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  console.log(format(rows[0]!));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows.slice(1)) console.log(format(row));
  console.log(`\nMB = 10^6 bytes (input), 2^20 bytes (RSS). Wall time includes the start-up of Node${values.dist ? '' : ' and tsx (about 0.5 s)'}.`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
