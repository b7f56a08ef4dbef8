/**
 * Opening the CLI's input (a file, or standard input) as a stream. The first
 * {@link HEAD_BYTES} are read and decoded before anything else happens, so that an unreadable,
 * binary or badly encoded input is refused with exit status 2 before anything is written to
 * stdout, and the input format can be detected from that head. The rest is read and decoded
 * chunk by chunk, as the command consumes it.
 *
 * @module
 */
import { open, type FileHandle } from 'node:fs/promises';
import { DecodeError } from '../io/decode.js';
import { HEAD_BYTES } from '../io/limits.js';
import { openDecoded, type DecodedStream } from '../io/stream.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import type { CliStreams } from './streams.js';

/** The name used for standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** Bytes read from a file at a time. */
const CHUNK_BYTES = 64 * 1024;

/** An input being read; see {@link openInput}. */
export interface Input {
  /** The name for messages: the path as given, or `<stdin>`. */
  readonly name: string;
  /** The path, when the input is a file (for format detection by extension). */
  readonly fileName: string | undefined;
  /** The decoded text of the first {@link HEAD_BYTES} bytes (all of it for a shorter input). */
  readonly head: string;
  /**
   * The whole decoded text in pieces, the head first. Iterate once. A problem past the head
   * (invalid encoding, a read error) is thrown as a {@link CliError} with exit status 2 after
   * the text before it; `break` closes the input.
   */
  text(): AsyncGenerator<string, void, undefined>;
  /**
   * The whole decoded text as one string.
   *
   * @param maxLength - The most characters accepted.
   * @param what - What the input is read as, for the message (`a document list`).
   * @throws {@link CliError} with exit status 2 when the input is longer than `maxLength`, or
   *   cannot be read or decoded
   */
  readAll(maxLength: number, what: string): Promise<string>;
}

/** Reasons for the common file-system error codes. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory, expected a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'not a directory (in the path)',
  ELOOP: 'too many symbolic links',
};

/** A read or decode failure as the CLI reports it: `<name>[:<line>]: <reason>`, exit status 2. */
function inputError(error: unknown, name: string): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof DecodeError) return new CliError(error.message, ExitCode.UNREADABLE_INPUT);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    return new CliError(`${name}: ${REASONS[code] ?? (error as Error).message}`, ExitCode.UNREADABLE_INPUT);
  }
  return error;
}

/** The chunks of an open file, read in order; the file is closed when reading ends or stops. */
async function* fileChunks(handle: FileHandle): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Opens `file` (`-` or undefined: standard input) and reads and decodes its head.
 *
 * @throws {@link CliError} with exit status 2 and the message `<file>[:<line>]: <reason>` when
 *   the input cannot be opened or read, is binary, or is badly encoded within its head
 */
export async function openInput(
  file: string | undefined,
  streams: CliStreams,
  options: { headBytes?: number } = {},
): Promise<Input> {
  const fromStdin = file === undefined || file === '-';
  const name = fromStdin ? STDIN_NAME : file;
  let decoded: DecodedStream;
  try {
    const source = fromStdin ? streams.stdin() : fileChunks(await open(file, 'r'));
    decoded = await openDecoded(source, name, { headBytes: options.headBytes ?? HEAD_BYTES });
  } catch (error) {
    throw inputError(error, name);
  }
  async function* text(): AsyncGenerator<string, void, undefined> {
    try {
      yield* decoded.text();
    } catch (error) {
      throw inputError(error, name);
    }
  }
  return {
    name,
    fileName: fromStdin ? undefined : file,
    head: decoded.head,
    text,
    async readAll(maxLength, what) {
      const parts: string[] = [];
      let length = 0;
      for await (const piece of text()) {
        length += piece.length;
        if (length > maxLength) {
          throw new CliError(
            `${name}: too large to read whole as ${what} (more than ${maxLength} characters)`,
            ExitCode.UNREADABLE_INPUT,
          );
        }
        parts.push(piece);
      }
      return parts.join('');
    },
  };
}
