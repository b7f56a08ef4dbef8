/**
 * Errors that end a CLI run with a message on stderr and an exit status.
 *
 * @module
 */
import { ExitCode } from './exit-codes.js';

/** An error the CLI reports as `frus-cite: <message>` before exiting with `exitCode`. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** A usage error: reported with the usage text of the command (or program), exit status 2. */
export class UsageError extends CliError {
  /** The usage text to print after the message. */
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message, ExitCode.USAGE);
    this.name = 'UsageError';
    this.usage = usage;
  }
}
