/**
 * Accuracy scoring of parsed records against hand-annotated gold (`fixtures/gold/*.jsonl`).
 *
 * Every field is scored as a multiset of *items* per note, compared on a folded key:
 *
 * - Primary-location sub-fields (`repositoryId`, `collection`, `file`, `fileDate`, `lot`,
 *   `accession`, `box`): one item when the value is non-null. Gold `X`, record `X` → TP; gold
 *   `X`, record `Y` → FN + FP; gold `X`, record null → FN; gold null, record `Y` → FP.
 * - `primaryPublication` (its title), `classification` (its level), `form`, `transmittedIn`:
 *   one item each, with the same semantics. `transmittedIn` is only scored on notes whose gold
 *   has the field.
 * - Lists, matched order-free with multiplicity: `handling` (folded caption), `drafters`,
 *   `clearances`, `approvers` (folded name + office + date), `repeatedTo` (folded string),
 *   `copies` (repositoryId + collection + file + lot + box), `printed` (title + pages +
 *   partial + note) and `diagnostics` (rule id + the exact text the range covers; the parser's
 *   own `unparsed-text` is reported separately, not scored here).
 *
 * Folding ({@link foldText}) lower-cases, unifies hyphens and dashes, curly and straight
 * quotes, collapses whitespace and trims. The module is pure: parsing and file reading are
 * left to callers. It is not exported from the package index.
 *
 * @module
 */
import type { Diagnostic } from '../model/diagnostic.js';
import { emptyProvenanceRecord, type Location, type NoteContext, type Person, type ProvenanceRecord, type Publication } from '../model/provenance.js';
import type { GoldAnnotation, GoldLocation, GoldPerson, GoldPublication } from './gold.js';

/** Sub-fields of the primary location that are scored. */
export const LOCATION_FIELDS = ['repositoryId', 'collection', 'file', 'fileDate', 'lot', 'accession', 'box'] as const;

/** A scored location sub-field. */
export type LocationField = (typeof LOCATION_FIELDS)[number];

/** Every scored field, in report order. */
export const FIELDS = [
  ...LOCATION_FIELDS,
  'primaryPublication',
  'classification',
  'form',
  'transmittedIn',
  'handling',
  'drafters',
  'clearances',
  'approvers',
  'copies',
  'printed',
  'repeatedTo',
  'diagnostics',
] as const;

/** A scored field. */
export type Field = (typeof FIELDS)[number];

/** The fields whose F1 must reach the threshold for the golden test and `eval --check`. */
export const KEY_FIELDS: readonly Field[] = [
  ...LOCATION_FIELDS,
  'classification',
  'handling',
  'drafters',
  'clearances',
  'approvers',
  'copies',
  'printed',
  'repeatedTo',
];

/** The F1 a key field must reach. */
export const F1_THRESHOLD = 0.98;

/** The diagnostic the parser emits for text it could not read; reported on its own. */
export const UNPARSED_TEXT_RULE = 'unparsed-text';

/** True positives, false positives and false negatives of one field. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** How one field of one note compares: counts plus the items, as labels for humans. */
export interface FieldComparison extends Counts {
  /** Every gold item of the field. */
  expected: string[];
  /** Every predicted item of the field. */
  got: string[];
  /** Gold items the record lacks (false negatives). */
  missing: string[];
  /** Predicted items the gold lacks (false positives). */
  extra: string[];
}

/** A field of a note where record and gold disagree. */
export interface Mismatch {
  id: string;
  field: Field;
  expected: string[];
  got: string[];
  missing: string[];
  extra: string[];
}

/** The comparison of one record with its gold. */
export interface NoteScore {
  id: string;
  /** Per field; absent when the field is not scored for this note. */
  fields: Partial<Record<Field, FieldComparison>>;
  /** Gold has a primary location and the record misses it (see {@link isPrimaryMissed}). */
  primaryMissed: boolean;
  /** The record carries an `unparsed-text` diagnostic. */
  unparsedText: boolean;
  /** Set when the parser threw on this note (the note is then scored as an empty record). */
  error?: string;
}

/** Precision, recall and F1 of a field over a set of notes. */
export interface FieldScore extends Counts {
  field: Field;
  /** Whether the field is one of {@link KEY_FIELDS}. */
  key: boolean;
  /** Number of gold items (tp + fn). */
  gold: number;
  /** Number of predicted items (tp + fp). */
  predicted: number;
  /** tp / (tp + fp); 1 when nothing was predicted. */
  precision: number;
  /** tp / (tp + fn); 1 when the gold has no items. */
  recall: number;
  /** 2·tp / (2·tp + fp + fn); 1 when there are neither gold nor predicted items. */
  f1: number;
}

/** The scores of a set of notes. */
export interface EvalReport {
  /** Number of notes scored. */
  notes: number;
  /** One entry per field, in {@link FIELDS} order. */
  fields: FieldScore[];
  /** Ids of notes whose primary location was missed. */
  primaryMissed: string[];
  /** Notes with an `unparsed-text` diagnostic: their ids, count and share of all notes (0–1). */
  unparsedText: { ids: string[]; count: number; share: number };
  /** Notes on which the parser threw. */
  errors: { id: string; message: string }[];
  /** Every disagreement, in note then field order. */
  mismatches: Mismatch[];
}

/** A scorable item: the comparison key and a readable label. */
interface Item {
  key: string;
  label: string;
}

const DASHES = /[\u002d\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const SPACES = /\s+/g;
const SEP = '\u241f';

/**
 * The comparison form of a string: lower-cased, every hyphen, dash and minus as `-`, curly
 * quotes as straight ones, runs of whitespace as one space, trimmed.
 */
export function foldText(text: string): string {
  return text
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

function fold(value: string | null | undefined): string {
  return value == null ? '' : foldText(value);
}

function single(value: string | null | undefined): Item[] {
  return value == null ? [] : [{ key: foldText(value), label: value }];
}

function strings(values: readonly string[]): Item[] {
  return values.map((value) => ({ key: foldText(value), label: value }));
}

function personItem(person: GoldPerson | Person): Item {
  const extras = [person.office, person.date].filter((part): part is string => part != null && part !== '');
  return {
    key: [fold(person.name), fold(person.office), fold(person.date)].join(SEP),
    label: extras.length > 0 ? `${person.name} (${extras.join('; ')})` : person.name,
  };
}

function locationItem(location: GoldLocation | Location): Item {
  const parts = [location.repositoryId, location.collection, location.file, location.lot, location.box];
  const labels = [
    location.repositoryId ?? '?',
    location.collection ?? '—',
    location.file != null ? `file ${location.file}` : null,
    location.lot != null ? `lot ${location.lot}` : null,
    location.box != null ? `box ${location.box}` : null,
  ].filter((part): part is string => part !== null);
  return { key: parts.map(fold).join(SEP), label: labels.join(', ') };
}

function publicationItem(publication: GoldPublication | Publication): Item {
  const partial = publication.partial === true;
  const extras = [
    publication.pages != null ? `p. ${publication.pages}` : null,
    partial ? 'partial' : null,
    publication.note != null ? publication.note : null,
  ].filter((part): part is string => part !== null);
  return {
    key: [fold(publication.title), fold(publication.pages), partial ? 'partial' : '', fold(publication.note)].join(SEP),
    label: extras.length > 0 ? `${publication.title} [${extras.join('; ')}]` : publication.title,
  };
}

function diagnosticItem(ruleId: string, text: string): Item {
  return { key: `${ruleId}${SEP}${text}`, label: `${ruleId} “${text}”` };
}

function recordDiagnosticItems(record: ProvenanceRecord): Item[] {
  return record.diagnostics
    .filter((diagnostic: Diagnostic) => diagnostic.ruleId !== UNPARSED_TEXT_RULE)
    .map((diagnostic) => diagnosticItem(diagnostic.ruleId, record.text.slice(diagnostic.range[0], diagnostic.range[1])));
}

/** Multiset comparison of gold and predicted items. */
function compareItems(gold: readonly Item[], predicted: readonly Item[]): FieldComparison {
  const remaining = new Map<string, Item[]>();
  for (const item of gold) {
    const bucket = remaining.get(item.key);
    if (bucket) bucket.push(item);
    else remaining.set(item.key, [item]);
  }
  let tp = 0;
  const extra: string[] = [];
  for (const item of predicted) {
    const bucket = remaining.get(item.key);
    if (bucket && bucket.length > 0) {
      bucket.pop();
      tp++;
    } else {
      extra.push(item.label);
    }
  }
  const missing = [...remaining.values()].flat().map((item) => item.label);
  return {
    tp,
    fp: extra.length,
    fn: missing.length,
    expected: gold.map((item) => item.label),
    got: predicted.map((item) => item.label),
    missing,
    extra,
  };
}

/**
 * Whether the record misses the gold primary location: the gold has one and the record has
 * none, or none of the gold's non-null `repositoryId`, `collection`, `file` and `lot` values is
 * matched by the record's primary location.
 */
export function isPrimaryMissed(record: ProvenanceRecord, gold: GoldAnnotation): boolean {
  const expected = gold.primary;
  if (expected === null) return false;
  const got = record.primary;
  if (got === null) return true;
  const identifying = (['repositoryId', 'collection', 'file', 'lot'] as const).filter((field) => expected[field] != null);
  if (identifying.length === 0) return false;
  return identifying.every((field) => fold(got[field]) !== fold(expected[field]));
}

/** Compares one record with its gold annotation, field by field. */
export function scoreNote(id: string, record: ProvenanceRecord, gold: GoldAnnotation): NoteScore {
  const fields: Partial<Record<Field, FieldComparison>> = {};
  for (const field of LOCATION_FIELDS) {
    fields[field] = compareItems(single(gold.primary?.[field]), single(record.primary?.[field]));
  }
  fields.primaryPublication = compareItems(
    single(gold.primaryPublication?.title),
    single(record.primaryPublication?.title),
  );
  fields.classification = compareItems(single(gold.classification), single(record.classification?.level));
  fields.form = compareItems(single(gold.form), single(record.form));
  if (gold.transmittedIn !== undefined) {
    fields.transmittedIn = compareItems(single(gold.transmittedIn), single(record.transmittedIn));
  }
  fields.handling = compareItems(strings(gold.handling), strings(record.handling));
  fields.drafters = compareItems(gold.drafters.map(personItem), record.drafters.map(personItem));
  fields.clearances = compareItems(gold.clearances.map(personItem), record.clearances.map(personItem));
  fields.approvers = compareItems(gold.approvers.map(personItem), record.approvers.map(personItem));
  fields.copies = compareItems(gold.copies.map(locationItem), record.copies.map(locationItem));
  fields.printed = compareItems(gold.printed.map(publicationItem), record.printed.map(publicationItem));
  fields.repeatedTo = compareItems(strings(gold.repeatedTo), strings(record.repeatedTo));
  fields.diagnostics = compareItems(
    gold.diagnostics.map((diagnostic) => diagnosticItem(diagnostic.ruleId, diagnostic.text)),
    recordDiagnosticItems(record),
  );
  return {
    id,
    fields,
    primaryMissed: isPrimaryMissed(record, gold),
    unparsedText: record.diagnostics.some((diagnostic) => diagnostic.ruleId === UNPARSED_TEXT_RULE),
  };
}

/** Precision, recall and F1 of a field from its counts (see {@link FieldScore} for edge cases). */
export function fieldScore(field: Field, counts: Counts): FieldScore {
  const { tp, fp, fn } = counts;
  return {
    field,
    key: KEY_FIELDS.includes(field),
    tp,
    fp,
    fn,
    gold: tp + fn,
    predicted: tp + fp,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** Sums per-note scores into per-field precision, recall and F1 plus the note-level tallies. */
export function aggregate(scores: Iterable<NoteScore>): EvalReport {
  const totals = new Map<Field, Counts>(FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }]));
  const primaryMissed: string[] = [];
  const unparsed: string[] = [];
  const errors: EvalReport['errors'] = [];
  const mismatches: Mismatch[] = [];
  let notes = 0;
  for (const score of scores) {
    notes++;
    for (const field of FIELDS) {
      const comparison = score.fields[field];
      if (!comparison) continue;
      const total = totals.get(field)!;
      total.tp += comparison.tp;
      total.fp += comparison.fp;
      total.fn += comparison.fn;
      if (comparison.fp > 0 || comparison.fn > 0) {
        const { expected, got, missing, extra } = comparison;
        mismatches.push({ id: score.id, field, expected, got, missing, extra });
      }
    }
    if (score.primaryMissed) primaryMissed.push(score.id);
    if (score.unparsedText) unparsed.push(score.id);
    if (score.error !== undefined) errors.push({ id: score.id, message: score.error });
  }
  return {
    notes,
    fields: FIELDS.map((field) => fieldScore(field, totals.get(field)!)),
    primaryMissed,
    unparsedText: { ids: unparsed, count: unparsed.length, share: notes === 0 ? 0 : unparsed.length / notes },
    errors,
    mismatches,
  };
}

/** A note to evaluate: its id, text, gold annotation and the context to parse it with. */
export interface EvalNote {
  id: string;
  note: string;
  gold: GoldAnnotation;
  context?: NoteContext;
}

/** The parser under evaluation. */
export type ParseFunction = (text: string, context: NoteContext | undefined) => ProvenanceRecord;

/** A record with nothing read: what a note scores as when the parser throws on it. */
export function emptyRecord(text: string): ProvenanceRecord {
  return emptyProvenanceRecord(text);
}


/**
 * Parses every note with `parse` and scores it against its gold. A parser exception does not
 * stop the run: the note is scored as an {@link emptyRecord} and listed in `report.errors`.
 */
export function evaluate(notes: Iterable<EvalNote>, parse: ParseFunction): EvalReport {
  const scores: NoteScore[] = [];
  for (const note of notes) {
    let record: ProvenanceRecord;
    let error: string | undefined;
    try {
      record = parse(note.note, note.context);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
      record = emptyRecord(note.note);
    }
    const score = scoreNote(note.id, record, note.gold);
    scores.push(error === undefined ? score : { ...score, error });
  }
  return aggregate(scores);
}

/** Key fields below the threshold, with their scores. */
export function failingKeyFields(report: EvalReport, threshold = F1_THRESHOLD): FieldScore[] {
  return report.fields.filter((score) => score.key && score.f1 < threshold);
}

/** The report as a fixed-width table: field, gold items, P, R, F1 (3 decimals); key fields starred. */
export function formatTable(report: EvalReport): string {
  const rows = [['field', 'gold', 'P', 'R', 'F1']];
  for (const score of report.fields) {
    rows.push([
      `${score.field}${score.key ? ' *' : ''}`,
      String(score.gold),
      score.precision.toFixed(3),
      score.recall.toFixed(3),
      score.f1.toFixed(3),
    ]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]): string =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

function formatItems(items: readonly string[]): string {
  return items.length === 0 ? '(none)' : items.join(' | ');
}

/**
 * Mismatches as readable lines: `id  field` then the expected and the predicted items, and
 * what is missing or extra.
 */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  return mismatches
    .map((mismatch) =>
      [
        `${mismatch.id}  ${mismatch.field}`,
        `    expected: ${formatItems(mismatch.expected)}`,
        `    got:      ${formatItems(mismatch.got)}`,
        ...(mismatch.missing.length > 0 ? [`    missing:  ${formatItems(mismatch.missing)}`] : []),
        ...(mismatch.extra.length > 0 ? [`    extra:    ${formatItems(mismatch.extra)}`] : []),
      ].join('\n'),
    )
    .join('\n');
}
