/**
 * Argument parsing on top of `node:util` `parseArgs`, turning its errors into short
 * {@link UsageError}s.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** The option table of a command, as `parseArgs` takes it. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** What {@link parseCommandArgs} returns: `values` typed by the option table, and `positionals`. */
export type ParsedCommandArgs<Options extends OptionSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: Options; allowPositionals: true; strict: true }>
>;

/**
 * Parses `args` strictly against `options` (positionals allowed).
 *
 * @throws {@link UsageError} for an unknown option, a missing option value or a value given to
 *   a boolean option, with `usage` attached
 */
export function parseCommandArgs<const Options extends OptionSpec>(
  args: readonly string[],
  options: Options,
  usage: string,
): ParsedCommandArgs<Options> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(shortMessage(error), usage);
  }
}

/** The first sentence of a `parseArgs` error, lower-cased (`unknown option '--foo'`). */
function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const end = message.indexOf('. ');
  const sentence = end < 0 ? message : message.slice(0, end);
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/**
 * Checks that `value` is one of `allowed`.
 *
 * @throws {@link UsageError} naming the option, the value and the allowed values
 */
export function oneOf<const Allowed extends readonly string[]>(
  option: string,
  value: string,
  allowed: Allowed,
  usage: string,
): Allowed[number] {
  if ((allowed as readonly string[]).includes(value)) return value;
  throw new UsageError(`invalid ${option} '${value}' (expected ${allowed.join(', ')})`, usage);
}
