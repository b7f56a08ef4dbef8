/**
 * `frus-cite parse [FILE|-] --format ndjson|json|table`: source notes in, provenance records out.
 *
 * @module
 */
import { readInput } from '../../io/index.js';
import { INPUT_FORMATS, type InputItem } from '../../io/types.js';
import { parseSourceNote } from '../../parse/source-note.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { loadInput } from '../input.js';
import { OUTPUT_FORMATS, resultWriter, summarize, type ParseResult } from '../record-output.js';
import type { CliStreams } from '../streams.js';

/** The help text of `frus-cite parse`. */
export const PARSE_USAGE = `Usage: frus-cite parse [FILE|-] [options]

Parse FRUS source notes into provenance records. Reads FILE, or standard input
when FILE is "-" or omitted.

Options:
  -f, --format <format>        output format: ndjson (default), json or table
  -i, --input-format <format>  input format: auto (default), jsonl, document-list
                               or paragraphs
  -h, --help                   show this help

Input formats (auto: by extension, else by content):
  jsonl          .jsonl/.ndjson, or first line starts with "{": one JSON object
                 per line with a "note" (or "text") field; every other field is
                 passed through as the record's "context"
  document-list  numbered headings ("4. Telegram From ...") each followed by a
                 "Source: ..." paragraph; context {doc: "d4", n: "4", head}
  paragraphs     one note per blank-line separated paragraph; wrapped lines
                 are joined with a space

Output formats:
  ndjson  one JSON record per line, exactly one line per input note, in order;
          an input that cannot be read gives in its place
          {"error": {"line": N, "message": "..."}, "input": {...context}}
  json    the same as one JSON array
  table   one row per note: doc, primary repository id, collection, file or
          lot, classification, handling, and the numbers of drafters, copies,
          printed versions and diagnostics

Exit status:
  0  every note was parsed
  1  some inputs were errors (all lines still written; summary on stderr)
  2  usage error, or unreadable input (nothing written to stdout)

Examples:
  frus-cite parse notes.jsonl > records.ndjson
  frus-cite parse fixtures/kennedy-khrushchev-exchanges.txt --format table
  echo 'Source: Department of State, Central Files, 711.11-KE/1-2161.' | frus-cite parse
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'ndjson' },
  'input-format': { type: 'string', short: 'i', default: 'auto' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses one input item; an error item, or a parser exception, becomes an error result. */
function parseItem(item: InputItem): ParseResult {
  if (item.kind === 'error') return { kind: 'error', line: item.line, message: item.message, input: item.context };
  try {
    return { kind: 'record', line: item.line, record: parseSourceNote(item.text, { context: item.context }) };
  } catch (error) {
    const message = `internal parser error: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'error', line: item.line, message, input: item.context };
  }
}

/** Runs `frus-cite parse`. */
async function runParse(args: readonly string[], streams: CliStreams): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, PARSE_USAGE);
  if (values.help) {
    await streams.stdout.write(PARSE_USAGE);
    await streams.stdout.flush();
    return ExitCode.OK;
  }
  const format = oneOf('--format', values.format, OUTPUT_FORMATS, PARSE_USAGE);
  const inputFormat = oneOf('--input-format', values['input-format'], ['auto', ...INPUT_FORMATS], PARSE_USAGE);
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one FILE, got ${positionals.length}`, PARSE_USAGE);
  }
  const file = positionals[0];
  if (file === undefined && streams.stdinIsTTY) {
    throw new UsageError('no input: give a FILE, or pipe notes into standard input', PARSE_USAGE);
  }

  const input = await loadInput(file, streams);
  const { items } = readInput(input.text, { format: inputFormat, fileName: input.fileName });
  const writer = resultWriter(format, streams.stdout);
  let notes = 0;
  let errors = 0;
  for (const item of items) {
    if (streams.stdout.closed) break;
    const result = parseItem(item);
    notes++;
    if (result.kind === 'error') errors++;
    await writer.write(result);
  }
  await writer.end();
  if (streams.stdout.closed) return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  if (notes === 0) streams.stderr(`frus-cite: ${input.name}: no notes found\n`);
  if (errors > 0) {
    streams.stderr(`frus-cite: ${summarize(notes, errors)}\n`);
    return ExitCode.INPUT_ERRORS;
  }
  return ExitCode.OK;
}

/** The `parse` command. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse source notes into provenance records (ndjson, json or table)',
  usage: PARSE_USAGE,
  run: runParse,
};
