/**
 * Hostile and large inputs through the binary (`node --import tsx src/cli/index.ts …`): UTF-16,
 * empty files, binary data, bad encoding near the top and far down, a 20 MB line, broken JSONL
 * lines, a 10,000-line batch, and truncated or hostile TEI. Inputs are generated into a
 * temporary directory. Only behaviour is asserted (no timing or memory).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cli, ROOT, SLOW } from './run-cli.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'frus-cite-hostile-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` to `name` in the temporary directory and returns its path. */
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The non-empty lines of `text`, parsed as JSON. */
function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** UTF-16 bytes of `text` with a byte-order mark. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = Buffer.from(text, 'utf16le');
  if (endian === 'be') bytes.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
}

const NOTE_A = 'Source: Department of State, Central Files, 845.00/9–2448. Secret. The Chargé’s report.';
const NOTE_B = 'Source: Kennedy Library, President’s Office Files, USSR. Confidential.';
const JSONL = `${JSON.stringify({ doc: 'd1', note: NOTE_A })}\r\n${JSON.stringify({ doc: 'd2', note: NOTE_B })}\r\n`;
const TEI = 'fixtures/tei/frus1961-63v06-excerpt.xml';

describe('encodings', SLOW, () => {
  test.each(['le', 'be'] as const)('a UTF-16%s file with BOM is read correctly', (endian) => {
    const path = file(`notes-utf16${endian}.jsonl`, utf16(JSONL, endian));
    const { status, stdout, stderr } = cli(['parse', path]);
    expect(status).toBe(0);
    expect(ndjson(stdout).map((record) => [record.text, (record.context as { doc: string }).doc])).toEqual([
      [NOTE_A, 'd1'],
      [NOTE_B, 'd2'],
    ]);
    expect(stderr).toBe('frus-cite: 2 notes, 0 errors\n');
  });

  test('cite reads a UTF-16 paragraphs file from stdin', () => {
    const { status, stdout } = cli(['cite', '-'], utf16(`${NOTE_B}\n\n${NOTE_A}\n`, 'be'));
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(stdout).toContain('John F. Kennedy Presidential Library');
  });

  test.each([
    ['binary (NUL byte)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /: binary file \(NUL byte at offset 8\)/],
    ['UTF-16 without BOM', Buffer.from('Source: Department of State.', 'utf16le'), /: binary file/],
    ['text, then a NUL byte within the first 8 KiB', Buffer.concat([Buffer.from(JSONL.repeat(20)), Buffer.from([0])]), /: binary file \(NUL byte at offset \d+\)/],
    ['invalid UTF-8 on line 3', Buffer.concat([Buffer.from(`${NOTE_B}\n\nThe Charg`), Buffer.from([0xe9, 0x0a])]), /:3: invalid UTF-8 \(byte 0xE9 at column 10\)/],
  ])('%s: every command and format refuses with exit 2 and an empty stdout', (_, bytes, message) => {
    const path = file('refused.txt', bytes);
    for (const args of [['parse', path], ['parse', path, '-f', 'json'], ['parse', path, '-f', 'table'], ['cite', path], ['cite', path, '-s', 'csl-json']]) {
      const { status, stdout, stderr } = cli(args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
    const piped = cli(['parse'], bytes);
    expect(piped.status).toBe(2);
    expect(piped.stdout).toBe('');
  });

  test('invalid UTF-8 past the first 1 MiB: the records before it are written, then exit 2 with file:line', () => {
    const line = `${JSON.stringify({ note: NOTE_B })}\n`;
    const good = Math.ceil((1.5 * 1024 * 1024) / Buffer.byteLength(line));
    const path = file('late.jsonl', Buffer.concat([Buffer.from(line.repeat(good)), Buffer.from('{"note": "Charg'), Buffer.from([0xe9]), Buffer.from(`"}\n${line}`)]));
    const ndjsonRun = cli(['parse', path]);
    expect(ndjsonRun.status).toBe(2);
    expect(ndjson(ndjsonRun.stdout)).toHaveLength(good);
    expect(ndjsonRun.stderr).toContain(`late.jsonl:${good + 1}: invalid UTF-8 (byte 0xE9 at column 16)`);
    expect(ndjsonRun.stderr).toContain(`frus-cite: ${good} notes, 0 errors`);
    // The JSON array is closed, so what was written is still valid JSON.
    const jsonRun = cli(['parse', path, '-f', 'json']);
    expect(jsonRun.status).toBe(2);
    expect(JSON.parse(jsonRun.stdout)).toHaveLength(good);
  });
});

describe('empty and oversized inputs', SLOW, () => {
  test.each([
    ['empty', ''],
    ['only a UTF-8 BOM', '\uFEFF'],
    ['only blank lines', '\n \r\n\t\n'],
  ])('%s file: no output, a warning, exit 0', (_, content) => {
    const path = file('empty.txt', content);
    const parse = cli(['parse', path]);
    expect(parse).toEqual({ status: 0, stdout: '', stderr: `frus-cite: ${path}: no notes found\nfrus-cite: 0 notes, 0 errors\n` });
    expect(cli(['parse', path, '-f', 'json']).stdout).toBe('[]\n');
    const cite = cli(['cite', path]);
    expect(cite.status).toBe(0);
    expect(cite.stdout).toBe('');
    expect(cite.stderr).toContain('no documents found');
    expect(cli(['cite', path, '-s', 'csl-json']).stdout).toBe('[]\n');
  });

  test('a 20 MB single-line file gives one error record and exit 1, and the next line is still read', () => {
    const big = `{"note": "${'x'.repeat(20 * 1024 * 1024)}"}`;
    const path = file('one-line.jsonl', `${big}\n${JSON.stringify({ note: NOTE_B })}\n`);
    const { status, stdout, stderr } = cli(['parse', path]);
    expect(status).toBe(1);
    const records = ndjson(stdout);
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual({ error: { line: 1, message: `line too long (${big.length} characters; the limit is 1048576)` }, input: {} });
    expect(records[1]).toMatchObject({ text: NOTE_B });
    expect(stderr).toBe('frus-cite: 2 notes, 1 error\n');
  });

  test('a 20 MB single-line plain-text file: one error, for parse and for cite', () => {
    const path = file('one-line.txt', `Source: ${'y'.repeat(20 * 1024 * 1024)}`);
    const parse = cli(['parse', path]);
    expect(parse.status).toBe(1);
    expect(ndjson(parse.stdout)).toEqual([{ error: { line: 1, message: expect.stringMatching(/^paragraph too long/) }, input: {} }]);
    const cite = cli(['cite', path]);
    expect(cite.status).toBe(1);
    expect(cite.stdout).toMatch(/^\[line 1: paragraph too long \(\d+ characters; the limit is 1048576\)\]\n$/);
    expect(cite.stderr).toContain('one-line.txt:1: paragraph too long');
  });

  test('a note over the note limit is an error record with its context', () => {
    const path = file('long-note.jsonl', `${JSON.stringify({ doc: 'd9', note: `Source: ${'z'.repeat(70_000)}` })}\n`);
    const { status, stdout } = cli(['parse', path]);
    expect(status).toBe(1);
    expect(ndjson(stdout)).toEqual([{ error: { line: 1, message: 'note too long (70008 characters; the limit is 65536)' }, input: { doc: 'd9' } }]);
  });

  test('cite refuses a document list over its whole-file limit, writing nothing', () => {
    const entry = `1. Telegram From the Department of State to the Embassy in the Soviet Union\n\n${NOTE_A}\n\n`;
    const path = file('huge-list.txt', entry.repeat(Math.ceil((16 * 1024 * 1024 + 1) / entry.length)));
    const { status, stdout, stderr } = cli(['cite', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/huge-list\.txt: too large to read whole as a document list \(more than 16777216 characters\)/);
  });
});

describe('batches: one output per input, errors in place', SLOW, () => {
  /** Line `i` (1-based) of the generated batch: every 10th is broken in one of four ways. */
  function batchLine(i: number): string {
    if (i % 10 !== 0) return JSON.stringify({ doc: `d${i}`, note: i % 2 === 0 ? NOTE_A : NOTE_B });
    return ['{"doc": "broken', '[1, 2]', JSON.stringify({ doc: `d${i}` }), JSON.stringify({ doc: `d${i}`, note: 42 })][(i / 10) % 4]!;
  }

  test('a 10,000-line jsonl gives 10,000 lines in order', () => {
    const path = file('batch.jsonl', `${Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ doc: `d${i + 1}`, note: NOTE_B })).join('\n')}\n`);
    const { status, stdout, stderr } = cli(['parse', path, '--format', 'ndjson']);
    expect(status).toBe(0);
    const records = ndjson(stdout);
    expect(records).toHaveLength(10_000);
    expect(records.every((record, i) => (record.context as { doc: string }).doc === `d${i + 1}`)).toBe(true);
    expect(stderr).toBe('frus-cite: 10000 notes, 0 errors\n');
    expect(JSON.parse(cli(['parse', path, '--format', 'json']).stdout)).toHaveLength(10_000);
  });

  test('broken jsonl lines are error records at their line numbers; counts on stderr; exit 1', () => {
    const path = file('broken.jsonl', Array.from({ length: 100 }, (_, i) => batchLine(i + 1)).join('\n'));
    const { status, stdout, stderr } = cli(['parse', path]);
    expect(status).toBe(1);
    const records = ndjson(stdout);
    expect(records).toHaveLength(100);
    records.forEach((record, i) => {
      if ((i + 1) % 10 === 0) expect(record.error).toMatchObject({ line: i + 1 });
      else expect(record).toMatchObject({ context: { doc: `d${i + 1}` } });
    });
    expect(stderr).toBe('frus-cite: 100 notes, 10 errors\n');

    const cite = cli(['cite', path, '--style', 'chicago-short']);
    expect(cite.status).toBe(1);
    const lines = cite.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(100);
    expect(lines.filter((line) => line.startsWith('[line '))).toEqual(Array.from({ length: 10 }, (_, i) => expect.stringMatching(new RegExp(`^\\[line ${(i + 1) * 10}: `))));
    for (let n = 10; n <= 100; n += 10) expect(cite.stderr).toContain(`broken.jsonl:${n}: `);
    expect(cite.stderr).toContain('frus-cite: 100 documents, 10 errors\n');
  });
});

describe('a reader that goes away (| head)', SLOW, () => {
  /** Runs the CLI with `args`, reads stdout up to the first line break and closes it; resolves on exit. */
  function firstLineThenClose(args: readonly string[]): Promise<{ status: number | null; first: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let stderr = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (text: string) => {
        out += text;
        if (out.includes('\n')) child.stdout.destroy();
      });
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (text: string) => {
        stderr += text;
      });
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, first: out.slice(0, out.indexOf('\n')), stderr }));
    });
  }

  test.each([
    ['parse', ['--format', 'ndjson']],
    ['parse', ['--format', 'json']],
    ['cite', ['--style', 'chicago-note']],
    ['cite', ['--style', 'csl-json']],
  ])('%s %s stops quietly, exit 0, no summary', async (command, options) => {
    const path = file('many.jsonl', `${Array.from({ length: 50_000 }, (_, i) => JSON.stringify({ doc: `d${i + 1}`, note: NOTE_A })).join('\n')}\n`);
    const { status, first, stderr } = await firstLineThenClose([command, path, ...options]);
    expect(status).toBe(0);
    expect(first).not.toBe('');
    // The summary is not printed when the reader has gone away: the run stopped early.
    expect(stderr).toBe('');
  });
});

describe('hostile TEI', SLOW, () => {
  const volume = readFileSync(new URL(`../../${TEI}`, import.meta.url), 'utf8');

  test('a truncated volume: the documents before the cut, the cut marked in place, its line on stderr, exit 1', () => {
    const lines = volume.split('\n');
    const cut = lines.findIndex((line) => line.includes('xml:id="d4"')) + 3; // inside document 4
    const path = file('truncated.xml', lines.slice(0, cut).join('\n'));
    const { status, stdout, stderr } = cli(['cite', path, '--style', 'chicago-short']);
    expect(status).toBe(1);
    const out = stdout.trimEnd().split('\n');
    expect(out.slice(0, 3)).toEqual([expect.stringMatching(/doc\. 1\.$/), expect.stringMatching(/doc\. 2\.$/), expect.stringMatching(/doc\. 3\.$/)]);
    expect(out[3]).toMatch(/^\[line \d+: the TEI input could not be read past this line/);
    expect(out).toHaveLength(4);
    expect(stderr).toMatch(/truncated\.xml:\d+: unexpected end of input: .*truncated XML\?.*document 4/);
  });

  test('entity bombs and external entities are never expanded or fetched', () => {
    const path = file(
      'bomb.xml',
      `<?xml version="1.0"?>
<!DOCTYPE TEI [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
<div type="document" n="1" xml:id="d1"><head>Telegram From the Embassy in the Soviet Union to the Department of State &c; &xxe;</head>
<note type="source">Source: Department of State, Central Files, 711.11/1-161. Secret. &xxe;</note></div>
</body></text></TEI>
`,
    );
    const { status, stdout, stderr } = cli(['cite', path]);
    expect(status).toBe(1);
    expect(stdout).toContain('&c; &xxe;');
    expect(stdout).not.toContain('aaaaaaaaaa');
    expect(stdout).not.toContain('root:');
    expect(stderr).toMatch(/bomb\.xml:\d+: DOCTYPE/);
  });

  test('deeply nested XML stops with a diagnostic, no crash', () => {
    const path = file('deep.xml', `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>${'<div>'.repeat(100_000)}${'</div>'.repeat(100_000)}</body></text></TEI>`);
    const { status, stderr } = cli(['cite', path]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/deep\.xml:1: elements nested deeper than 256 levels/);
  });

  test('malformed XML from stdin', () => {
    const { status, stdout, stderr } = cli(['cite', '-', '--style', 'csl-json'], '<TEI><text><div type="document"></TEI>');
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toMatch(/<stdin>:1: /);
  });
});
