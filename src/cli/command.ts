/**
 * The shape of a `frus-cite` command, as listed in the dispatcher's command table.
 *
 * @module
 */
import type { ExitCode } from './exit-codes.js';
import type { CliStreams } from './streams.js';

/** A subcommand of `frus-cite`. */
export interface Command {
  /** The name on the command line, e.g. `parse`. */
  readonly name: string;
  /** One line for the program's command list. */
  readonly summary: string;
  /** The full help text (`frus-cite <name> --help`). */
  readonly usage: string;
  /**
   * Runs the command with the arguments after its name. Returns the exit status; throws a
   * `CliError` (or `UsageError`) to end with a message on stderr.
   */
  run(args: readonly string[], streams: CliStreams): Promise<ExitCode>;
}
