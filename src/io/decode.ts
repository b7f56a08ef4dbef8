/**
 * Bytes → text, safely: UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are decoded; binary data and invalid UTF-8 are rejected with an error that
 * names the file and, for invalid UTF-8, the line of the first bad byte.
 *
 * @module
 */

/** How many leading bytes are checked for NUL, the mark of a binary file. */
const BINARY_PROBE = 8192;

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

/**
 * Decodes an input file.
 *
 * - a UTF-8 byte-order mark is stripped;
 * - a UTF-16 LE or BE byte-order mark selects UTF-16 (and is stripped);
 * - otherwise the bytes must be UTF-8.
 *
 * @param bytes - the whole input
 * @param file - the name to put in error messages
 * @returns the text, without byte-order mark
 * @throws {@link DecodeError} for binary input (a NUL byte in the first 8 kB, or a NUL
 *   character in UTF-16 text), invalid UTF-8 (with the line and column of the first bad byte)
 *   or invalid UTF-16
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le', file);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be', file);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const nul = body.subarray(0, BINARY_PROBE).indexOf(0);
  if (nul >= 0) {
    const offset = nul + (bytes.length - body.length);
    throw new DecodeError(file, `binary file (NUL byte at offset ${offset}), expected UTF-8 text`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const offset = firstInvalidUtf8(body);
    const { line, column } = position(body, offset);
    const byte = body[offset]!.toString(16).toUpperCase().padStart(2, '0');
    throw new DecodeError(file, `invalid UTF-8 (byte 0x${byte} at column ${column}); save the file as UTF-8`, line);
  }
}

/** Decodes UTF-16 text after its byte-order mark. */
function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be', file: string): string {
  const label = encoding.toUpperCase();
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new DecodeError(file, `invalid ${label} text (odd length or unpaired surrogate)`);
  }
  const nul = text.slice(0, BINARY_PROBE / 2).indexOf('\0');
  if (nul >= 0) throw new DecodeError(file, `binary file (NUL character at offset ${nul} of ${label} text)`);
  return text;
}

/** True when `bytes` starts with `prefix`. */
function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
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

/**
 * The 1-based line and column (in characters) of a byte offset. Lines end at LF, CRLF or a
 * lone CR, as in the readers; the bytes before `offset` must be valid UTF-8.
 */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...before].length + 1 };
}
