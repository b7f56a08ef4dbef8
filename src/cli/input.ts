/**
 * Loading the CLI's input: read the file (or stdin) completely and decode it, so that an
 * unreadable input fails before anything is written to stdout.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { DecodeError, decodeInput } from '../io/decode.js';
import { CliError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import type { CliStreams } from './streams.js';

/** The name used for standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** A decoded input. */
export interface LoadedInput {
  /** The name for messages: the path as given, or `<stdin>`. */
  readonly name: string;
  /** The path, when the input is a file (for format detection by extension). */
  readonly fileName: string | undefined;
  /** The decoded text. */
  readonly text: string;
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

/**
 * Reads and decodes `file` (`-` or undefined: standard input).
 *
 * @throws {@link CliError} with exit status 2 and the message `<file>[:<line>]: <reason>` when
 *   the input cannot be read or decoded
 */
export async function loadInput(file: string | undefined, streams: CliStreams): Promise<LoadedInput> {
  const fromStdin = file === undefined || file === '-';
  const name = fromStdin ? STDIN_NAME : file;
  let bytes: Uint8Array;
  try {
    bytes = fromStdin ? await streams.readStdin() : await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`${name}: ${REASONS[code] ?? (error as Error).message}`, ExitCode.UNREADABLE_INPUT);
  }
  try {
    return { name, fileName: fromStdin ? undefined : file, text: decodeInput(bytes, name) };
  } catch (error) {
    if (error instanceof DecodeError) throw new CliError(error.message, ExitCode.UNREADABLE_INPUT);
    throw error;
  }
}
