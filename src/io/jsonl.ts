/**
 * The `.jsonl` / `.ndjson` reader of SPEC: one JSON object per line with a `note` (or `text`)
 * string; every other field is passed through as context.
 *
 * @module
 */
import type { NoteContext } from '../model/provenance.js';
import { limitNote, resolveLimits, tooLongMessage, type InputLimits } from './limits.js';
import { isBlank, LineSplitter, type Line, type Oversized } from './lines.js';
import type { InputItem } from './types.js';

/** Context fields that the record contract types as strings. */
const STRING_CONTEXT_FIELDS = ['volume', 'doc', 'head', 'date', 'dateline'] as const;

/**
 * Reads JSON Lines: one item per non-blank line, in order, with its 1-based line number.
 *
 * The note is the `note` field when it is a string, else the `text` field; the other fields
 * pass through as context (a `text` field next to `note` included). The context fields the
 * record contract types as strings (`volume`, `doc`, `head`, `date`, `dateline`) are
 * normalised: `null` means absent and is left out, a number becomes its decimal string.
 *
 * A line that is not a JSON object, has no note string, or has a context field of the wrong
 * type yields an `error` item with the line number, a message and whatever context it has; so
 * does a line longer than `limits.maxLineLength` or a note longer than `limits.maxNoteLength`
 * (see {@link InputLimits}). Blank lines are skipped.
 */
export function* readJsonl(text: string, limits: Partial<InputLimits> = {}): Generator<InputItem> {
  const resolved = resolveLimits(limits);
  const splitter = new LineSplitter(resolved.maxLineLength);
  for (const unit of [...splitter.push(text), ...splitter.end()]) {
    const item = jsonlItem(unit, resolved);
    if (item) yield item;
  }
}

/**
 * The item of one JSONL line (see {@link readJsonl}); `undefined` for a blank line. An
 * oversized line is an error item with an empty context.
 */
export function jsonlItem(unit: Line | Oversized, limits: InputLimits): InputItem | undefined {
  if ('oversized' in unit) {
    return { kind: 'error', line: unit.line, message: tooLongMessage('line', unit.length, limits.maxLineLength), context: {} };
  }
  if (isBlank(unit.text)) return undefined;
  return limitNote(readLine(unit.text, unit.line), limits.maxNoteLength);
}

/** Reads one non-blank JSONL line. */
function readLine(source: string, line: number): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { kind: 'error', line, message: `invalid JSON: ${jsonErrorMessage(error)}`, context: {} };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'error', line, message: `expected a JSON object, got ${describe(value)}`, context: {} };
  }
  const fields = value as Record<string, unknown>;
  const noteKey = typeof fields.note === 'string' ? 'note' : typeof fields.text === 'string' ? 'text' : undefined;
  if (noteKey === undefined) {
    return { kind: 'error', line, message: missingNoteMessage(fields), context: fields };
  }
  const { [noteKey]: note, ...rest } = fields;
  // The context is `rest` itself unless a field is normalised; then a copy, so that an error's
  // context stays as read.
  let context: Record<string, unknown> = rest;
  for (const key of STRING_CONTEXT_FIELDS) {
    const field = rest[key];
    if (field === undefined || typeof field === 'string') continue;
    if (context === rest) context = { ...rest };
    if (field === null) delete context[key];
    else if (typeof field === 'number' && Number.isFinite(field)) context[key] = String(field);
    else return { kind: 'error', line, message: `\`${key}\` must be a string, got ${describe(field)}`, context: rest };
  }
  return { kind: 'note', line, text: note as string, context: context as NoteContext };
}

/** A `JSON.parse` error message with its 0-based `position N` given as a 1-based column. */
function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(
    / at position (\d+)(?: \(line \d+ column \d+\))?/,
    (_, position: string) => ` at column ${Number(position) + 1}`,
  );
}

/** The message for an object without a note string. */
function missingNoteMessage(fields: Record<string, unknown>): string {
  for (const key of ['note', 'text'] as const) {
    if (key in fields) return `\`${key}\` must be a string, got ${describe(fields[key])}`;
  }
  return 'no `note` or `text` field';
}

/** A short description of a JSON value's type for messages. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
