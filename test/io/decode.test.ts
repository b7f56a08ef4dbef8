import { describe, expect, test } from 'vitest';
import { utf16, utf8 } from './bytes.js';
import { DecodeError, decodeInput, firstInvalidUtf8 } from '../../src/io/decode.js';


/** The DecodeError thrown by decoding `bytes`. */
function failure(bytes: Uint8Array, file = 'notes.txt'): DecodeError {
  try {
    decodeInput(bytes, file);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('expected a DecodeError');
}

const NOTE = 'Source: Department of State, Central Files, 845.00/9–2448. The Chargé’s report.\n';

describe('decodeInput', () => {
  test('decodes UTF-8', () => {
    expect(decodeInput(utf8(NOTE), 'notes.txt')).toBe(NOTE);
  });

  test('strips a UTF-8 byte-order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(NOTE)]), 'notes.txt')).toBe(NOTE);
  });

  test('decodes UTF-16 LE and BE with a byte-order mark', () => {
    expect(decodeInput(utf16(NOTE, 'le'), 'notes.txt')).toBe(NOTE);
    expect(decodeInput(utf16(NOTE, 'be'), 'notes.txt')).toBe(NOTE);
  });

  test('empty input is empty text', () => {
    expect(decodeInput(new Uint8Array(), 'empty.txt')).toBe('');
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf]), 'empty.txt')).toBe('');
    expect(decodeInput(new Uint8Array([0xff, 0xfe]), 'empty.txt')).toBe('');
  });

  test('rejects NUL bytes as binary, naming the file', () => {
    const error = failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'image.png');
    expect(error.file).toBe('image.png');
    expect(error.line).toBeUndefined();
    expect(error.message).toBe('image.png: binary file (NUL byte at offset 4), expected UTF-8 text');
  });

  test('UTF-16 without a byte-order mark is rejected as binary', () => {
    expect(failure(utf16('Source: x', 'le').subarray(2)).reason).toMatch(/^binary file/);
  });

  test('rejects NUL characters in UTF-16 text (e.g. UTF-32 read as UTF-16)', () => {
    const utf32le = new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x53, 0x00, 0x00, 0x00]);
    expect(failure(utf32le).reason).toMatch(/^binary file/);
  });

  test('rejects truncated UTF-16', () => {
    expect(failure(new Uint8Array([0xff, 0xfe, 0x53])).reason).toMatch(/^invalid UTF-16LE/);
  });

  test('reports invalid UTF-8 with the line and column of the first bad byte', () => {
    const latin1 = new Uint8Array([...utf8('Source: x.\r\n\nThe Charg'), 0xe9, ...utf8(' in India.\n')]);
    const error = failure(latin1, 'latin1.txt');
    expect(error.line).toBe(3);
    expect(error.message).toBe('latin1.txt:3: invalid UTF-8 (byte 0xE9 at column 10); save the file as UTF-8');
  });

  test('counts columns in characters and lines at CR, LF and CRLF', () => {
    const bytes = new Uint8Array([...utf8('a\rb\nc\r\n–é'), 0xc0, 0x80]);
    const error = failure(bytes);
    expect(error.line).toBe(4);
    expect(error.reason).toContain('byte 0xC0 at column 3');
  });

  test('a NUL after the first 8 kB is not probed', () => {
    const bytes = new Uint8Array(9000).fill(0x61);
    bytes[8500] = 0;
    expect(decodeInput(bytes, 'big.txt')).toHaveLength(9000);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    [[0x61, 0x62], -1],
    [[...utf8('é–😀')], -1],
    [[0x61, 0x80], 1], // stray continuation byte
    [[0x61, 0xc0, 0xaf], 1], // overlong
    [[0xe0, 0x80, 0xaf], 0], // overlong 3-byte
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
    [[0x61, 0x62, 0xe2, 0x80], 2], // truncated at the end
    [[0xf5, 0x80, 0x80, 0x80], 0], // invalid lead byte
  ])('%j → %i', (bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });

  test('agrees with TextDecoder on validity', () => {
    for (const bytes of [[0xc2, 0xa0], [0xc2], [0xef, 0xbf, 0xbd], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x8f, 0x80, 0x80]]) {
      const array = new Uint8Array(bytes);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(array);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(array) === -1).toBe(valid);
    }
  });
});
