/**
 * The `frus-cite` binary, run as a child process (`node --import tsx src/cli/index.ts …`), on
 * the inputs in `fixtures/cli/` and the bundled document list.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cli, SLOW } from './run-cli.js';

/** The non-empty lines of `text`, parsed as JSON. */
function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const JSONL = 'fixtures/cli/notes.jsonl';
const LIST = 'fixtures/kennedy-khrushchev-exchanges.txt';

describe('frus-cite parse (ndjson)', SLOW, () => {
  test('one line per input line, in order; broken lines become error lines; exit 1', () => {
    const inputs = readFileSync(new URL(`../../${JSONL}`, import.meta.url), 'utf8').trimEnd().split('\n');
    const { status, stdout, stderr } = cli(['parse', JSONL]);
    expect(status).toBe(1);
    const lines = ndjson(stdout);
    expect(lines).toHaveLength(inputs.length);
    expect(stdout.endsWith('\n')).toBe(true);

    expect(lines[3]).toEqual({
      error: { line: 4, message: expect.stringMatching(/^invalid JSON/) },
      input: {},
    });
    expect(lines[5]).toEqual({
      error: { line: 6, message: 'no `note` or `text` field' },
      input: {
        volume: 'frus1961-63v06',
        doc: 'd1',
        head: 'Message From Chairman Khrushchev to President-elect Kennedy',
        kind: 'source',
      },
    });
    inputs.forEach((input, index) => {
      if (index === 3 || index === 5) return;
      const { note, ...context } = JSON.parse(input) as Record<string, unknown>;
      const record = lines[index]!;
      expect(record.text).toBe(note);
      expect(record.context).toMatchObject({ volume: context.volume, doc: context.doc, kind: 'source' });
    });
    expect(stderr).toBe('frus-cite: 7 notes, 2 errors\n');
  });

  test('parses a record the SPEC way (worked example, doc 4)', () => {
    const { status, stdout } = cli(['parse', LIST]);
    expect(status).toBe(0);
    const d4 = ndjson(stdout).find((record) => (record.context as { doc?: string }).doc === 'd4')!;
    expect(d4).toMatchObject({
      primary: { repositoryId: 'us-department-of-state', file: '711.11-KE/1-2161' },
      classification: { level: 'unclassified' },
      handling: ['Niact'],
    });
  });

  test('the document list gives 29 records, d1–d30 without d20', () => {
    const { status, stdout, stderr } = cli(['parse', LIST]);
    expect(status).toBe(0);
    expect(stderr).toBe('frus-cite: 29 notes, 0 errors\n');
    const records = ndjson(stdout);
    const expected = [...Array.from({ length: 19 }, (_, i) => i + 1), ...Array.from({ length: 10 }, (_, i) => i + 21)];
    expect(records.map((record) => (record.context as { doc?: string }).doc)).toEqual(expected.map((n) => `d${n}`));
    expect(records[3]).toMatchObject({
      context: { n: '4', head: 'Telegram From the Department of State to the Embassy in the Soviet Union' },
    });
    expect(records.every((record) => typeof record.text === 'string' && record.text.startsWith('Source:'))).toBe(true);
  });

  test('reads standard input with `-` (and when FILE is omitted)', () => {
    const input = 'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.\n\n893.50/283: Telegram\n';
    for (const args of [['parse', '-'], ['parse']]) {
      const { status, stdout } = cli(args, input);
      expect(status).toBe(0);
      expect(ndjson(stdout).map((record) => record.text)).toEqual([
        'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.',
        '893.50/283: Telegram',
      ]);
    }
  });

  test('empty input: no output, a warning and the summary, exit 0', () => {
    const { status, stdout, stderr } = cli(['parse', '-'], '');
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toBe('frus-cite: <stdin>: no notes found\nfrus-cite: 0 notes, 0 errors\n');
  });

  test('--quiet drops the summary', () => {
    const { status, stderr } = cli(['parse', LIST, '--quiet']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('frus-cite parse --format', SLOW, () => {
  test('json is one valid array with error entries in place', () => {
    const { status, stdout } = cli(['parse', JSONL, '--format', 'json']);
    expect(status).toBe(1);
    const array = JSON.parse(stdout) as Record<string, unknown>[];
    expect(Array.isArray(array)).toBe(true);
    expect(array).toHaveLength(7);
    expect(array[3]).toMatchObject({ error: { line: 4 } });
    expect(array[0]).toMatchObject({ text: '740.0011 European War 1939/10525: Telegram' });
  });

  test('json of empty input is []', () => {
    expect(cli(['parse', '-f', 'json'], '\n').stdout).toBe('[]\n');
  });

  test('table shows the headings and one row per document', () => {
    const { status, stdout } = cli(['parse', LIST, '--format', 'table']);
    expect(status).toBe(0);
    const [header, rule, ...rest] = stdout.split('\n');
    for (const heading of ['doc', 'repository', 'collection', 'file/lot', 'classification', 'handling']) {
      expect(header).toContain(heading);
    }
    expect(rule).toMatch(/^-+(?: {2}-+)+$/);
    const d4 = rest.find((line) => /^\s*\d+\s+d4\s/.test(line))!;
    expect(d4).toContain('us-department-of-state');
    expect(d4).toContain('711.11-KE/1-2161');
    expect(d4).toContain('Niact');
    expect(rest.filter((line) => /^\s*\d+\s+d\d+\s/.test(line))).toHaveLength(29);
    expect(stdout).toContain('29 notes');
  });

  test('table shows error rows', () => {
    const { status, stdout } = cli(['parse', JSONL, '--format', 'table']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/^\s*4\s+error: invalid JSON/m);
    expect(stdout).toMatch(/^\s*6\s+d1\s+error: no `note` or `text` field$/m);
  });
});

describe('frus-cite errors and help', SLOW, () => {
  test.each([
    ['binary file', 'fixtures/cli/binary.bin', /^frus-cite: fixtures\/cli\/binary\.bin: binary file/],
    ['invalid UTF-8', 'fixtures/cli/latin1.txt', /^frus-cite: fixtures\/cli\/latin1\.txt:3: invalid UTF-8/],
    ['missing file', 'fixtures/cli/no-such-file.txt', /^frus-cite: fixtures\/cli\/no-such-file\.txt: no such file/],
    ['directory', 'fixtures/cli', /^frus-cite: fixtures\/cli: is a directory/],
  ])('%s → exit 2, message on stderr, nothing on stdout', (_, file, message) => {
    const { status, stdout, stderr } = cli(['parse', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  test.each([
    [['parse', '--bogus', JSONL], /unknown option '--bogus'/],
    [['parse', JSONL, '--format', 'xml'], /invalid --format 'xml'/],
    [['parse', JSONL, '--format'], /argument missing/],
    [['parse', JSONL, JSONL], /at most one FILE/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['--bogus'], /unknown option '--bogus'/],
    [[], /missing command/],
  ])('%j → exit 2 with the usage', (args, message) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/Usage: frus-cite/);
  });

  test.each([[['--help']], [['-h']], [['help']]])('%j → program help on stdout, exit 0', (args) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: frus-cite <command>/);
    expect(stdout).toMatch(/^ {2}parse {2}/m);
  });

  test.each([[['parse', '--help']], [['parse', '-h']], [['help', 'parse']], [['parse', 'anything', '--format', 'json', '-h']]])(
    '%j → parse help, exit 0',
    (args) => {
      const { status, stdout } = cli(args);
      expect(status).toBe(0);
      expect(stdout).toMatch(/^Usage: frus-cite parse \[FILE\|-\]/);
      expect(stdout).toContain('--format');
    },
  );

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const { status, stdout } = cli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});
