/**
 * Exit statuses of `frus-cite`.
 *
 * @module
 */

/** The exit statuses of the CLI. */
export const ExitCode = {
  /** Every input was read and written. */
  OK: 0,
  /** Some inputs could not be read as notes; they were written as error lines (all others too). */
  INPUT_ERRORS: 1,
  /** Unknown command or option, or a bad option value; nothing was written to stdout. */
  USAGE: 2,
  /**
   * The input file is missing, a directory, binary, or not valid UTF-8/UTF-16 in its first
   * 1 MiB (or, for `cite`, a document list over the whole-file limit): nothing was written to
   * stdout. Invalid encoding or a read error further on stops reading there: what was read
   * before it was written (and the output closed), and the problem is on stderr.
   */
  UNREADABLE_INPUT: 2,
  /** A bug in frus-cite (an unexpected exception); the stack trace is on stderr. */
  INTERNAL: 70,
} as const;

/** An exit status. */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
