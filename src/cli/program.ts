/**
 * The `frus-cite` dispatcher: global options, the command table, and error reporting.
 * Adding a command is one entry in {@link COMMANDS}.
 *
 * @module
 */
import pkg from '../../package.json' with { type: 'json' };
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';
import { citeCommand } from './commands/cite.js';
import { parseCommand } from './commands/parse.js';
import { CliError, UsageError } from './errors.js';
import { ExitCode } from './exit-codes.js';
import type { CliStreams } from './streams.js';

/** The commands of `frus-cite`, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [parseCommand, citeCommand];

/** The program's version, from package.json. */
export const VERSION: string = pkg.version;

/** The help text of `frus-cite`. */
export function programUsage(commands: readonly Command[] = COMMANDS): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const list = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
  return `Usage: frus-cite <command> [options]

Parse, cite and validate the source notes of Foreign Relations of the United
States (FRUS) documents.

Commands:
${list}

Options:
  -h, --help     show this help (frus-cite <command> --help: help on a command)
      --version  show the version

Run "frus-cite help <command>" or "frus-cite <command> --help" for details.
`;
}

const GLOBAL_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** Writes help or version text to stdout. */
async function print(streams: CliStreams, text: string): Promise<ExitCode> {
  await streams.stdout.write(text);
  await streams.stdout.flush();
  return ExitCode.OK;
}

/** Dispatches `argv` (without `node` and the script) to a command and returns the exit status. */
async function dispatch(argv: readonly string[], streams: CliStreams): Promise<ExitCode> {
  const usage = programUsage();
  const at = argv.findIndex((arg) => !arg.startsWith('-'));
  const { values } = parseCommandArgs(at < 0 ? argv : argv.slice(0, at), GLOBAL_OPTIONS, usage);
  if (values.help) return print(streams, usage);
  if (values.version) return print(streams, `${VERSION}\n`);
  if (at < 0) throw new UsageError('missing command', usage);

  const name = argv[at]!;
  const rest = argv.slice(at + 1);
  const find = (wanted: string): Command | undefined => COMMANDS.find((command) => command.name === wanted);
  if (name === 'help') {
    if (rest.length === 0) return print(streams, usage);
    const command = find(rest[0]!);
    if (!command || rest.length > 1) throw new UsageError(`no help for '${rest.join(' ')}'`, usage);
    return print(streams, command.usage);
  }
  const command = find(name);
  if (!command) throw new UsageError(`unknown command '${name}'`, usage);
  return command.run(rest, streams);
}

/**
 * Runs `frus-cite` with `argv` (the arguments after the program name) and returns the exit
 * status. Usage errors print the message and the usage on stderr (status 2); other
 * {@link CliError}s print `frus-cite: <message>`; an unexpected exception prints its stack
 * (status 70). Nothing is written to stdout in these cases unless the command already had.
 */
export async function main(argv: readonly string[], streams: CliStreams): Promise<ExitCode> {
  try {
    const code = await dispatch(argv, streams);
    if (streams.stdout.error) {
      streams.stderr(`frus-cite: cannot write output: ${streams.stdout.error.message}\n`);
      return ExitCode.UNREADABLE_INPUT;
    }
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr(`frus-cite: ${error.message}\n\n${error.usage}`);
      return error.exitCode;
    }
    if (error instanceof CliError) {
      streams.stderr(`frus-cite: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    streams.stderr(`frus-cite: internal error: ${detail}\n`);
    return ExitCode.INTERNAL;
  }
}
