/**
 * Streaming input: the incremental decoder, line and paragraph splitting with limits, the
 * push-style item reader, and `openDecoded`. Every chunked result is checked against the
 * whole-text readers, at chunk sizes that split CRLFs, multi-byte sequences and surrogate pairs.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { utf16, utf8 } from './bytes.js';
import { DecodeError, decodeInput, IncrementalDecoder } from '../../src/io/decode.js';
import { DocumentListScanner, readDocumentList } from '../../src/io/document-list.js';
import { readJsonl } from '../../src/io/jsonl.js';
import { LineSplitter, ParagraphAssembler, splitLines, type Line, type Oversized } from '../../src/io/lines.js';
import { readParagraphs } from '../../src/io/paragraphs.js';
import { ItemReader, openDecoded, readItemBatches, readItemStream } from '../../src/io/stream.js';
import type { InputFormat, InputItem } from '../../src/io/types.js';

/** Fixed seed of the property tests, as in test/parse/properties.test.ts: a failure reproduces everywhere, and CI runs what ran here. */
const PROPERTY_SEED = 20261123;


/** `bytes` cut into pieces of `size` bytes. */
function chunks(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

/** `text` cut into pieces of `size` characters. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length; at += size) out.push(text.slice(at, at + size));
  return out;
}

/** Decodes `bytes` fed in pieces of `size` bytes. */
function decodeChunked(bytes: Uint8Array, size: number, file = 'notes.txt'): string {
  const decoder = new IncrementalDecoder(file);
  let text = '';
  for (const chunk of chunks(bytes, size)) text += decoder.push(chunk);
  return text + decoder.end();
}

/** The DecodeError of `run`, and the text decoded before it was thrown. */
function chunkedFailure(bytes: Uint8Array, size: number): { error: DecodeError; before: string } {
  const decoder = new IncrementalDecoder('notes.txt');
  let before = '';
  try {
    for (const chunk of chunks(bytes, size)) before += decoder.push(chunk);
    before += decoder.end();
  } catch (error) {
    if (error instanceof DecodeError) return { error, before };
    throw error;
  }
  throw new Error('expected a DecodeError');
}

/** An async iterable over `items`. */
async function* from<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

/** Everything an async iterable yields. */
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

// Mixed line ends, two-, three- and four-byte characters, a BOM-like U+FEFF inside the text.
const MIXED = 'Source: Department of State, Central Files, 845.00/9–2448.\r\nThe Chargé’s report 😀.\rLine three\n\n\uFEFFfour\r\n';
const SIZES = [1, 2, 3, 5, 7, 64, 8195, 1 << 20];

describe('IncrementalDecoder', () => {
  test.each(SIZES)('decodes UTF-8 fed in chunks of %i bytes as a whole', (size) => {
    const big = MIXED.repeat(400); // > 8 KiB, so the binary probe fills before the end
    expect(decodeChunked(utf8(big), size)).toBe(big);
    expect(decodeChunked(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(big)]), size)).toBe(big);
  });

  test.each([1, 2, 5, 4096])('keeps nothing of a chunk the caller reuses (Buffers of %i bytes, overwritten after each push)', (size) => {
    // Buffer#slice is a view: a held-back sequence or probe must be copied out of the chunk.
    const big = MIXED.repeat(400);
    const bytes = utf8(big);
    const decoder = new IncrementalDecoder('notes.txt');
    const reused = Buffer.alloc(size);
    let text = '';
    for (let at = 0; at < bytes.length; at += size) {
      const piece = bytes.subarray(at, at + size);
      reused.set(piece);
      text += decoder.push(reused.subarray(0, piece.length));
      reused.fill(0x3f); // what the next read would leave there
    }
    expect(text + decoder.end()).toBe(big);
  });

  test.each(SIZES)('decodes UTF-16 LE and BE with BOM fed in chunks of %i bytes', (size) => {
    const big = MIXED.repeat(300);
    expect(decodeChunked(utf16(big, 'le'), size)).toBe(big);
    expect(decodeChunked(utf16(big, 'be'), size)).toBe(big);
  });

  test.each([1, 3, 4096, 100_000])('invalid UTF-8 far into the input: the text before it, then line and column (chunks of %i)', (size) => {
    const good = 'Source: x.\r\n'.repeat(10_000); // 120,000 bytes, 10,000 lines
    const bytes = new Uint8Array([...utf8(`${good}The Charg`), 0xe9, ...utf8(' in India.\n')]);
    const { error, before } = chunkedFailure(bytes, size);
    expect(error.message).toBe('notes.txt:10001: invalid UTF-8 (byte 0xE9 at column 10); save the file as UTF-8');
    expect(before).toBe(`${good}The Charg`);
  });

  test('the line and column of a bad byte, whatever the line breaks and chunk size (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '𝒜', '\r', '\n', '\r\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 9 }), (good, size) => {
        // Past the binary probe, so that the text is decoded chunk by chunk.
        const before = `${'x'.repeat(9000)}\n${good}`;
        const lines = before.split(/\r\n|\r|\n/);
        const line = lines.length;
        const column = [...lines[lines.length - 1]!].length + 1;
        const { error } = chunkedFailure(new Uint8Array([...utf8(before), 0xff]), size * 997);
        expect([error.line, error.reason]).toEqual([line, `invalid UTF-8 (byte 0xFF at column ${column}); save the file as UTF-8`]);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  test('a sequence truncated at the end of the input', () => {
    const { error } = chunkedFailure(new Uint8Array([...utf8('ab\nc'), 0xe2, 0x80]), 1);
    expect(error.line).toBe(2);
    expect(error.reason).toBe('invalid UTF-8 (byte 0xE2 at column 2); save the file as UTF-8');
  });

  test('an unpaired surrogate in UTF-16 is reported with its line', () => {
    const good = 'a\n'.repeat(5000);
    const { error, before } = chunkedFailure(utf16(`${good}b\nc\uD800d`, 'le'), 3);
    expect(error.line).toBe(5002);
    expect(error.reason).toMatch(/^invalid UTF-16LE text .*column 2/);
    expect(before).toBe(`${good}b\nc`);
  });

  test('binary input is refused before any text is returned', () => {
    const bytes = new Uint8Array(20_000).fill(0x61);
    bytes[5000] = 0;
    const decoder = new IncrementalDecoder('image.png');
    expect(decoder.push(bytes.subarray(0, 4096))).toBe('');
    expect(() => decoder.push(bytes.subarray(4096, 9000))).toThrow('image.png: binary file (NUL byte at offset 5000), expected UTF-8 text');
  });

  test('a UTF-16 BOM split over the first chunks is still seen', () => {
    expect(decodeChunked(utf16('Source: x', 'be'), 1)).toBe('Source: x');
  });

  test('decodeInput is the same decoder on one chunk', () => {
    expect(decodeInput(utf16(MIXED, 'le'), 'x')).toBe(MIXED);
  });
});

describe('LineSplitter', () => {
  const run = (text: string, size: number, max = 1000): (Line | Oversized)[] => {
    const splitter = new LineSplitter(max);
    return [...pieces(text, size).flatMap((piece) => splitter.push(piece)), ...splitter.end()];
  };

  test.each([1, 2, 3, 10, 1000])('splits like splitLines in pieces of %i characters (a CRLF split in two)', (size) => {
    const expected = splitLines(MIXED).map((text, i) => ({ line: i + 1, text }));
    expect(run(MIXED, size)).toEqual(expected);
    expect(run('no final break', size)).toEqual([{ line: 1, text: 'no final break' }]);
    expect(run('', size)).toEqual([]);
  });

  test('splits like splitLines whatever the line breaks and wherever the text is cut (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '\r', '\n', '\r\n', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 8 }), (whole, cuts) => {
        const at = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
        const splitter = new LineSplitter(1000);
        const lines: (Line | Oversized)[] = [];
        let from = 0;
        for (const cut of [...at, whole.length]) {
          lines.push(...splitter.push(whole.slice(from, cut)));
          from = cut;
        }
        lines.push(...splitter.end());
        expect(lines).toEqual(splitLines(whole).map((line, i) => ({ line: i + 1, text: line })));
      }),
      { seed: PROPERTY_SEED, numRuns: 2000 },
    );
  });

  test('a line over the limit is counted, not kept, and the next lines go on', () => {
    const long = `${'x'.repeat(600)}tail`;
    for (const size of [1, 7, 50, 10_000]) {
      expect(run(`short\r\n${long}\r\nafter\n`, size, 300)).toEqual([
        { line: 1, text: 'short' },
        { oversized: true, line: 2, length: 604, prefix: 'x'.repeat(256) },
        { line: 3, text: 'after' },
      ]);
    }
  });
});

describe('ParagraphAssembler', () => {
  test('a paragraph over the limit is one oversized unit at its first line', () => {
    const assembler = new ParagraphAssembler(20);
    const lines = splitLines('a\n\nSource: first line\nand a second one\n\nc').map((text, i) => ({ line: i + 1, text }));
    const out = [...lines.flatMap((line) => assembler.push(line)), ...assembler.end()];
    expect(out).toEqual([
      { line: 1, lines: ['a'] },
      { oversized: true, line: 3, length: 35, prefix: 'Source: first line' },
      { line: 6, lines: ['c'] },
    ]);
  });
});

describe('limits in the readers', () => {
  test('jsonl: an over-long line and an over-long note are error items in place', () => {
    const text = ['{"note": "a"}', `{"note": "${'b'.repeat(50)}"}`, `{"note": "c", "doc": "d3", "x": "${'y'.repeat(200)}"}`, '{"note": "d"}'].join('\n');
    const items = [...readJsonl(text, { maxLineLength: 100, maxNoteLength: 20 })];
    expect(items).toEqual([
      { kind: 'note', line: 1, text: 'a', context: {} },
      { kind: 'error', line: 2, message: 'note too long (50 characters; the limit is 20)', context: {} },
      { kind: 'error', line: 3, message: 'line too long (235 characters; the limit is 100)', context: {} },
      { kind: 'note', line: 4, text: 'd', context: {} },
    ]);
  });

  test('paragraphs: an over-long paragraph is an error item at its first line', () => {
    const items = [...readParagraphs(`one\n\n${'x'.repeat(60)}\n${'y'.repeat(60)}\n\nthree`, { maxLineLength: 100 })];
    expect(items.map((item) => [item.kind, item.line])).toEqual([
      ['note', 1],
      ['error', 3],
      ['note', 6],
    ]);
    expect(items[1]).toMatchObject({ message: 'paragraph too long (121 characters; the limit is 100)' });
  });

  test('document list: an over-long Source paragraph is an error for its entry, with the context', () => {
    const text = `1. Letter\n\nSource: ${'x'.repeat(200)}\n\n2. Telegram\n\nSource: Department of State.\n`;
    expect([...readDocumentList(text, { maxLineLength: 100 })]).toEqual([
      { kind: 'error', line: 3, message: 'paragraph too long (208 characters; the limit is 100)', context: { doc: 'd1', n: '1', head: 'Letter' } },
      { kind: 'note', line: 7, text: 'Source: Department of State.', context: { doc: 'd2', n: '2', head: 'Telegram' } },
    ]);
  });

  test('document list: an over-long heading paragraph is an error; an over-long other paragraph is ignored', () => {
    const text = `${'z'.repeat(200)}\n\n3. Memo ${'m'.repeat(200)}\n\n4. Letter\n\nSource: Department of State.\n`;
    const items = [...readDocumentList(text, { maxLineLength: 100 })];
    expect(items.map((item) => [item.kind, item.line, item.context.doc])).toEqual([
      ['error', 3, 'd3'],
      ['note', 7, 'd4'],
    ]);
  });

  test('the scanner hands an entry on as soon as it has its note', () => {
    const scanner = new DocumentListScanner();
    expect(scanner.push({ line: 1, lines: ['4. Telegram'] })).toEqual([]);
    expect(scanner.push({ line: 3, lines: ['Source: x.'] })).toMatchObject([{ n: '4', note: { line: 3, text: 'Source: x.' } }]);
    expect(scanner.end()).toEqual([]);
  });
});

describe('ItemReader', () => {
  const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
  const whole: Record<InputFormat, (text: string) => Iterable<InputItem>> = {
    jsonl: readJsonl,
    paragraphs: readParagraphs,
    'document-list': readDocumentList,
  };
  const cases: [InputFormat, string][] = [
    ['jsonl', fixture('cli/notes.jsonl')],
    ['paragraphs', fixture('cli/notes.txt')],
    ['document-list', fixture('kennedy-khrushchev-exchanges.txt')],
    ['document-list', '1. Letter\r\n\r\nSource: Department of State.\r\n\r\n2. Letter Without Source\r\n\r\nJust a paragraph.\r\n\r\n3. Memo\r\nSource: x.'],
  ];

  test.each(cases.flatMap(([format, text]) => [1, 3, 17, 4096].map((size) => [format, size, text] as const)))(
    '%s in pieces of %i characters gives the items of the whole-text reader',
    (format, size, text) => {
      const reader = new ItemReader(format);
      const items = [...pieces(text, size).flatMap((piece) => reader.push(piece)), ...reader.end()];
      expect(items).toEqual([...whole[format](text)]);
      expect(items.length).toBeGreaterThan(0);
    },
  );

  test('readItemStream yields the items of a text stream, then its error', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield '{"note": "a"}\n{"note": "b"}\n{"no';
      throw new DecodeError('x.jsonl', 'invalid UTF-8', 3);
    }
    const items: InputItem[] = [];
    await expect(
      (async () => {
        for await (const item of readItemStream(failing(), 'jsonl')) items.push(item);
      })(),
    ).rejects.toThrow('x.jsonl:3: invalid UTF-8');
    expect(items.map((item) => item.line)).toEqual([1, 2]);
  });

  test('readItemBatches yields the items each piece completes, then those the end completes', async () => {
    const batches: number[][] = [];
    for await (const items of readItemBatches(from(['{"note": "a"}\n{"no', 'te": "b"}\n', '{"note": "c"}']), 'jsonl')) {
      batches.push(items.map((item) => item.line));
    }
    expect(batches).toEqual([[1], [2], [], [3]]);
  });
});

describe('openDecoded', () => {
  test('reads the head before returning; the text is the head then the rest', async () => {
    const text = 'Source: x.\n'.repeat(3000);
    const stream = await openDecoded(from(chunks(utf8(text), 1000)), 'notes.txt', { headBytes: 12_000 });
    expect(stream.complete).toBe(false);
    expect(stream.head.length).toBe(12_000);
    expect(text.startsWith(stream.head)).toBe(true);
    expect((await collect(stream.text())).join('')).toBe(text);
  });

  test('a short input is all head', async () => {
    const stream = await openDecoded(from([utf16('Source: x.', 'le')]), 'notes.txt');
    expect(stream).toMatchObject({ complete: true, head: 'Source: x.', encoding: 'utf-16le' });
    expect(await collect(stream.text())).toEqual(['Source: x.']);
  });

  test('an empty input is an empty head', async () => {
    const stream = await openDecoded(from([]), 'empty.txt');
    expect(stream).toMatchObject({ complete: true, head: '', encoding: 'utf-8' });
    expect(await collect(stream.text())).toEqual([]);
  });

  test('binary or bad encoding in the head rejects, and the source is released', async () => {
    let released = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]);
        yield utf8('more');
      } finally {
        released = true;
      }
    }
    await expect(openDecoded(source(), 'image.png')).rejects.toThrow('image.png: binary file (NUL byte at offset 4)');
    expect(released).toBe(true);
    await expect(openDecoded(from([utf8('ok\n'), new Uint8Array([0xc0, 0x80])]), 'x.txt')).rejects.toThrow('x.txt:2: invalid UTF-8');
  });

  test('bad encoding past the head is thrown by the text stream, after the text before it', async () => {
    const good = utf8('Source: x.\n'.repeat(1000));
    const stream = await openDecoded(from([...chunks(good, 512), new Uint8Array([0x41, 0xff])]), 'late.txt', { headBytes: 0 });
    const text: string[] = [];
    await expect(
      (async () => {
        for await (const piece of stream.text()) text.push(piece);
      })(),
    ).rejects.toThrow('late.txt:1001: invalid UTF-8 (byte 0xFF at column 2)');
    expect(text.join('')).toBe(`${'Source: x.\n'.repeat(1000)}A`);
  });
});
