/**
 * The CLI's chunked stdout: text encoded into fixed-size chunks, handed to the stream in order,
 * waiting for the stream to drain, and stopping quietly on a closed pipe.
 */
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { streamOutput } from '../../src/cli/streams.js';

/** A writable that records each chunk it is given and completes each write when told to. */
function slowSink(highWaterMark: number) {
  const chunks: Buffer[] = [];
  const pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      pending.push(() => callback());
    },
  });
  /** Completes the writes waiting so far. */
  const complete = (): void => {
    for (const done of pending.splice(0)) done();
  };
  return { stream, chunks, complete };
}

/** A writable that takes every chunk at once. */
function fastSink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      callback();
    },
  });
  return { stream, chunks };
}

describe('streamOutput', () => {
  test('writes the texts in order as UTF-8, in chunks of at most the chunk size', async () => {
    const sink = fastSink();
    const out = streamOutput(sink.stream, 16);
    const texts = ['ab', 'Cyrillic: Хрущёв', '—', '𝒜 and 𝒵', 'x'.repeat(15), 'end\n'];
    for (const text of texts) await out.write(text);
    await out.flush();
    expect(Buffer.concat(sink.chunks).toString('utf8')).toBe(texts.join(''));
    // Only a text longer than a chunk is handed over larger, on its own.
    expect(sink.chunks.filter((chunk) => chunk.length > 16).map((chunk) => chunk.toString())).toEqual([texts[1]]);
  });

  test('a multi-byte character is never split between chunks', async () => {
    const sink = fastSink();
    const out = streamOutput(sink.stream, 8);
    for (let i = 0; i < 20; i++) await out.write(i % 2 ? '€' : 'a𝒜');
    await out.flush();
    for (const chunk of sink.chunks) expect(chunk.toString('utf8')).not.toContain('\ufffd');
    expect(Buffer.concat(sink.chunks).toString('utf8')).toBe('a𝒜€'.repeat(10));
  });

  test('nothing is written before a chunk is full or flush is called', async () => {
    const sink = fastSink();
    const out = streamOutput(sink.stream, 64);
    await out.write('short');
    expect(sink.chunks).toEqual([]);
    await out.flush();
    expect(sink.chunks.map(String)).toEqual(['short']);
    await out.flush();
    expect(sink.chunks).toHaveLength(1);
  });

  test('a text longer than a chunk follows what was queued before it', async () => {
    const sink = fastSink();
    const out = streamOutput(sink.stream, 8);
    await out.write('abc');
    await out.write('0123456789');
    await out.write('z');
    await out.flush();
    expect(sink.chunks.map(String)).toEqual(['abc', '0123456789', 'z']);
  });

  test('waits for the stream to drain before producing more (backpressure)', async () => {
    const sink = slowSink(4);
    const out = streamOutput(sink.stream, 8);
    let written = 0;
    const producer = (async () => {
      for (let i = 0; i < 4; i++) {
        await out.write('12345678');
        written++;
      }
      await out.flush();
    })();
    // The first full chunk is handed over; the stream is over its mark, so writing waits.
    await new Promise((resolve) => setImmediate(resolve));
    expect(sink.chunks).toHaveLength(1);
    expect(written).toBe(0);
    for (let round = 1; round <= 4; round++) {
      sink.complete();
      await new Promise((resolve) => setImmediate(resolve));
      expect(sink.chunks.length).toBeLessThanOrEqual(round + 1);
    }
    sink.complete();
    await producer;
    expect(written).toBe(4);
    expect(sink.chunks.map(String)).toEqual(['12345678', '12345678', '12345678', '12345678']);
  });

  test('queue returns false once a chunk is handed over; drain then waits for the stream', async () => {
    const sink = slowSink(4);
    const out = streamOutput(sink.stream, 8);
    expect(out.queue('1234')).toBe(true);
    expect(out.queue('567')).toBe(true);
    expect(sink.chunks).toEqual([]);
    // The chunk is full: handed to the stream, and the caller is asked to drain.
    expect(out.queue('8')).toBe(false);
    expect(sink.chunks.map(String)).toEqual(['12345678']);
    let drained = false;
    const draining = out.drain().then(() => {
      drained = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    sink.complete();
    await draining;
    expect(drained).toBe(true);
    // Nothing handed over since: drain returns at once.
    expect(out.queue('ab')).toBe(true);
    await out.drain();
    const flushed = out.flush();
    sink.complete();
    await flushed;
    expect(sink.chunks.map(String)).toEqual(['12345678', 'ab']);
  });

  test('a text that does not fit sends the chunk before it, in order', () => {
    const sink = fastSink();
    const out = streamOutput(sink.stream, 8);
    expect(out.queue('abcde')).toBe(true);
    expect(out.queue('€€')).toBe(false); // 6 bytes: 'abcde' goes first
    expect(sink.chunks.map(String)).toEqual(['abcde']);
  });

  test('a closed pipe stops the output quietly; other errors are kept', async () => {
    const pipe = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const out = streamOutput(pipe, 8);
    await out.write('12345678');
    await new Promise((resolve) => setImmediate(resolve));
    expect(out.closed).toBe(true);
    expect(out.error).toBeUndefined();
    await out.write('more');
    await out.flush();

    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
      },
    });
    const failing = streamOutput(broken, 8);
    await failing.write('12345678');
    await new Promise((resolve) => setImmediate(resolve));
    expect(failing.closed).toBe(true);
    expect(failing.error?.message).toBe('disk full');
  });
});
