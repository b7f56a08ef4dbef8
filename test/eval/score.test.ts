/**
 * The scorer on hand-made records: it must be right before its numbers mean anything.
 */
import { describe, expect, test } from 'vitest';
import type { GoldAnnotation, GoldLocation } from '../../src/eval/gold.js';
import {
  FIELDS,
  aggregate,
  emptyRecord,
  evaluate,
  failingKeyFields,
  fieldScore,
  foldText,
  formatMismatches,
  formatTable,
  isPrimaryMissed,
  scoreNote,
  type Field,
} from '../../src/eval/score.js';
import { emptyLocation, type Location, type ProvenanceRecord } from '../../src/model/provenance.js';

const NOTE =
  'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. Drafted by McSweeney and ' +
  'Veliotes (SOV) and cleared by Goodpaster, Kretzmann, and Rusk. Another copy of this message is in the Kennedy ' +
  'Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. Also printed in Public Papers ' +
  'of the Presidents of the United States:John F. Kennedy, 1961, p. 3, and American Foreign Policy: Current ' +
  'Documents, 1961, p. 560.';

function goldLocation(fields: Partial<GoldLocation>): GoldLocation {
  return {
    repository: null,
    repositoryId: null,
    recordGroup: null,
    collection: null,
    series: [],
    file: null,
    fileDate: null,
    lot: null,
    accession: null,
    job: null,
    box: null,
    folder: null,
    ibid: false,
    ...fields,
  };
}

function location(fields: Partial<Location>): Location {
  return { ...emptyLocation('', [0, 0]), ...fields };
}

const at = (needle: string): [number, number] => {
  const start = NOTE.indexOf(needle);
  if (start < 0) throw new Error(`not in note: ${needle}`);
  return [start, start + needle.length];
};

function gold(): GoldAnnotation {
  return {
    primary: goldLocation({
      repository: 'Department of State',
      repositoryId: 'us-department-of-state',
      collection: 'Central Files',
      file: '711.11-KE/1-2161',
      fileDate: '1961-01-21',
    }),
    primaryPublication: null,
    form: null,
    classification: 'unclassified',
    handling: ['Niact'],
    drafters: [{ name: 'McSweeney', office: 'SOV' }, { name: 'Veliotes', office: 'SOV' }],
    clearances: [{ name: 'Goodpaster' }, { name: 'Kretzmann' }, { name: 'Rusk' }],
    approvers: [],
    copies: [
      goldLocation({
        repository: 'Kennedy Library',
        repositoryId: 'jfk-library',
        collection: 'National Security Files',
        series: ['Countries Series', 'USSR', 'Khrushchev Correspondence'],
      }),
    ],
    printed: [
      { title: 'Public Papers of the Presidents of the United States:John F. Kennedy, 1961', pages: '3' },
      { title: 'American Foreign Policy: Current Documents, 1961', pages: '560' },
    ],
    repeatedTo: [],
    diagnostics: [{ ruleId: 'missing-space-after-colon', text: 'States:John' }],
    transmittedIn: null,
    notANote: false,
  };
}

function record(): ProvenanceRecord {
  return {
    ...emptyRecord(NOTE),
    primary: location({
      text: 'Department of State, Central Files, 711.11-KE/1-2161',
      repository: 'Department of State',
      repositoryId: 'us-department-of-state',
      collection: 'Central Files',
      file: '711.11-KE/1-2161',
      fileDate: '1961-01-21',
    }),
    classification: { level: 'unclassified', text: 'Unclassified', range: at('Unclassified') },
    handling: ['Niact'],
    drafters: [
      { name: 'McSweeney', office: 'SOV', range: at('McSweeney') },
      { name: 'Veliotes', office: 'SOV', range: at('Veliotes') },
    ],
    clearances: [
      { name: 'Goodpaster', range: at('Goodpaster') },
      { name: 'Kretzmann', range: at('Kretzmann') },
      { name: 'Rusk', range: at('Rusk') },
    ],
    copies: [
      location({
        repository: 'Kennedy Library',
        repositoryId: 'jfk-library',
        collection: 'National Security Files',
        series: ['Countries Series', 'USSR', 'Khrushchev Correspondence'],
      }),
    ],
    printed: [
      {
        text: 'Public Papers of the Presidents of the United States:John F. Kennedy, 1961, p. 3',
        title: 'Public Papers of the Presidents of the United States:John F. Kennedy, 1961',
        year: '1961',
        pages: '3',
        range: [0, 0],
      },
      {
        text: 'American Foreign Policy: Current Documents, 1961, p. 560',
        title: 'American Foreign Policy: Current Documents, 1961',
        pages: '560',
        range: [0, 0],
      },
    ],
    diagnostics: [
      { ruleId: 'missing-space-after-colon', severity: 'warning', message: 'Expected a space after the colon', range: at('States:John') },
    ],
  };
}

function fieldOf(rec: ProvenanceRecord, g: GoldAnnotation = gold(), field: Field) {
  return aggregate([scoreNote('n', rec, g)]).fields.find((score) => score.field === field)!;
}

describe('foldText', () => {
  test('lower-cases, unifies dashes and quotes, collapses whitespace', () => {
    expect(foldText('  Official–Informal ')).toBe('official-informal');
    expect(foldText('Dulles—Herter\u2011Series')).toBe('dulles-herter-series');
    expect(foldText('Secretary’s  Staff\u00a0Meetings')).toBe("secretary's staff meetings");
    expect(foldText('“Eyes Only”')).toBe('"eyes only"');
  });
});

describe('scoreNote', () => {
  test('a perfect record scores 1.0 on every field', () => {
    const report = aggregate([scoreNote('d4', record(), gold())]);
    for (const score of report.fields) {
      expect(score, score.field).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    }
    expect(report.mismatches).toEqual([]);
    expect(report.primaryMissed).toEqual([]);
    expect(failingKeyFields(report)).toEqual([]);
    expect(report.fields.map((score) => score.field)).toEqual([...FIELDS]);
    expect(report.fields.find((score) => score.field === 'drafters')).toMatchObject({ gold: 2, tp: 2 });
  });

  test('a missing drafter lowers recall, not precision', () => {
    const rec = record();
    rec.drafters = rec.drafters.slice(0, 1);
    const score = fieldOf(rec, gold(), 'drafters');
    expect(score).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(score.f1).toBeCloseTo(2 / 3, 10);
    const report = aggregate([scoreNote('d4', rec, gold())]);
    expect(report.mismatches).toEqual([
      {
        id: 'd4',
        field: 'drafters',
        expected: ['McSweeney (SOV)', 'Veliotes (SOV)'],
        got: ['McSweeney (SOV)'],
        missing: ['Veliotes (SOV)'],
        extra: [],
      },
    ]);
    expect(failingKeyFields(report).map((failing) => failing.field)).toEqual(['drafters']);
  });

  test('a drafter with the wrong office is a miss and a false alarm', () => {
    const rec = record();
    rec.drafters = [{ name: 'McSweeney', range: [0, 0] }, rec.drafters[1]!];
    expect(fieldOf(rec, gold(), 'drafters')).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  test('an extra copy lowers precision, not recall', () => {
    const rec = record();
    rec.copies = [...rec.copies, location({ repositoryId: 'us-department-of-state', collection: 'Presidential Correspondence', lot: '66 D 204' })];
    const score = fieldOf(rec, gold(), 'copies');
    expect(score).toMatchObject({ tp: 1, fp: 1, fn: 0, recall: 1, precision: 0.5 });
  });

  test('copies compare on repository, collection, file, lot and box only', () => {
    const rec = record();
    rec.copies = [location({ repositoryId: 'jfk-library', collection: 'National Security Files', series: ['Other'], folder: 'x' })];
    expect(fieldOf(rec, gold(), 'copies')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    rec.copies = [location({ repositoryId: 'jfk-library', collection: 'National Security Files', box: '3' })];
    expect(fieldOf(rec, gold(), 'copies')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  test('duplicates in multisets are counted with multiplicity', () => {
    const g = { ...gold(), handling: ['Priority', 'Priority'], repeatedTo: ['Moscow', 'Paris', 'Moscow'] };
    const rec = { ...record(), handling: ['Priority'], repeatedTo: ['Moscow', 'Moscow', 'Moscow', 'Paris'] };
    expect(fieldOf(rec, g, 'handling')).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(fieldOf(rec, g, 'repeatedTo')).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    const twice = { ...record(), clearances: [...record().clearances, { name: 'Rusk', range: [0, 0] as [number, number] }] };
    expect(fieldOf(twice, gold(), 'clearances')).toMatchObject({ tp: 3, fp: 1, fn: 0 });
  });

  test('list items match regardless of order and on folded keys', () => {
    const rec = {
      ...record(),
      handling: ['NIACT'],
      clearances: [...record().clearances].reverse(),
      printed: record().printed.map((publication) => ({ ...publication, title: publication.title.toUpperCase() })),
    };
    const g = { ...gold(), handling: ['niact'] };
    for (const field of ['handling', 'clearances', 'printed'] as const) {
      expect(fieldOf(rec, g, field), field).toMatchObject({ tp: field === 'clearances' ? 3 : field === 'printed' ? 2 : 1, fp: 0, fn: 0 });
    }
    const dashes = { ...gold(), handling: ['Official–Informal'] };
    expect(fieldOf({ ...record(), handling: ['Official-Informal'] }, dashes, 'handling')).toMatchObject({ tp: 1 });
  });

  test('printed entries compare pages, partial and note', () => {
    const g = { ...gold(), printed: [{ title: 'Claflin, The President Wants To Know', pages: '50–51', partial: true }] };
    const base = { text: '', title: 'Claflin, The President Wants To Know', pages: '50-51', range: [0, 0] as [number, number] };
    expect(fieldOf({ ...record(), printed: [{ ...base, partial: true }] }, g, 'printed')).toMatchObject({ tp: 1 });
    expect(fieldOf({ ...record(), printed: [base] }, g, 'printed')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    const noted = { ...gold(), printed: [{ title: 'Bulletin', pages: '662', note: 'slightly different translation' }] };
    const pub = { text: '', title: 'Bulletin', pages: '662', range: [0, 0] as [number, number] };
    expect(fieldOf({ ...record(), printed: [pub] }, noted, 'printed')).toMatchObject({ tp: 0, fn: 1, fp: 1 });
    expect(fieldOf({ ...record(), printed: [{ ...pub, note: 'slightly different translation' }] }, noted, 'printed')).toMatchObject({ tp: 1 });
  });

  test('single-valued fields: wrong value is FN + FP, spurious value is FP, missing value is FN', () => {
    const rec = record();
    rec.primary = { ...rec.primary!, file: '711.11-KE/1-2162', lot: '66 D 204' };
    rec.classification = null;
    rec.form = 'Telegram';
    expect(fieldOf(rec, gold(), 'file')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(fieldOf(rec, gold(), 'lot')).toMatchObject({ tp: 0, fp: 1, fn: 0, gold: 0, predicted: 1 });
    expect(fieldOf(rec, gold(), 'classification')).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(fieldOf(rec, gold(), 'form')).toMatchObject({ tp: 0, fp: 1, fn: 0 });
    expect(fieldOf(rec, gold(), 'accession')).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
  });

  test('primaryPublication compares the folded title', () => {
    const g = { ...gold(), primary: null, primaryPublication: { title: 'American Foreign Policy: Current Documents, 1960', pages: '476' } };
    const rec = {
      ...record(),
      primary: null,
      primaryPublication: { text: '', title: 'American Foreign Policy:  Current Documents, 1960', pages: '477', range: [0, 0] as [number, number] },
    };
    expect(fieldOf(rec, g, 'primaryPublication')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(fieldOf(rec, g, 'repositoryId')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  test('transmittedIn is only scored when the gold has the field', () => {
    const rec = { ...record(), transmittedIn: 'telegram 2562 from Moscow, April 11' };
    const { transmittedIn: _omitted, ...older } = gold();
    expect(scoreNote('n', rec, older).fields.transmittedIn).toBeUndefined();
    expect(fieldOf(rec, older, 'transmittedIn')).toMatchObject({ tp: 0, fp: 0, fn: 0 });
    expect(fieldOf(rec, gold(), 'transmittedIn')).toMatchObject({ fp: 1 });
  });

  test('diagnostics compare rule id and the text the range covers; unparsed-text is counted apart', () => {
    const rec = record();
    rec.diagnostics = [
      { ruleId: 'missing-space-after-colon', severity: 'warning', message: '', range: at('States:Jo') },
      { ruleId: 'unparsed-text', severity: 'info', message: '', range: at('Another copy') },
    ];
    const score = scoreNote('n', rec, gold());
    expect(score.fields.diagnostics).toMatchObject({ tp: 0, fp: 1, fn: 1, extra: ['missing-space-after-colon “States:Jo”'] });
    expect(score.unparsedText).toBe(true);
    const report = aggregate([score, scoreNote('m', record(), gold())]);
    expect(report.unparsedText).toEqual({ ids: ['n'], count: 1, share: 0.5 });
  });
});

describe('isPrimaryMissed', () => {
  test('a record without primary misses it', () => {
    expect(isPrimaryMissed({ ...record(), primary: null }, gold())).toBe(true);
    expect(isPrimaryMissed({ ...record(), primary: null }, { ...gold(), primary: null })).toBe(false);
  });

  test('a primary with all identifying fields wrong is missed; one right field is enough', () => {
    const wrong = location({ repositoryId: 'jfk-library', collection: 'National Security Files', file: 'x' });
    expect(isPrimaryMissed({ ...record(), primary: wrong }, gold())).toBe(true);
    expect(isPrimaryMissed({ ...record(), primary: { ...wrong, file: '711.11–KE/1–2161' } }, gold())).toBe(false);
  });
});

describe('fieldScore and aggregate', () => {
  test('edge cases: nothing expected and nothing predicted is perfect', () => {
    expect(fieldScore('box', { tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(fieldScore('box', { tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
    expect(fieldScore('box', { tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(fieldScore('box', { tp: 3, fp: 1, fn: 0 })).toMatchObject({ precision: 0.75, recall: 1, gold: 3, predicted: 4, key: true });
    expect(fieldScore('diagnostics', { tp: 1, fp: 0, fn: 0 }).key).toBe(false);
  });

  test('counts add up over notes', () => {
    const rec = record();
    rec.drafters = [];
    const report = aggregate([scoreNote('a', record(), gold()), scoreNote('b', rec, gold())]);
    expect(report.notes).toBe(2);
    expect(report.fields.find((score) => score.field === 'drafters')).toMatchObject({ tp: 2, fn: 2, gold: 4, recall: 0.5 });
    expect(report.mismatches.map((mismatch) => `${mismatch.id}:${mismatch.field}`)).toEqual(['b:drafters']);
  });
});

describe('evaluate', () => {
  test('a throwing parser is reported and scored as an empty record', () => {
    let seen = 0;
    const report = evaluate(
      [
        { id: 'ok', note: NOTE, gold: gold() },
        { id: 'boom', note: NOTE, gold: gold() },
      ],
      () => {
        if (seen++ === 1) throw new Error('boom');
        return record();
      },
    );
    expect(report.errors).toEqual([{ id: 'boom', message: 'boom' }]);
    expect(report.primaryMissed).toEqual(['boom']);
    expect(report.fields.find((score) => score.field === 'clearances')).toMatchObject({ tp: 3, fn: 3 });
  });

  test('the context reaches the parser', () => {
    const contexts: unknown[] = [];
    evaluate([{ id: 'c', note: NOTE, gold: gold(), context: { volume: 'v', doc: 'd4' } }], (_text, context) => {
      contexts.push(context);
      return record();
    });
    expect(contexts).toEqual([{ volume: 'v', doc: 'd4' }]);
  });
});

describe('formatting', () => {
  test('table has every field with three decimals; mismatches name note and field', () => {
    const rec = record();
    rec.repeatedTo = ['Paris'];
    const report = aggregate([scoreNote('d4', rec, gold())]);
    const table = formatTable(report);
    expect(table.split('\n')).toHaveLength(FIELDS.length + 2);
    expect(table).toMatch(/^repeatedTo \*\s+0\s+0\.000\s+1\.000\s+0\.000$/m);
    expect(table).toMatch(/^diagnostics\s+1\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(formatMismatches(report.mismatches)).toBe(
      'd4  repeatedTo\n    expected: (none)\n    got:      Paris\n    extra:    Paris',
    );
  });
});
