/**
 * Command-line options of the project's scripts (`npm run bench`, `npm run eval`, …): `node:util`
 * `parseArgs`, with `--help` (prints the script's usage, exit 0) and, for an unknown or malformed
 * option, the error and the usage on one screen (exit 2) instead of a stack trace.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The values of the options in `config`, as `parseArgs` reads them from the command line. */
export function scriptArgs<const T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>>['values'] {
  const args = config.args ?? process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}
