/**
 * The citation-js plugin: explicit registration, FRUS documents and source notes as input,
 * Chicago output identical to the direct formatters, and no lasting change to citation-js's
 * global configuration.
 */
import { Cite, plugins } from '@citation-js/core';
import { afterAll, describe, expect, it } from 'vitest';
import { toBibtex } from '../../src/format/bibtex.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote } from '../../src/format/chicago.js';
import { DOCUMENT_FORMAT, SOURCE_NOTE_FORMAT, isRegistered, register, sourceNoteDocument, unregister } from '../../src/format/citation-js.js';
import { toCsl } from '../../src/format/csl.js';
import { SOURCE, doc1, doc4, doc5 } from './fixtures.js';

/** A deep copy of plain objects and arrays; functions and other values are kept as they are (compared by identity). */
function snapshot(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) throw new Error('cyclic configuration');
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => snapshot(v, seen));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, snapshot(v, seen)]));
}

/** What citation-js's global registry and the bibtex plugin's configuration look like now. */
function globalState() {
  return {
    plugins: plugins.list(),
    inputs: plugins.input.list(),
    outputs: plugins.output.list(),
    bibtex: snapshot(plugins.config.get('@bibtex')),
  };
}

/** Items as citation-js outputs them, without the document the plugin attaches. */
function withoutDocument(items: unknown): Record<string, unknown>[] {
  return (items as Record<string, unknown>[]).map((item) => {
    const { frusDocument, ...custom } = item.custom as Record<string, unknown>;
    expect(frusDocument).toBeTypeOf('object');
    return { ...item, custom };
  });
}

const before = globalState();
afterAll(() => unregister());

describe('registration', () => {
  it('does not register on import', () => {
    expect(isRegistered()).toBe(false);
    expect(plugins.has('@frus')).toBe(false);
    expect(plugins.output.has('chicago-note')).toBe(false);
  });

  it('registers explicitly, and a second call is harmless', () => {
    register();
    const once = globalState();
    register();
    expect(globalState()).toEqual(once);
    expect(plugins.has('@frus')).toBe(true);
    expect(plugins.input.has(SOURCE_NOTE_FORMAT)).toBe(true);
    expect(plugins.input.has(DOCUMENT_FORMAT)).toBe(true);
    for (const name of ['chicago-note', 'chicago-short', 'chicago-bibliography']) expect(plugins.output.has(name)).toBe(true);
  });

  it('leaves the global state as it found it after unregister, and the register entry registers again', async () => {
    register();
    unregister();
    expect(globalState()).toEqual(before);
    await import('../../src/format/citation-js-register.js');
    expect(isRegistered()).toBe(true);
  });
});

describe('input', () => {
  it('recognises source notes and FRUS documents, and nothing else', () => {
    register();
    expect(plugins.input.type(SOURCE)).toBe(SOURCE_NOTE_FORMAT);
    expect(plugins.input.type('  Source: Kennedy Library, National Security Files.')).toBe(SOURCE_NOTE_FORMAT);
    expect(plugins.input.type('711.11-KE/1-2161. Secret; Priority.')).toBe(SOURCE_NOTE_FORMAT);
    expect(plugins.input.type(doc4)).toBe(DOCUMENT_FORMAT);
    expect(plugins.input.type('A telegram about Source: nothing')).not.toBe(SOURCE_NOTE_FORMAT);
    expect(plugins.input.type('@misc{a, title = {Source: x}}')).toBe('@biblatex/text');
    expect(plugins.input.type({ id: 'x', type: 'book', title: 'Not FRUS' })).toBe('@csl/object');
  });

  it('reads a source note as the archival items: the original, then the copy', () => {
    register();
    const items = new Cite(SOURCE).format('data', { format: 'object' }) as Record<string, unknown>[];
    const [original, copy] = withoutDocument(items);
    expect(items).toHaveLength(2);
    expect(original!.id).toMatch(/^frus-source-note-[0-9a-f]{8}\/original$/);
    expect(original).toMatchObject({
      type: 'manuscript',
      archive_location: '711.11-KE/1-2161',
      archive_collection: 'Central Decimal File, 1960–63, RG 59',
      archive: 'National Archives',
      'archive-place': 'College Park, MD',
      custom: { role: 'original', locationAsWritten: 'Department of State, Central Files, 711.11-KE/1-2161', classification: 'Unclassified', handling: ['Niact'] },
    });
    expect(original).not.toHaveProperty('title');
    expect(copy!.id).toBe(String(original!.id).replace('/original', '/copy-1'));
    expect(copy).toMatchObject({ archive: 'John F. Kennedy Presidential Library', archive_collection: 'National Security Files, Countries Series, USSR, Khrushchev Correspondence' });
  });

  it('reads a bare decimal file note', () => {
    register();
    const [item] = new Cite('711.11-KE/1-2161. Secret; Priority.').data;
    expect(item).toMatchObject({ archive_location: '711.11-KE/1-2161' });
  });

  it('reads a FRUS document as the items of toCsl', () => {
    register();
    const cite = new Cite(doc4);
    expect(cite.data.map((item) => item.id)).toEqual(['frus1961-63v06/d4', 'frus1961-63v06/d4/original', 'frus1961-63v06/d4/copy-1']);
    expect(withoutDocument(cite.format('data', { format: 'object' }))).toEqual(toCsl(doc4));
    expect(new Cite([doc4, doc5]).data).toHaveLength(3 + 4);
  });

  it('reads asynchronously too', async () => {
    register();
    const cite = await Cite.async(doc4);
    expect(cite.data).toHaveLength(3);
  });
});

describe('Chicago output', () => {
  it('is the same as the Chicago formatters', () => {
    register();
    const cite = new Cite(doc4);
    expect(cite.format('chicago-note', { edition: 17 })).toBe(chicagoNote(doc4, { edition: 17 }));
    expect(cite.format('chicago-note')).toBe(chicagoNote(doc4));
    expect(cite.format('chicago-note', { form: 'archival', copy: 1 })).toBe(chicagoNote(doc4, { form: 'archival', copy: 1 }));
    expect(cite.format('chicago-short')).toBe(chicagoShortNote(doc4));
    expect(cite.format('chicago-bibliography', { edition: 17, format: 'html' })).toBe(chicagoBibliography(doc4, { edition: 17, format: 'html' }));
  });

  it('gives the research note strings for doc. 4', () => {
    register();
    expect(new Cite(doc4).format('chicago-short')).toBe('Department of State to Embassy in the Soviet Union, January 21, 1961, doc. 4.');
    expect(new Cite(doc4).format('chicago-note', { form: 'archival' })).toBe(
      'Department of State to Embassy in the Soviet Union, telegram, January 21, 1961, 711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.',
    );
  });

  it('cites the archival original of a bare source note', () => {
    register();
    const note = new Cite(SOURCE).format('chicago-note');
    expect(note).toBe(chicagoNote(sourceNoteDocument(SOURCE), { form: 'archival' }));
    expect(note).toBe('711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.');
  });

  it('writes one line per document', () => {
    register();
    expect(new Cite([doc4, doc1, doc5]).format('chicago-short')).toBe([doc4, doc1, doc5].map((d) => chicagoShortNote(d)).join('\n'));
  });

  it('refuses items it did not read', () => {
    register();
    expect(() => new Cite({ id: 'x', type: 'book', title: 'Not FRUS' }).format('chicago-note')).toThrow(/not read by the @frus plugin/);
  });
});

describe('global citation-js configuration', () => {
  it('is unchanged by toBibtex', () => {
    const config = snapshot(plugins.config.get('@bibtex'));
    toBibtex([doc4, doc5], { dialect: 'bibtex' });
    toBibtex([doc4, doc5], { flavour: 'biblatex-chicago' });
    expect(plugins.config.get('@bibtex')).toEqual(config);
  });

  it('still escapes when a caller has switched asciiOnly off, and leaves it off', () => {
    const format = (plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }).format;
    const saved = format.asciiOnly;
    try {
      format.asciiOnly = false;
      const doc = { ...doc4, sender: null, recipient: null, heading: '100% & \\input{x}' };
      const text = toBibtex(doc, { form: 'published' });
      expect(text).toContain('100\\% \\& \\textbackslash{}input');
      expect(format.asciiOnly).toBe(false);
    } finally {
      format.asciiOnly = saved;
    }
  });
});
