/**
 * The output formats of `frus-cite parse`: NDJSON, a JSON array and a table. Each takes the
 * results in input order; a result is a record or an input error.
 *
 * @module
 */
import type { ProvenanceRecord } from '../model/provenance.js';
import type { Output } from './streams.js';
import { renderTable, type TableColumn } from './table.js';

/** The output formats of `parse`. */
export const OUTPUT_FORMATS = ['ndjson', 'json', 'table'] as const;

/** An output format id. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What one input became: a record, or an error that stands in its place. */
export type ParseResult =
  | { readonly kind: 'record'; readonly line: number; readonly record: ProvenanceRecord }
  | {
      readonly kind: 'error';
      readonly line: number;
      readonly message: string;
      readonly input: Readonly<Record<string, unknown>>;
    };

/** The JSON written for an input error: `{"error": {"line", "message"}, "input": {…context}}`. */
export function errorJson(result: Extract<ParseResult, { kind: 'error' }>): object {
  return { error: { line: result.line, message: result.message }, input: result.input };
}

/** The JSON value written for a result. */
function toJson(result: ParseResult): object {
  return result.kind === 'record' ? result.record : errorJson(result);
}

/** Receives the results in order and writes them in one output format. */
export interface ResultWriter {
  /**
   * Queues the output of a result. Returns false when the output has a chunk to write out: the
   * caller then awaits `out.drain()` before writing more (see {@link Output.queue}).
   */
  write(result: ParseResult): boolean;
  /** Writes whatever closes the output (the array's `]`, the table) and flushes. */
  end(): Promise<void>;
}

/** A {@link ResultWriter} for `format` on `out`. */
export function resultWriter(format: OutputFormat, out: Output): ResultWriter {
  switch (format) {
    case 'ndjson':
      return {
        write: (result) => out.queue(`${JSON.stringify(toJson(result))}\n`),
        end: () => out.flush(),
      };
    case 'json': {
      let count = 0;
      return {
        write(result) {
          const element = JSON.stringify(toJson(result), null, 2).replaceAll('\n', '\n  ');
          return out.queue(`${count++ === 0 ? '[\n' : ',\n'}  ${element}`);
        },
        async end() {
          await out.write(count === 0 ? '[]\n' : '\n]\n');
          await out.flush();
        },
      };
    }
    case 'table': {
      // The column widths depend on every row, so the table keeps its rows (not the records).
      const rows: string[][] = [];
      let errors = 0;
      return {
        write(result) {
          rows.push(tableRow(result));
          if (result.kind === 'error') errors++;
          return true;
        },
        async end() {
          await out.write(renderTableRows(rows, errors));
          await out.flush();
        },
      };
    }
  }
}

/** The columns of the `table` format. */
const TABLE_COLUMNS: readonly TableColumn[] = [
  { header: 'line', align: 'right' },
  { header: 'doc', max: 10 },
  { header: 'repository', max: 22 },
  { header: 'collection', max: 28 },
  { header: 'file/lot', max: 20 },
  { header: 'classification', max: 14 },
  { header: 'handling', max: 18 },
  { header: '#dr', align: 'right' },
  { header: '#cp', align: 'right' },
  { header: '#pr', align: 'right' },
  { header: '#dg', align: 'right' },
];

/** The line under the table that explains the count columns. */
const LEGEND = '#dr drafters, #cp copies, #pr printed in, #dg diagnostics';

/** The table row of a record. A printed primary source shows as repository `(printed)` with its title. */
function recordRow(line: number, record: ProvenanceRecord): string[] {
  const { primary, primaryPublication: publication } = record;
  const doc = typeof record.context?.doc === 'string' ? record.context.doc : '';
  const repository = primary ? (primary.repositoryId ?? primary.repository ?? '') : publication ? '(printed)' : '';
  const collection = primary ? (primary.collection ?? '') : (publication?.title ?? '');
  const fileOrLot = primary?.file ?? (primary?.lot ? `Lot ${primary.lot}` : '');
  return [
    String(line),
    doc,
    repository,
    collection,
    fileOrLot,
    record.classification?.level ?? '',
    record.handling.join(', '),
    String(record.drafters.length),
    String(record.copies.length),
    String(record.printed.length),
    String(record.diagnostics.length),
  ];
}

/**
 * The `table` format: one row per result (doc, primary repository id, collection, file or lot,
 * classification level, handling, and the numbers of drafters, copies, printed versions and
 * diagnostics), long cells cut with `…`, error rows as `error: <message>`, and a count line.
 */
export function formatTable(results: readonly ParseResult[]): string {
  const errors = results.filter((result) => result.kind === 'error').length;
  return renderTableRows(results.map(tableRow), errors);
}

/** The table row of one result; an error row is `error: <message>` after the line and doc. */
function tableRow(result: ParseResult): string[] {
  if (result.kind === 'record') return recordRow(result.line, result.record);
  const doc = typeof result.input.doc === 'string' ? result.input.doc : '';
  return [String(result.line), doc, `error: ${result.message}`];
}

/** The table of `rows` with the count line under it. */
function renderTableRows(rows: readonly string[][], errors: number): string {
  return `${renderTable(TABLE_COLUMNS, rows)}\n${summarize(rows.length, errors)} (${LEGEND})\n`;
}

/** `3 notes`, `1 note`: a count with its noun, plural unless it is 1. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `7 notes, 2 errors`; `29 notes` when there are no errors. */
export function summarize(notes: number, errors: number): string {
  return errors === 0 ? count(notes, 'note') : `${count(notes, 'note')}, ${count(errors, 'error')}`;
}

/**
 * The end-of-run summary line of a batch command, always with both counts:
 * `7 notes, 2 errors`, `6 documents, 0 errors`.
 */
export function summaryLine(items: number, errors: number, noun: 'note' | 'document'): string {
  return `${count(items, noun)}, ${count(errors, 'error')}`;
}
