/**
 * Bytes → text, safely: UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are decoded; binary data and invalid UTF-8 or UTF-16 are rejected with an
 * error that names the file and, for invalid text, the line and column of the first bad byte.
 *
 * {@link IncrementalDecoder} does this chunk by chunk, so that a file never has to be held in
 * memory; {@link decodeInput} is the same for bytes already in memory.
 *
 * @module
 */

/** How many leading bytes are checked for NUL, the mark of a binary file. */
export const BINARY_PROBE = 8192;

/** The encodings the decoder reads. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Why an input could not be decoded; `message` is `<file>[:<line>]: <reason>`. */
export class DecodeError extends Error {
  /** The file name as given (`<stdin>` for standard input). */
  readonly file: string;
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  /** What is wrong, without the file name. */
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'DecodeError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

const EMPTY = new Uint8Array(0);
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

/** The number of code points of valid UTF-16 text (a surrogate pair counts once). */
function codePoints(text: string): number {
  HIGH_SURROGATE.lastIndex = 0;
  let pairs = 0;
  while (HIGH_SURROGATE.exec(text) !== null) pairs++;
  return text.length - pairs;
}

/**
 * Where the next character of a text read in pieces goes: 1-based line and column (in code
 * points). Lines end at LF, CRLF or a lone CR, as in the readers, also when a CRLF is split
 * between two pieces.
 */
class TextPosition {
  line = 1;
  column = 1;
  private afterCR = false;

  advance(text: string): void {
    if (text === '') return;
    let lineStart = -1;
    let from = 0;
    if (this.afterCR && text.charCodeAt(0) === 0x0a) {
      // The LF of a CRLF whose CR ended the previous piece: the line was already counted.
      from = 1;
      lineStart = 1;
    }
    // Each LF ends a line (a CRLF's too), and each CR not followed by an LF; found by native
    // scans, which cost a fraction of a pattern's match per line.
    for (let at = text.indexOf('\n', from); at !== -1; at = text.indexOf('\n', at + 1)) {
      this.line++;
      lineStart = at + 1;
    }
    const last = text.length - 1;
    for (let at = text.indexOf('\r', from); at !== -1; at = text.indexOf('\r', at + 1)) {
      if (at < last && text.charCodeAt(at + 1) === 0x0a) continue;
      this.line++;
      if (at + 1 > lineStart) lineStart = at + 1;
    }
    this.afterCR = text.charCodeAt(text.length - 1) === 0x0d;
    if (lineStart < 0) this.column += codePoints(text);
    else this.column = 1 + codePoints(text.slice(lineStart));
  }
}

/** True when `bytes` starts with `prefix`. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** `a` followed by `b`, copied into one array (`b` itself when `a` is empty). */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * The length of the part of `bytes` that ends on a UTF-8 sequence boundary: `bytes.length`
 * minus an incomplete multi-byte sequence at the end (at most 3 bytes), which waits for the
 * next chunk.
 */
function utf8CompleteLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back]!;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < need ? length - back : length;
    }
  }
  return length;
}

/** A byte as `0xE9`. */
function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

/**
 * Decodes an input that arrives in chunks, with the checks of {@link decodeInput}:
 *
 * - the encoding is chosen once, from a byte-order mark (UTF-8, UTF-16 LE, UTF-16 BE; the mark
 *   is dropped), else UTF-8;
 * - the first {@link BINARY_PROBE} bytes after the mark are collected before anything is
 *   decoded: a NUL byte there means a binary file (for UTF-16, a NUL character in the first
 *   4,096 characters);
 * - every chunk must be valid text. The text before the first bad byte is still returned (so
 *   a reader can finish the lines before it); the next call to {@link push} or {@link end}
 *   throws the {@link DecodeError}, which names the line and column of the bad byte.
 *
 * A multi-byte sequence (or surrogate pair) split between two chunks is handled. Memory use is
 * one chunk plus at most 3 bytes carried over.
 */
export class IncrementalDecoder {
  /** The name used in error messages. */
  readonly file: string;
  private pending: Uint8Array[] | null = [];
  private pendingLength = 0;
  private chosen: TextEncodingName = 'utf-8';
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private carry: Uint8Array = EMPTY;
  private readonly position = new TextPosition();
  private charsOut = 0;
  private failure: DecodeError | null = null;

  /** @param file - The name to put in error messages (`<stdin>` for standard input). */
  constructor(file: string) {
    this.file = file;
  }

  /** The encoding in use: known once the first {@link BINARY_PROBE} bytes (or the end) were seen. */
  get encoding(): TextEncodingName {
    return this.chosen;
  }

  /** The problem met so far, if any (it is thrown by the next {@link push} or {@link end}). */
  get error(): DecodeError | null {
    return this.failure;
  }

  /**
   * Decodes the next chunk. Returns the text it completes (may be empty while the first bytes
   * are collected or a sequence is split). The chunk is not kept after the call.
   *
   * @throws {@link DecodeError} when an earlier chunk held a problem
   */
  push(bytes: Uint8Array): string {
    if (this.failure) throw this.failure;
    if (this.pending) {
      if (this.pendingLength === 0 && bytes.length >= BINARY_PROBE + 3) return this.start(bytes);
      this.pending.push(Uint8Array.prototype.slice.call(bytes)); // a copy, also of a Buffer (whose `slice` is a view)
      this.pendingLength += bytes.length;
      if (this.pendingLength < BINARY_PROBE + 3) return '';
      return this.start(this.takePending());
    }
    return this.decode(bytes);
  }

  /**
   * Ends the input and returns the text still held back.
   *
   * @throws {@link DecodeError} for a problem met earlier, or input that ends inside a
   *   multi-byte sequence (or with an odd byte or a lone high surrogate in UTF-16)
   */
  end(): string {
    if (this.failure) throw this.failure;
    let text = '';
    if (this.pending) text = this.start(this.takePending());
    if (this.failure) throw this.failure;
    if (this.carry.length > 0) {
      const carried = this.carry;
      this.carry = EMPTY;
      if (this.chosen === 'utf-8') {
        this.failUtf8(carried);
      } else {
        this.fail(`invalid ${this.chosen.toUpperCase()} text (odd length or unpaired surrogate at column ${this.position.column})`);
      }
      throw this.failure!;
    }
    return text;
  }

  private takePending(): Uint8Array {
    const parts = this.pending!;
    this.pending = null;
    if (parts.length === 1) return parts[0]!;
    const all = new Uint8Array(this.pendingLength);
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  }

  /** Chooses the encoding from the first bytes, probes for binary data, decodes them. */
  private start(bytes: Uint8Array): string {
    this.pending = null;
    let skip = 0;
    if (startsWith(bytes, [0xff, 0xfe])) [this.chosen, skip] = ['utf-16le', 2];
    else if (startsWith(bytes, [0xfe, 0xff])) [this.chosen, skip] = ['utf-16be', 2];
    else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) skip = 3;
    const body = bytes.subarray(skip);
    if (this.chosen === 'utf-8') {
      const nul = body.subarray(0, BINARY_PROBE).indexOf(0);
      if (nul >= 0) {
        this.failure = new DecodeError(this.file, `binary file (NUL byte at offset ${nul + skip}), expected UTF-8 text`);
        throw this.failure;
      }
    }
    this.decoder = new TextDecoder(this.chosen, { fatal: true, ignoreBOM: true });
    return this.decode(body);
  }

  private decode(bytes: Uint8Array): string {
    const data = concat(this.carry, bytes);
    let cut: number;
    if (this.chosen === 'utf-8') {
      cut = utf8CompleteLength(data);
    } else {
      cut = data.length - (data.length % 2);
      if (cut >= 2) {
        const unit = this.chosen === 'utf-16le' ? data[cut - 1]! : data[cut - 2]!;
        if (unit >= 0xd8 && unit <= 0xdb) cut -= 2; // a high surrogate waits for its pair
      }
    }
    const complete = data.subarray(0, cut);
    // A copy: on a Buffer `slice` is a view, and the caller may reuse the chunk's memory.
    this.carry = Uint8Array.prototype.slice.call(data, cut);
    let text: string;
    try {
      text = this.decoder!.decode(complete);
    } catch {
      if (this.chosen === 'utf-8') return this.failUtf8(complete);
      return this.failUtf16(complete);
    }
    if (this.chosen !== 'utf-8' && this.charsOut < BINARY_PROBE / 2) {
      const nul = text.slice(0, BINARY_PROBE / 2 - this.charsOut).indexOf('\0');
      if (nul >= 0) {
        this.failure = new DecodeError(
          this.file,
          `binary file (NUL character at offset ${this.charsOut + nul} of ${this.chosen.toUpperCase()} text)`,
        );
        throw this.failure;
      }
    }
    this.charsOut += text.length;
    this.position.advance(text);
    return text;
  }

  /** Records the first invalid UTF-8 sequence of `bytes` and returns the valid text before it. */
  private failUtf8(bytes: Uint8Array): string {
    let offset = firstInvalidUtf8(bytes);
    if (offset < 0) offset = 0;
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    this.position.advance(before);
    this.fail(`invalid UTF-8 (byte ${hex(bytes[offset]!)} at column ${this.position.column}); save the file as UTF-8`);
    return before;
  }

  /** Records an unpaired surrogate in complete UTF-16 `bytes` and returns the valid text before it. */
  private failUtf16(bytes: Uint8Array): string {
    const little = this.chosen === 'utf-16le';
    const unitAt = (i: number): number => (little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
    let offset = 0;
    while (offset < bytes.length) {
      const unit = unitAt(offset);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = offset + 2 < bytes.length ? unitAt(offset + 2) : -1;
        if (next < 0xdc00 || next > 0xdfff) break;
        offset += 4;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) {
        break;
      } else {
        offset += 2;
      }
    }
    const before = new TextDecoder(this.chosen, { ignoreBOM: true }).decode(bytes.subarray(0, offset));
    this.position.advance(before);
    this.fail(`invalid ${this.chosen.toUpperCase()} text (odd length or unpaired surrogate at column ${this.position.column})`);
    return before;
  }

  private fail(reason: string): void {
    this.failure = new DecodeError(this.file, reason, this.position.line);
  }
}

/**
 * Decodes an input file held in memory.
 *
 * - a UTF-8 byte-order mark is stripped;
 * - a UTF-16 LE or BE byte-order mark selects UTF-16 (and is stripped);
 * - otherwise the bytes must be UTF-8.
 *
 * @param bytes - the whole input
 * @param file - the name to put in error messages
 * @returns the text, without byte-order mark
 * @throws {@link DecodeError} for binary input (a NUL byte in the first 8 kB, or a NUL
 *   character in the first 4,096 characters of UTF-16 text), invalid UTF-8 (with the line and
 *   column of the first bad byte) or invalid UTF-16
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  const decoder = new IncrementalDecoder(file);
  const text = decoder.push(bytes);
  return text + decoder.end();
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence (overlong forms,
 * surrogates, code points above U+10FFFF, stray continuation bytes, truncated sequences), or
 * -1 when the bytes are valid UTF-8. Follows the WHATWG UTF-8 decoder.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
