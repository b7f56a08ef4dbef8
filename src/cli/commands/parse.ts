/**
 * `frus-cite parse [FILE|-] --format ndjson|json|table`: source notes in, provenance records out.
 *
 * @module
 */
import { detectFormat } from '../../io/detect.js';
import { DEFAULT_LIMITS } from '../../io/limits.js';
import { readItemBatches } from '../../io/stream.js';
import { INPUT_FORMATS, type InputItem } from '../../io/types.js';
import { parseSourceNote } from '../../parse/source-note.js';
import { oneOf, parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { CliError, UsageError } from '../errors.js';
import { ExitCode } from '../exit-codes.js';
import { openInput } from '../input.js';
import { OUTPUT_FORMATS, resultWriter, summaryLine, type ParseResult } from '../record-output.js';
import { queueEach, type CliStreams } from '../streams.js';

/** The help text of `frus-cite parse`. */
export const PARSE_USAGE = `Usage: frus-cite parse [FILE|-] [options]

Parse FRUS source notes into provenance records. Reads FILE, or standard input
when FILE is "-" or omitted. The input is read as a stream: each record is
written as soon as its note is read, so memory stays flat on any input size.

Options:
  -f, --format <format>        output format: ndjson (default), json or table
  -i, --input-format <format>  input format: auto (default), jsonl, document-list
                               or paragraphs
  -q, --quiet                  no summary on stderr
  -h, --help                   show this help

Input formats (auto: by extension, else by the first 1 MiB of content):
  jsonl          .jsonl/.ndjson, or first line starts with "{": one JSON object
                 per line with a "note" (or "text") field; every other field is
                 passed through as the record's "context"; blank lines skipped
  document-list  numbered headings ("4. Telegram From ...") each followed by a
                 "Source: ..." paragraph; context {doc: "d4", n: "4", head}
  paragraphs     one note per blank-line separated paragraph; wrapped lines
                 are joined with a space
Encodings: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM.

Output formats:
  ndjson  one JSON record per line, exactly one line per input note, in order;
          an input that cannot be read gives in its place
          {"error": {"line": N, "message": "..."}, "input": {...context}}
  json    the same as one JSON array, streamed
  table   one row per note: doc, primary repository id, collection, file or
          lot, classification, handling, and the numbers of drafters, copies,
          printed versions and diagnostics (held in memory until the end, for
          the column widths: use ndjson for large inputs)
At the end, "frus-cite: N notes, M errors" on stderr (N counts the errors too).

Limits (docs/limits.md):
  ${DEFAULT_LIMITS.maxLineLength} characters  longest JSONL line or paragraph; a longer one
                      is skipped unread and becomes an error record
  ${DEFAULT_LIMITS.maxNoteLength} characters    longest note parsed; a longer one becomes an
                      error record
  1 MiB               read and checked before anything is written: a binary
                      file (NUL byte in the first 8 KiB) or invalid encoding
                      there is refused with nothing written

Exit status:
  0  every note was parsed
  1  some inputs were errors (all lines still written; summary on stderr)
  2  usage error, or unreadable input: missing, binary, or invalid UTF-8/16
     in the first 1 MiB (nothing written to stdout); invalid encoding or a
     read error further on stops reading there: the records of the lines
     before it are written (a json array is closed), the problem is on stderr

Examples:
  frus-cite parse notes.jsonl > records.ndjson
  frus-cite parse fixtures/kennedy-khrushchev-exchanges.txt --format table
  echo 'Source: Department of State, Central Files, 711.11-KE/1-2161.' | frus-cite parse
`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'ndjson' },
  'input-format': { type: 'string', short: 'i', default: 'auto' },
  quiet: { type: 'boolean', short: 'q' },
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

  // Refusals (unreadable, binary, bad encoding in the head) throw here, before any output.
  const input = await openInput(file, streams);
  const readFormat = inputFormat === 'auto' ? detectFormat(input.head, input.fileName) : inputFormat;
  const writer = resultWriter(format, streams.stdout);
  let notes = 0;
  let errors = 0;
  let failure: CliError | undefined;
  /** Parses an item and queues its result; false when the output is to be drained first. */
  const writeItem = (item: InputItem): boolean => {
    const result = parseItem(item);
    notes++;
    if (result.kind === 'error') errors++;
    return writer.write(result);
  };
  try {
    // The items of each piece of text are parsed and written without an await between them,
    // except to let a full chunk of output drain.
    for await (const items of readItemBatches(input.text(), readFormat)) {
      if (!(await queueEach(streams.stdout, items, writeItem))) break;
    }
  } catch (error) {
    // Bad encoding or a read error past the head: keep what was written, close the output.
    if (!(error instanceof CliError)) throw error;
    failure = error;
  }
  await writer.end();
  if (streams.stdout.closed) return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  if (failure) {
    streams.stderr(`frus-cite: ${failure.message}; reading stopped there (the records before it were written)\n`);
  } else if (notes === 0) {
    streams.stderr(`frus-cite: ${input.name}: no notes found\n`);
  }
  if (!values.quiet) streams.stderr(`frus-cite: ${summaryLine(notes, errors, 'note')}\n`);
  if (failure) return failure.exitCode;
  return errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
}

/** The `parse` command. */
export const parseCommand: Command = {
  name: 'parse',
  summary: 'parse source notes into provenance records (ndjson, json or table)',
  usage: PARSE_USAGE,
  run: runParse,
};
