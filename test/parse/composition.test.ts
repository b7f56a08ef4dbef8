/**
 * Clauses read the same in any company. A note made of a citation and sentences taken from
 * different gold notes (a marking from one, a drafting sentence from another, a copy sentence
 * from a third, …), in any order, must give the fields that each part gives alone: the citation's location,
 * the marking's classification and captions, each sentence's people, copies, printed-in works
 * and repeated-to places. Notes of unseen volumes combine familiar clauses in new ways; a reader
 * that depends on what came before would fail here.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGoldNotes } from '../../src/eval/gold.js';
import type { Clause, ProvenanceRecord } from '../../src/model/provenance.js';
import { parseSourceNote } from '../../src/parse/source-note.js';

const goldDir = fileURLToPath(new URL('../../fixtures/gold/', import.meta.url));
const notes = loadGoldNotes(goldDir).notes.map((note) => note.note);

/** The kinds of sentence composed after the citation, one of each at most. */
const SENTENCE_KINDS: readonly Clause['kind'][] = ['marking', 'people', 'copy', 'printed', 'distribution', 'remark'];
/** The list fields each sentence adds to. */
const LIST_FIELDS = ['handling', 'drafters', 'clearances', 'approvers', 'copies', 'printed', 'repeatedTo'] as const;
/** A citation that any sentence may follow, for reading a sentence alone. */
const BASE = 'Source: Department of State, Central Files, 611.61/1–2161.';

/** The clauses of every gold note by kind, each as written and ending in a stop. */
function clausesByKind(): Map<Clause['kind'], string[]> {
  const byKind = new Map<Clause['kind'], string[]>();
  for (const note of notes) {
    for (const clause of parseSourceNote(note).clauses) {
      const written = note.slice(clause.range[0], clause.range[1]);
      // `ibid.` is read against the location before it, and a parenthetical (`(Kennedy Library, …)`)
      // locates a copy after a sentence that mentions one: composing changes what comes before on purpose.
      if (clause.kind === 'source-label' || /ibid/i.test(written) || written.startsWith('(')) continue;
      const text = /[.)”]$/.test(written) ? written : `${written}.`;
      // A citation with a marking run on to it (`…, Folder 9, Secret`) is itself a marking.
      if (clause.kind === 'citation' && parseSourceNote(`Source: ${text}`).classification) continue;
      const list = byKind.get(clause.kind) ?? [];
      if (!list.includes(text)) list.push(text);
      byKind.set(clause.kind, list);
    }
  }
  return byKind;
}

/** The record without ranges, which composing moves. */
function withoutRanges(record: ProvenanceRecord): Record<string, unknown> {
  return JSON.parse(JSON.stringify(record, (key, value: unknown) => (key === 'range' ? undefined : value))) as Record<string, unknown>;
}

/** A small deterministic generator (a linear congruential one), so that every run composes the same notes. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

describe('composed notes', () => {
  const byKind = clausesByKind();
  const random = generator(20261123);
  const pick = (kind: Clause['kind']): string => {
    const list = byKind.get(kind)!;
    return list[random(list.length)]!;
  };
  const cases = Array.from({ length: 400 }, () => {
    const citation = pick('citation');
    // Any order: unseen volumes put a marking or a drafting line after the others too.
    const kinds = SENTENCE_KINDS.filter((kind) => byKind.has(kind) && random(2) === 0);
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    const sentences = kinds.map((kind) => pick(kind));
    return [`Source: ${citation} ${sentences.join(' ')}`, citation, sentences] as const;
  });

  it('has clauses of every kind to compose', () => {
    for (const kind of ['citation', ...SENTENCE_KINDS] as const) expect(byKind.get(kind)?.length ?? 0, kind).toBeGreaterThan(3);
  });

  it.each(cases)('%s', (composed, citation, sentences) => {
    const whole = withoutRanges(parseSourceNote(composed));
    const alone = withoutRanges(parseSourceNote(`Source: ${citation}`));
    const expected: Record<string, unknown> = { primary: alone.primary, primaryPublication: alone.primaryPublication, classification: alone.classification };
    for (const field of LIST_FIELDS) expected[field] = [...(alone[field] as unknown[])];
    for (const sentence of sentences) {
      const read = withoutRanges(parseSourceNote(`${BASE} ${sentence}`));
      expected.classification ??= read.classification;
      for (const field of LIST_FIELDS) (expected[field] as unknown[]).push(...(read[field] as unknown[]));
    }
    const actual = Object.fromEntries(Object.keys(expected).map((field) => [field, whole[field]]));
    expect(actual).toEqual(expected);
  });
});
