/**
 * Invariants every vocabulary table exported from `src/vocab/index.ts` must keep: unique
 * kebab-case ids, no folded alias in two entries, every alias found again by the table's
 * lookup, and the fields each kind of entry requires.
 */
import { describe, expect, test } from 'vitest';
import { CLASSIFICATION_LEVELS } from '../../src/model/provenance.js';
import * as vocab from '../../src/vocab/index.js';
import {
  BOUND_SERIES,
  CLASSIFICATIONS,
  DECIMAL_FILE_SERIES,
  DOCUMENT_FORMS,
  FILE_COLLECTIONS,
  FILE_MARKERS,
  FILE_SUBJECTS,
  HANDLING_CAPTIONS,
  PAPER_SERIES,
  OFFICE_SYMBOLS,
  PUBLICATIONS,
  REPOSITORIES,
  US_STATES,
  findState,
  findClassification,
  findDecimalFileSeries,
  findDocumentForm,
  findFileCollection,
  findFileMarker,
  findFileSubject,
  findHandlingCaption,
  findOfficeSymbol,
  findPaperSeries,
  findRepository,
  foldKey,
  matchBoundSeriesPrefix,
  matchClassificationPrefix,
  matchPublicationPrefix,
  matchRepositoryPrefix,
  type VocabEntry,
} from '../../src/vocab/index.js';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HANDLING_KINDS = ['precedence', 'distribution', 'control'];

/** A lookup: the entry the alias resolves to, or undefined. */
type Lookup = (alias: string) => VocabEntry | undefined;

/** A prefix matcher used as an exact lookup: the match must cover the whole alias. */
function wholePrefix(match: (text: string) => { length: number; entry: VocabEntry } | undefined): Lookup {
  return (alias) => {
    const hit = match(alias);
    return hit && hit.length === alias.length ? hit.entry : undefined;
  };
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

interface TableCase {
  name: string;
  table: readonly VocabEntry[];
  /** Every lookup function the table offers; each alias must resolve through all of them. */
  lookups: Record<string, Lookup>;
  /** Problems with an entry's own fields, as messages. */
  check(entry: VocabEntry): string[];
}

const TABLES: TableCase[] = [
  {
    name: 'REPOSITORIES',
    table: REPOSITORIES,
    lookups: {
      findRepository,
      matchRepositoryPrefix: wholePrefix((text) => {
        const hit = matchRepositoryPrefix(text);
        return hit && { length: hit.length, entry: hit.repository };
      }),
    },
    check: (entry) => {
      const repository = entry as (typeof REPOSITORIES)[number];
      return [
        ...(nonEmpty(repository.label) ? [] : ['label missing']),
        ...(nonEmpty(repository.place) ? [] : ['place missing']),
      ];
    },
  },
  {
    name: 'CLASSIFICATIONS',
    table: CLASSIFICATIONS,
    lookups: { findClassification, matchClassificationPrefix: wholePrefix(matchClassificationPrefix) },
    check: (entry) => {
      const level = (entry as (typeof CLASSIFICATIONS)[number]).level;
      return (CLASSIFICATION_LEVELS as readonly string[]).includes(level) ? [] : [`level "${level}" not in CLASSIFICATION_LEVELS`];
    },
  },
  {
    name: 'HANDLING_CAPTIONS',
    table: HANDLING_CAPTIONS,
    lookups: { findHandlingCaption },
    check: (entry) => {
      const kind = (entry as (typeof HANDLING_CAPTIONS)[number]).kind;
      return HANDLING_KINDS.includes(kind) ? [] : [`kind "${kind}" unknown`];
    },
  },
  {
    name: 'PUBLICATIONS',
    table: PUBLICATIONS,
    lookups: {
      matchPublicationPrefix: wholePrefix((text) => {
        const hit = matchPublicationPrefix(text);
        return hit && { length: hit.length, entry: hit.publication };
      }),
    },
    check: (entry) => (nonEmpty((entry as (typeof PUBLICATIONS)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'OFFICE_SYMBOLS',
    table: OFFICE_SYMBOLS,
    lookups: { findOfficeSymbol },
    check: (entry) => (nonEmpty((entry as (typeof OFFICE_SYMBOLS)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'FILE_SUBJECTS',
    table: FILE_SUBJECTS,
    lookups: { findFileSubject },
    check: (entry) => (nonEmpty((entry as (typeof FILE_SUBJECTS)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'DECIMAL_FILE_SERIES',
    table: DECIMAL_FILE_SERIES,
    lookups: { findDecimalFileSeries },
    check: (entry) => (nonEmpty((entry as (typeof DECIMAL_FILE_SERIES)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'FILE_COLLECTIONS',
    table: FILE_COLLECTIONS,
    lookups: { findFileCollection },
    check: (entry) => {
      const collection = entry as (typeof FILE_COLLECTIONS)[number];
      return [...(nonEmpty(collection.label) ? [] : ['label missing']), ...(vocab.repositoryById(collection.repositoryId) ? [] : ['repositoryId not in REPOSITORIES'])];
    },
  },
  {
    name: 'FILE_MARKERS',
    table: FILE_MARKERS,
    lookups: { findFileMarker },
    check: (entry) => (nonEmpty((entry as (typeof FILE_MARKERS)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'PAPER_SERIES',
    table: PAPER_SERIES,
    lookups: { findPaperSeries },
    check: (entry) => (nonEmpty((entry as (typeof PAPER_SERIES)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'BOUND_SERIES',
    table: BOUND_SERIES,
    lookups: { matchBoundSeriesPrefix: wholePrefix(matchBoundSeriesPrefix) },
    check: (entry) => (nonEmpty((entry as (typeof BOUND_SERIES)[number]).label) ? [] : ['label missing']),
  },
  {
    name: 'US_STATES',
    table: US_STATES,
    lookups: { findState },
    check: (entry) => (/^[A-Z]{2}$/.test((entry as (typeof US_STATES)[number]).code) ? [] : ['code not two capitals']),
  },
  {
    name: 'DOCUMENT_FORMS',
    table: DOCUMENT_FORMS,
    lookups: { findDocumentForm },
    check: (entry) => (nonEmpty((entry as (typeof DOCUMENT_FORMS)[number]).label) ? [] : ['label missing']),
  },
];

test('every table exported from src/vocab/index.ts is covered here', () => {
  const exported = Object.entries(vocab)
    .filter(([, value]) => Array.isArray(value))
    .map(([name]) => name)
    .sort();
  expect(exported).toEqual(TABLES.map((table) => table.name).sort());
});

describe.each(TABLES)('$name', ({ table, lookups, check }) => {
  test('is not empty and every entry has at least one alias', () => {
    expect(table.length).toBeGreaterThan(0);
    const bare = table.filter((entry) => entry.aliases.length === 0).map((entry) => entry.id);
    expect(bare).toEqual([]);
  });

  test('ids are unique and kebab-case', () => {
    const ids = table.map((entry) => entry.id);
    expect(ids.filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  test('aliases are non-empty and trimmed', () => {
    const bad = table.flatMap((entry) => entry.aliases.filter((alias) => alias.trim() === '' || alias !== alias.trim()).map((alias) => `${entry.id}: "${alias}"`));
    expect(bad).toEqual([]);
  });

  test('no folded alias is in two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of table) {
      for (const alias of entry.aliases) {
        const key = foldKey(alias);
        const other = owner.get(key);
        if (other !== undefined && other !== entry.id) clashes.push(`"${alias}" in ${other} and ${entry.id}`);
        owner.set(key, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each(Object.keys(lookups))('every alias resolves back to its entry through %s', (name) => {
    const lookup = lookups[name]!;
    const wrong = table.flatMap((entry) =>
      entry.aliases
        .map((alias) => ({ alias, found: lookup(alias)?.id }))
        .filter(({ found }) => found !== entry.id)
        .map(({ alias, found }) => `${entry.id}: "${alias}" → ${found ?? 'nothing'}`),
    );
    expect(wrong).toEqual([]);
  });

  test('required fields are present', () => {
    const problems = table.flatMap((entry) => check(entry).map((problem) => `${entry.id}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
