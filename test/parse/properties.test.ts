/**
 * Property-based tests of `parseSourceNote` (fast-check, fixed seed): "never throws, always
 * valid". For every input — arbitrary strings (UTF-16 code units with lone surrogates, full
 * Unicode, FRUS vocabulary, long runs of one character) and mutations of real notes from
 * `fixtures/gold/*.jsonl` (deleted and duplicated punctuation, swapped dashes, OCR noise,
 * truncation at every position) — the record must:
 *
 * 1. come back without an exception, and without the parser's own `internal-error` diagnostic
 *    (which is how `parseSourceNote` reports an exception it caught: a bug hidden, not handled);
 * 2. validate against `ProvenanceRecordSchema` and keep the note as given in `text`;
 * 3. have every `range` (of fields, clauses, diagnostics, nested locations) inside the text;
 * 4. account for the whole note: the clauses' ranges, plus whitespace, cover every other
 *    character, and every `remarks` entry is a substring of the note;
 * 5. be the same for the same input, also after other notes were parsed in between (no state
 *    leaks from one call to the next, e.g. through a global regex's `lastIndex`).
 *
 * A counterexample that is a real parser bug gets a test of its own with the minimal input
 * fast-check found (skipped in a `known failures (reported)` block until it is fixed, then run,
 * as the "untyped callers" block at the end); the properties are never weakened.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSourceNote, ProvenanceRecordSchema, type ProvenanceRecord } from '../../src/index.js';

/** Fixed seed: a failure reproduces everywhere; change it only on purpose. */
const SEED = 0x46_52_55_53; // "FRUS"

/**
 * Multiplies every run count: `PROPERTY_RUNS_SCALE=20 npx vitest run test/parse/properties.test.ts`
 * searches 20 times longer (and `PROPERTY_SEED=n` elsewhere) without editing the file.
 */
const SCALE = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
const RUN_SEED = process.env.PROPERTY_SEED === undefined ? SEED : Number(process.env.PROPERTY_SEED);

/** fast-check settings for one property: the fixed seed, `numRuns` runs (times the scale). */
function runs(numRuns: number): fc.Parameters<unknown> {
  return { seed: RUN_SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)) };
}

/** Whitespace as the parser counts it (`src/parse/chars.ts`: `/\s/` on one UTF-16 code unit). */
const SPACE = /\s/;

/** Notes parsed between two parses of the same input, to catch state carried across calls. */
const INTERFERING = [
  'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. Drafted by McSweeney and Veliotes (SOV) and cleared by Goodpaster, Kretzmann, and Rusk. Repeated to London and Paris.',
  'Source: Kennedy Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. No classification marking. Also printed in Public Papers of the Presidents: John F. Kennedy, 1961, p. 3.',
];
let interference = 0;

/**
 * The violations of the five properties by `record`, the parse of `text`; empty when there are
 * none. `reparse` parses again (after an interfering note) for the determinism check.
 */
function violations(text: string, record: ProvenanceRecord, reparse: () => ProvenanceRecord = () => parseSourceNote(text)): string[] {
  const found: string[] = [];
  // 1. No exception was swallowed.
  for (const d of record.diagnostics) if (d.ruleId === 'internal-error') found.push(`internal error: ${d.message}`);
  // 2. Valid against the schema, with the note kept as given.
  const valid = ProvenanceRecordSchema.safeParse(record);
  if (!valid.success) found.push(`schema: ${valid.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (record.text !== text) found.push('text: the record does not keep the note as given');
  // 3. Every range inside the text.
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'range') {
          const [start, end] = Array.isArray(item) ? (item as unknown[]) : [];
          const ok = Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= text.length;
          if (!ok) found.push(`range: ${path}.range = ${JSON.stringify(item)} is not inside [0, ${text.length}]`);
        } else {
          visit(item, `${path}.${key}`);
        }
      }
    }
  };
  visit(record, 'record');
  // 4. Clauses (plus whitespace) cover the note; remarks are verbatim.
  const covered = new Uint8Array(text.length);
  for (const { range } of record.clauses ?? []) covered.fill(1, Math.max(0, range[0]), Math.min(text.length, range[1]));
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && !SPACE.test(text[i]!)) {
      found.push(`coverage: character ${i} (${JSON.stringify(text[i])}, in ${JSON.stringify(text.slice(Math.max(0, i - 15), i + 15))}) is in no clause`);
      break;
    }
  }
  for (const remark of record.remarks ?? []) if (!text.includes(remark)) found.push(`remarks: ${JSON.stringify(remark)} is not part of the note`);
  // 5. Same input, same output.
  if (JSON.stringify(reparse()) !== JSON.stringify(record)) found.push('determinism: a second parse gives a different record');
  return found;
}

/** Parses `text` and checks the five properties, with another note parsed before the second parse. */
function check(text: string): string[] {
  const record = parseSourceNote(text);
  return violations(text, record, () => {
    parseSourceNote(INTERFERING[interference++ % INTERFERING.length]!);
    return parseSourceNote(text);
  });
}

/** Asserts the five properties for `text`, showing the input on failure. */
function expectProperties(text: string): void {
  expect(check(text), JSON.stringify(text)).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** About 30 real notes: the 10 longest distinct notes of each gold file. */
function realNotes(): string[] {
  const dir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
  const notes: string[] = [];
  for (const file of ['frus-notes-early.jsonl', 'frus-notes-late.jsonl', 'frus1961-63v06-seed.jsonl']) {
    const lines = readFileSync(dir + file, 'utf8').split('\n').filter((line) => line.trim());
    const distinct = [...new Set(lines.map((line) => (JSON.parse(line) as { note: string }).note))];
    notes.push(...distinct.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, 10));
  }
  return notes;
}
const NOTES = realNotes();

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Pieces of FRUS source notes, punctuation, odd spaces and characters, to build near-notes from. */
const FRUS_TOKENS = [
  'Source:', 'Source: ', 'Department of State', 'Central Files', 'Kennedy Library', 'National Security Files', 'Presidential Correspondence',
  'Lot 66 D 204', 'Lot', 'D', '711.11-KE/1-2161', '756.00/', 'RG 59', 'FRC 69 A 7425', 'Box', 'Folder', 'Job 79-S01060A', 'Files of',
  'Secret', 'Top Secret', 'Unclassified', 'Confidential', 'No classification marking', 'Priority', 'Niact', 'Eyes Only', 'Personal',
  'Drafted by', 'cleared by', 'approved by', 'Approved in S on', 'concurred in by', 'Rusk', 'McSweeney', 'J.F.', 'James E. Goodby',
  'and', 'in', 'on', 'of', 'the', 'ibid.', 'Ibid', 'Printed in', 'Also printed in', 'printed in part in', 'The source text is',
  'p.', 'pp.', 'vol.', 'Document', 'Repeated to', 'Sent to', 'Transmitted in telegram', 'from Moscow', 'copy', 'Another copy is in the',
  'Telegram', ': Telegram', 'Memorandum', 'January 21, 1961', 'May 7', '1961', '3', '12', '545–557', 'A', 'U.S.', 'Mr.', 'x',
  ',', '.', ';', ':', '(', ')', '[', ']', '“', '”', '"', '‘', '’', '–', '—', '-', '/', '½', 'É', 'Ł', 'ß', 'İ',
  ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2009', '\u200b', '\u00ad', '\ufeff', '\u0000', '\ud800', '\udc00', '🙂',
];
const nearNote = fc.array(fc.constantFrom(...FRUS_TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

/** Long runs of the characters the parser reacts to. */
const RUN_PIECES = ['.', ',', '-', '–', '—', '(', ')', '[', ']', '“', '”', ' ', '\n', 'a', 'A', '1', ';', ':', 'and ', 'Source: ', 'Secret. ', 'Lot 66 ', 'Drafted by '];
const longRuns = fc
  .array(fc.tuple(fc.constantFrom(...RUN_PIECES), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 5 })
  .map((runsOf) => runsOf.map(([piece, count]) => piece.repeat(count)).join(''));

/** Characters OCR confuses or leaves behind. */
const OCR_NOISE = ['|', 'l', '1', 'I', '0', 'O', 'rn', 'm', 'vv', '•', '·', '\u00ad', '\ufffd', ',', '.', ';', ' ', '\n', '’', '‘', '¬', '~', '^', '(', ')', '[', ']', '”', 'ﬁ'];
const PUNCTUATION = /[.,;:()[\]“”"'‘’–—\-/]/g;
const DASHES = /[-–—‐−]/g;

/** One edit of a real note; positions are taken modulo what the note offers. */
type Mutation =
  | { kind: 'delete-punctuation'; at: number }
  | { kind: 'duplicate-punctuation'; at: number }
  | { kind: 'swap-dash'; at: number; to: string }
  | { kind: 'ocr-noise'; at: number; noise: string }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-punctuation' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-punctuation' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-dash' as const), at: fc.nat(), to: fc.constantFrom('-', '–', '—', '‐', '−', '--') }),
  fc.record({ kind: fc.constant('ocr-noise' as const), at: fc.nat(), noise: fc.array(fc.constantFrom(...OCR_NOISE), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** The positions of `pattern`'s matches in `text`. */
function positions(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((m) => m.index);
}

function mutate(text: string, edit: Mutation): string {
  switch (edit.kind) {
    case 'delete-punctuation':
    case 'duplicate-punctuation': {
      const marks = positions(text, PUNCTUATION);
      if (marks.length === 0) return text;
      const i = marks[edit.at % marks.length]!;
      return edit.kind === 'delete-punctuation' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i + 1) + text.slice(i);
    }
    case 'swap-dash': {
      const dashes = positions(text, DASHES);
      if (dashes.length === 0) return text;
      const i = dashes[edit.at % dashes.length]!;
      return text.slice(0, i) + edit.to + text.slice(i + 1);
    }
    case 'ocr-noise': {
      const i = edit.at % (text.length + 1);
      return text.slice(0, i) + edit.noise + text.slice(i);
    }
    case 'truncate':
      return text.slice(0, edit.at % (text.length + 1));
  }
}

const mutatedNote = fc
  .tuple(fc.constantFrom(...NOTES), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([note, edits]) => edits.reduce(mutate, note));

// ---------------------------------------------------------------------------------------------
// Properties

describe('parseSourceNote properties: never throws, always valid', { timeout: 60_000 * Math.max(1, SCALE) }, () => {
  it('reads about 30 real notes from the gold files, and each satisfies the properties as is', () => {
    expect(NOTES.length).toBeGreaterThanOrEqual(28);
    for (const note of NOTES) expectProperties(note);
  });

  it('holds for arbitrary UTF-16 strings (lone surrogates, control characters)', () => {
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 300 }), expectProperties), runs(1500));
  });

  it('holds for arbitrary Unicode strings (any code point, combining marks, astral planes)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectProperties), runs(600));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), expectProperties), runs(200));
  });

  it('holds for strings made of FRUS vocabulary and punctuation (near-notes)', () => {
    fc.assert(fc.property(nearNote, expectProperties), runs(2500));
  });

  it('holds for long runs of one character or word (up to a few thousand characters)', () => {
    fc.assert(fc.property(longRuns, expectProperties), runs(300));
  });

  it('holds for real notes with deleted or duplicated punctuation, swapped dashes, OCR noise and truncation', () => {
    fc.assert(fc.property(mutatedNote, expectProperties), runs(2500));
  });

  it('holds for every truncation of every real note (each prefix, exhaustively)', () => {
    for (const note of NOTES) {
      for (let end = 0; end <= note.length; end++) {
        const prefix = note.slice(0, end);
        const problems = check(prefix);
        if (problems.length) expect(problems, `prefix ${end} of ${JSON.stringify(note)}`).toEqual([]);
      }
    }
  });

  it('gives the same record for the same input whatever was parsed before', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(mutatedNote, nearNote), { minLength: 1, maxLength: 5 }), (notes) => {
        const first = notes.map((note) => JSON.stringify(parseSourceNote(note)));
        const again = [...notes].reverse().map((note) => JSON.stringify(parseSourceNote(note))).reverse();
        expect(again).toEqual(first);
      }),
      runs(300),
    );
  });

  it('never throws on JavaScript values that are not strings, and says so in a diagnostic', () => {
    // parseSourceNote takes `string`; JavaScript callers may pass anything (a JSONL field, `undefined`).
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(typeof value !== 'string');
        const record = parseSourceNote(value as string);
        expect(ProvenanceRecordSchema.safeParse(record).success).toBe(true);
        expect(record.diagnostics.map((d) => d.ruleId)).toContain('invalid-input');
      }),
      runs(500),
    );
  });
});

describe('the property checker itself', () => {
  // Guards against a vacuous check: each broken record must be caught.
  const note = 'Source: Department of State, Central Files, 711.11-KE/1-2161. Secret. Drafted by Rusk.';
  const record = parseSourceNote(note);
  const same = () => record;
  const broken = (change: (r: ProvenanceRecord) => void): ProvenanceRecord => {
    const copy = structuredClone(record);
    change(copy);
    return copy;
  };

  it('accepts the record of a well-formed note', () => {
    expect(violations(note, record, same)).toEqual([]);
  });

  it('catches a dropped clause, a range outside the text, a made-up remark, an invalid record, an internal error and nondeterminism', () => {
    expect(violations(note, broken((r) => r.clauses.pop()), same).join()).toMatch(/^coverage:/);
    expect(violations(note, broken((r) => (r.primary!.range = [0, note.length + 1])), same).join()).toMatch(/range: record\.primary\.range/);
    expect(violations(note, broken((r) => r.remarks.push('not in the note')), same).join()).toMatch(/remarks:/);
    expect(violations(note, broken((r) => ((r as { form: unknown }).form = 7)), same).join()).toMatch(/schema: form/);
    expect(
      violations(note, broken((r) => r.diagnostics.push({ ruleId: 'internal-error', severity: 'error', message: 'boom', range: [0, 0] })), same).join(),
    ).toMatch(/internal error: boom/);
    expect(violations(note, record, () => broken((r) => r.handling.push('Niact'))).join()).toMatch(/determinism/);
  });

  it('applies each mutation as described', () => {
    expect(mutate('a, b.', { kind: 'delete-punctuation', at: 1 })).toBe('a, b');
    expect(mutate('a, b.', { kind: 'duplicate-punctuation', at: 0 })).toBe('a,, b.');
    expect(mutate('1961–63', { kind: 'swap-dash', at: 0, to: '-' })).toBe('1961-63');
    expect(mutate('ab', { kind: 'ocr-noise', at: 1, noise: '|' })).toBe('a|b');
    expect(mutate('abc', { kind: 'truncate', at: 6 })).toBe('ab');
  });
});

describe('untyped callers', () => {
  // Found by the properties above (fast-check's shrunk counterexample) and fixed: the input's
  // string conversion used to run outside parseSourceNote's guard.

  it('never throws on a value without a string conversion (null-prototype object, throwing toString)', () => {
    // Counterexample: parseSourceNote(Object.create(null)) throws
    // "TypeError: Cannot convert object to primitive value"; so does an object whose toString
    // throws. `String(text ?? '')` runs before the try/catch of parseSourceNote, so the
    // documented "never throws" does not hold for these values (nor for parseSourceNotes given
    // `{ text: Object.create(null) }`).
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (value) => {
        expect(() => parseSourceNote(value as string)).not.toThrow();
      }),
      runs(500),
    );
    const hostile = { toString: () => { throw new Error('no'); } };
    expect(() => parseSourceNote(hostile as unknown as string)).not.toThrow();
  });
});
