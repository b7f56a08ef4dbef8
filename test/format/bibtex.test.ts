/**
 * BibTeX/BibLaTeX output. Expected values come from the research note (CITATION-FORMATS.md §5,
 * "Correction", "Recommended design" 7–10) and biber's standard data model; where this library
 * deliberately departs from the note's BibTeX target, the test says so.
 */
import { Cite } from '@citation-js/core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeLatex, toBibtex, toBibtexEntries } from '../../src/format/bibtex.js';
import { toCsl } from '../../src/format/csl.js';
import { doc1, doc3, doc4, doc5, looseDocument } from './fixtures.js';
import { documentFromNote } from '../../src/document/from-note.js';
import type { FrusDocument } from '../../src/document/model.js';

const URL4 = 'https://history.state.gov/historicaldocuments/frus1961-63v06/d4';

/** A .bib entry read back by a small brace-counting reader (independent of the writer). */
interface ParsedEntry {
  type: string;
  key: string;
  fields: Record<string, string>;
  bare: Set<string>;
}

/** Reads `@type{key, name = {value}, name = bare, …}` entries; throws on unbalanced braces. */
function parseBib(text: string): ParsedEntry[] {
  const entries: ParsedEntry[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) break;
    i = at + 1;
    const open = text.indexOf('{', i);
    const type = text.slice(i, open);
    i = open + 1;
    const comma = text.indexOf(',', i);
    const key = text.slice(i, comma);
    i = comma + 1;
    const fields: Record<string, string> = {};
    const bare = new Set<string>();
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      const eq = text.indexOf('=', i);
      const name = text.slice(i, eq).trim();
      i = eq + 1;
      skipSpace();
      let value = '';
      if (text[i] === '{') {
        let depth = 0;
        const start = i + 1;
        for (; i < text.length; i++) {
          if (text[i] === '{') depth++;
          else if (text[i] === '}' && --depth === 0) break;
        }
        if (depth !== 0) throw new Error(`unbalanced value of ${name} in ${key}`);
        value = text.slice(start, i);
        i++;
      } else {
        const end = text.slice(i).search(/[,}]/);
        value = text.slice(i, i + end).trim();
        i += end;
        bare.add(name);
      }
      if (name in fields) throw new Error(`duplicate field ${name} in ${key}`);
      fields[name] = value;
      skipSpace();
      if (text[i] === ',') i++;
    }
    entries.push({ type, key, fields, bare });
  }
  return entries;
}

/** A title without citation-js's case-protecting braces: `Foreign {Relations}` → `Foreign Relations`. */
function unbraced(value: string | undefined): string | undefined {
  return value?.replace(/[{}]/g, '');
}

const SAFE_KEY = /^[A-Za-z0-9_]+$/;

describe('BibLaTeX, standard data model (default), doc. 4', () => {
  const entries = parseBib(toBibtex(doc4));

  it('writes the published entry and one archival entry per location, with stable keys', () => {
    expect(entries.map((e) => [e.type, e.key])).toEqual([
      ['incollection', 'frus1961_63v06_d4'],
      ['misc', 'frus1961_63v06_d4_original'],
      ['misc', 'frus1961_63v06_d4_copy1'],
    ]);
  });

  it('gives the published entry the fields of the Correction (incollection)', () => {
    const { fields } = entries[0]!;
    expect(fields.author).toBe('{Department of State}'); // written {{Department of State}}
    expect(unbraced(fields.title)).toBe('Telegram to Embassy in the Soviet Union');
    expect(fields.titleaddon).toBe('Washington, January 21, 1961');
    expect(fields.origdate).toBe('1961-01-21');
    expect(unbraced(fields.maintitle)).toBe('Foreign Relations of the United States, 1961--1963');
    expect(fields.volume).toBe('6');
    expect(unbraced(fields.booktitle)).toBe('Kennedy-Khrushchev Exchanges');
    expect(fields.editor).toBe('Sampson, Charles S.');
    expect(fields.location).toBe('Washington, DC');
    expect(fields.publisher).toBe('Government Printing Office');
    expect(fields.date).toBe('1996');
    expect(fields.pages).toBe('doc.~4');
    expect(fields.bookpagination).toBe('none');
    expect(fields.url).toBe(URL4);
    expect(fields.addendum).toContain('Source: Department of State, Central Files, 711.11-KE/1-2161');
    // Fields biber's standard model rejects for @incollection, or that misname the data.
    for (const wrong of ['eventdate', 'venue', 'issuetitle', 'entrysubtype', 'month', 'year']) expect(fields).not.toHaveProperty(wrong);
  });

  it('carries the archive string in the archival entries (misc: howpublished, note, organization, location)', () => {
    const original = entries[1]!.fields;
    expect(original.author).toBe('{Department of State}');
    expect(original.date).toBe('1961-01-21');
    expect(original.howpublished).toBe('711.11-KE/1-2161');
    expect(original.note).toBe('Central Decimal File, 1960--63, RG 59');
    expect(original.organization).toBe('National Archives');
    expect(original.location).toBe('College Park, MD');
    // Together: the research note's NARA string, most specific first.
    expect([original.howpublished, original.note, original.organization, original.location].join(', ')).toBe(
      '711.11-KE/1-2161, Central Decimal File, 1960--63, RG 59, National Archives, College Park, MD',
    );
    expect(original.addendum).toBe('Printed in Foreign Relations of the United States, 1961--1963, vol.~6, doc.~4');
    const copy = entries[2]!.fields;
    expect([copy.note, copy.organization, copy.location].join(', ')).toBe(
      'National Security Files, Countries Series, USSR, Khrushchev Correspondence, John F. Kennedy Presidential Library, Boston',
    );
    expect(copy).not.toHaveProperty('howpublished');
  });

  it('writes only the requested form', () => {
    expect(parseBib(toBibtex(doc4, { form: 'published' })).map((e) => e.key)).toEqual(['frus1961_63v06_d4']);
    expect(parseBib(toBibtex(doc4, { form: 'archival' })).map((e) => e.key)).toEqual(['frus1961_63v06_d4_original', 'frus1961_63v06_d4_copy1']);
    // No archival location (doc. 1 is printed from a publication): the archival form falls back to the published one.
    expect(parseBib(toBibtex(doc1, { form: 'archival' })).map((e) => [e.type, e.key])).toEqual([['incollection', 'frus1961_63v06_d1']]);
  });
});

describe('BibLaTeX, biblatex-chicago flavour', () => {
  // The research note's expected string (Recommended design 10), as written there.
  const TARGET =
    '@letter{frus1961_63v06_d4, author = {{Department of State}}, title = {Department of State to Embassy in the Soviet Union}, titleaddon = {telegram}, origdate = {1961-01-21}, origlocation = {Washington}, maintitle = {Foreign Relations of the United States, 1961--1963}, volume = {6}, booktitle = {Kennedy-Khrushchev Exchanges}, editor = {Sampson, Charles S.}, location = {Washington, DC}, publisher = {Government Printing Office}, date = {1996}, pages = {doc.~4}, url = {https://history.state.gov/historicaldocuments/frus1961-63v06/d4}}';

  it('writes @letter with every field of the research note (plus the source in addendum)', () => {
    const [target] = parseBib(TARGET);
    const [letter, original] = parseBib(toBibtex(doc4, { flavour: 'biblatex-chicago' }));
    expect(letter!.type).toBe('letter');
    expect(letter!.key).toBe(target!.key);
    for (const [name, value] of Object.entries(target!.fields)) expect([name, unbraced(letter!.fields[name])]).toEqual([name, unbraced(value)]);
    expect(Object.keys(letter!.fields).filter((name) => !(name in target!.fields))).toEqual(['addendum']);
    expect(original).toMatchObject({ type: 'misc', key: 'frus1961_63v06_d4_original' });
    expect(original!.fields).toMatchObject({
      entrysubtype: 'telegram',
      titleaddon: 'telegram',
      origdate: '1961-01-21',
      note: '711.11-KE/1-2161, Central Decimal File, 1960--63, RG 59',
      organization: 'National Archives',
      location: 'College Park, MD',
    });
    expect(unbraced(original!.fields.title)).toBe('Department of State to Embassy in the Soviet Union');
  });

  it('is a BibLaTeX flavour only', () => {
    expect(() => toBibtex(doc4, { dialect: 'bibtex', flavour: 'biblatex-chicago' })).toThrow(RangeError);
  });
});

describe('plain BibTeX, doc. 4', () => {
  const text = toBibtex(doc4, { dialect: 'bibtex' });
  const entries = parseBib(text);

  it('writes @incollection for the published form', () => {
    const { type, key, fields } = entries[0]!;
    expect([type, key]).toEqual(['incollection', 'frus1961_63v06_d4']);
    expect(fields.author).toBe('{Department of State}');
    // The research target has "to the Embassy" and "21 January 1961"; this library keeps the
    // recipient as the heading parser gives it and dates in Chicago's US order.
    expect(unbraced(fields.title)).toBe('Telegram to Embassy in the Soviet Union, January 21, 1961');
    // The target puts the series in booktitle and drops the volume title; here the volume title is
    // the booktitle and the series goes in `series` ("volume 6 of Foreign Relations …").
    expect(unbraced(fields.booktitle)).toBe('Kennedy-Khrushchev Exchanges');
    expect(unbraced(fields.series)).toBe('Foreign Relations of the United States, 1961--1963');
    expect(fields.volume).toBe('6');
    expect(fields.editor).toBe('Sampson, Charles S.');
    expect(fields.publisher).toBe('Government Printing Office');
    expect(fields.address).toBe('Washington, DC');
    expect(fields.year).toBe('1996');
    expect(fields.note!.startsWith('Doc.~4. Source: Department of State, Central Files, 711.11-KE/1-2161')).toBe(true);
    expect(fields.url).toBe(URL4);
  });

  it('writes @misc with the archival string in note and a bare month macro', () => {
    const { type, key, fields, bare } = entries[1]!;
    expect([type, key]).toEqual(['misc', 'frus1961_63v06_d4_original']);
    expect(fields.year).toBe('1961');
    expect(fields.month).toBe('jan');
    expect(bare.has('month')).toBe(true);
    expect(text).not.toContain('jan 21');
    expect(fields.note).toBe(
      '711.11-KE/1-2161, Central Decimal File, 1960--63, RG 59, National Archives, College Park, MD. Printed in Foreign Relations of the United States, 1961--1963, vol.~6, doc.~4',
    );
  });

  it('round-trips through citation-js: title, author, editor, volume, url and the archival note survive', () => {
    const items = new Cite(text).data;
    const [published, original, copy] = items;
    expect(items).toHaveLength(3);
    expect(published).toMatchObject({
      id: 'frus1961_63v06_d4',
      title: 'Telegram to Embassy in the Soviet Union, January 21, 1961',
      author: [{ family: 'Department of State' }],
      editor: [{ family: 'Sampson', given: 'Charles S.' }],
      volume: '6',
      URL: URL4,
      'container-title': 'Kennedy-Khrushchev Exchanges',
      'collection-title': 'Foreign Relations of the United States, 1961–1963',
    });
    expect(published!.note).toContain('Doc.');
    expect(original!.note).toContain('711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD');
    expect(original!.issued).toEqual({ 'date-parts': [[1961, 1]] });
    expect(copy!.note).toContain('John F. Kennedy Presidential Library, Boston');
  });

  it('round-trips the BibLaTeX entries through citation-js as well', () => {
    const [published, original] = new Cite(toBibtex(doc4)).data;
    expect(published).toMatchObject({
      title: 'Telegram to Embassy in the Soviet Union',
      author: [{ family: 'Department of State' }],
      editor: [{ family: 'Sampson', given: 'Charles S.' }],
      volume: '6',
      URL: URL4,
      'original-date': { 'date-parts': [[1961, 1, 21]] },
    });
    expect(original).toMatchObject({ issued: { 'date-parts': [[1961, 1, 21]] }, note: 'Central Decimal File, 1960–63, RG 59', publisher: 'National Archives' });
  });
});

describe('citation keys', () => {
  const keysOf = (text: string) => parseBib(text).map((e) => e.key);

  it('derives keys from sender and date for documents without a FRUS id, with a, b, c for repeats', () => {
    const three = [looseDocument(), looseDocument(), looseDocument()];
    expect(keysOf(toBibtex(three, { form: 'archival' }))).toEqual([
      'DepartmentOfState_19610121a_original',
      'DepartmentOfState_19610121b_original',
      'DepartmentOfState_19610121c_original',
    ]);
    const sameYear = [looseDocument({ date: '1961-01-21' }), looseDocument({ date: '1961-03-02' }), looseDocument({ date: '1961-01-21' })];
    const keys = keysOf(toBibtex(sameYear, { form: 'both', dialect: 'bibtex' }));
    expect(keys).toEqual(['DepartmentOfState_19610121a_original', 'DepartmentOfState_19610302_original', 'DepartmentOfState_19610121b_original']);
  });

  it('tells apart a document given twice without making it read as another document', () => {
    expect(keysOf(toBibtex([doc4, doc4], { form: 'published' }))).toEqual(['frus1961_63v06_d4_a', 'frus1961_63v06_d4_b']);
  });

  it('keeps every key of the output unique and LaTeX-safe', () => {
    const docs: FrusDocument[] = [doc4, doc4, doc5, looseDocument(), looseDocument({ sender: 'Département d’État', date: null }), looseDocument({ sender: null, heading: '' })];
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      const keys = keysOf(toBibtex(docs, { dialect, form: 'both' }));
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(SAFE_KEY);
    }
  });

  it('turns a volume id with "-" into underscores instead of losing the key', () => {
    const doc = { ...doc4, volume: { ...doc4.volume, id: 'frus1969-76v19p1', volumeNumber: '19', part: '1' }, number: '75' };
    const [entry] = toBibtexEntries(doc, { form: 'published' });
    expect(entry!.key).toBe('frus1969_76v19p1_d75');
    expect(entry!.fields.find((f) => f.name === 'part')?.value).toBe('1');
    expect(keysOf(toBibtex(doc, { dialect: 'bibtex', form: 'published' }))).toEqual(['frus1969_76v19p1_d75']);
  });
});

describe('escaping', () => {
  const EVIL = 'Memo: 100% & more \\input{/etc/passwd} } { $x$ #1 a_b ~ ^';

  it('escapes the LaTeX specials in text it adds', () => {
    expect(escapeLatex('50% & \\input{x}')).toBe('50\\% \\& \\textbackslash{}input\\textbraceleft{}x\\textbraceright{}');
    expect(escapeLatex('a_b #1 $2 ~ ^ 1961–1963')).toBe('a\\_b \\#1 \\$2 \\textasciitilde{} \\textasciicircum{} 1961--1963');
  });

  for (const dialect of ['bibtex', 'biblatex'] as const) {
    it(`keeps a hostile heading inside its field (${dialect})`, () => {
      const doc = looseDocument({ sender: null, recipient: null, heading: EVIL });
      const text = toBibtex(doc, { dialect, form: 'published' });
      expect(text).not.toContain('\\input{');
      const [entry] = parseBib(text);
      for (const name of Object.keys(entry!.fields)) expect(['title', 'date', 'howpublished', 'addendum', 'year', 'month', 'note']).toContain(name);
      const [item] = new Cite(text).data;
      const title = dialect === 'bibtex' ? `${EVIL}, January 21, 1961` : EVIL;
      expect(item!.title).toBe(title);
    });
  }

  it('cannot be broken out of through any field', () => {
    const breakOut = 'x}, note = {pwned}, title = {y';
    const doc: FrusDocument = {
      ...doc4,
      heading: breakOut,
      sender: `Evil ${breakOut} and Co`,
      recipient: `<i>${breakOut}`,
      genre: `gen${breakOut}`,
      place: `Place ${breakOut}`,
      volume: { ...doc4.volume, id: `frus${breakOut}`, title: `<b>Vol ${breakOut}`, subseries: breakOut, editors: [`Sam${breakOut}`, 'Solo}'], publisher: `Pub ${breakOut}`, place: `City ${breakOut}` },
      number: `4${breakOut}`,
      url: `https://example.org/${breakOut}\\`,
    };
    for (const dialect of ['bibtex', 'biblatex'] as const) {
      for (const flavour of dialect === 'bibtex' ? (['standard'] as const) : (['standard', 'biblatex-chicago'] as const)) {
        const text = toBibtex(doc, { dialect, flavour });
        const entries = parseBib(text);
        expect(entries).toHaveLength(3);
        for (const entry of entries) {
          expect(entry.key).toMatch(SAFE_KEY);
          expect(entry.fields.note ?? '').not.toBe('pwned');
        }
        const items = new Cite(text).data;
        expect(items).toHaveLength(3);
        expect(items[0]!.author).toEqual([{ family: `Evil ${breakOut} and Co` }]);
        expect(items.every((item) => item.note !== 'pwned')).toBe(true);
      }
    }
  });
});

/** Whether a command runs (`tool --version` exits 0). */
function available(tool: string): boolean {
  return spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
}

const inCi = process.env.CI === 'true';
const tmp = mkdtempSync(join(tmpdir(), 'frus-cite-bib-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Skips outside CI when the tool is missing; in CI a missing tool fails the test. */
function requireTool(tool: string, skip: (note: string) => never): void {
  if (available(tool)) return;
  if (inCi) throw new Error(`${tool} is not installed; .ci/run installs it (apt-get install ${tool})`);
  skip(`${tool} is not installed (apt-get install ${tool}); this check runs in CI`);
}

const memcon = documentFromNote("Source: Kennedy Library, President's Office Files, USSR. Confidential.", {
  volume: 'frus1961-63v05',
  doc: 'd102',
  head: 'Memorandum of Conversation',
  date: '1961-06-26',
  dateline: 'Washington, June 26, 1961, 10:15 a.m.',
}, { subseries: '1961–1963', volumeNumber: '5', title: 'Soviet Union', editors: ['Charles S. Sampson'], year: '1998', publisher: 'Government Printing Office', place: 'Washington, DC' });
const editorless = { ...doc4, volume: { ...doc4.volume, editors: [] } };

describe('entries for documents without a sender or without volume editors', () => {
  it('cites a memorandum of conversation as @misc with the volume in howpublished', () => {
    const [entry] = toBibtexEntries(memcon, { form: 'published' });
    expect(entry?.type).toBe('misc');
    const fields = Object.fromEntries(entry!.fields.map((f) => [f.name, f.value]));
    expect(fields.howpublished).toBe('Foreign Relations of the United States, 1961--1963, vol.~5, Soviet Union, doc.~102');
    expect(fields).not.toHaveProperty('author');
    expect(fields.editor).toBe('Sampson, Charles S.');
  });

  it('uses @inbook when the volume names no editors', () => {
    expect(toBibtexEntries(editorless, { form: 'published' })[0]?.type).toBe('inbook');
  });
});

describe('real clients', () => {
  it('biber validates the BibLaTeX entries against its standard data model without warnings', (ctx) => {
    requireTool('biber', (note) => ctx.skip(note));
    const files = {
      'doc4.bib': toBibtex(doc4, { form: 'both' }),
      'more.bib': toBibtex([doc1, doc3, doc5, looseDocument()], { form: 'both' }),
      // A memorandum of conversation names no sender; a volume without known editors has none.
      'unsigned.bib': toBibtex([memcon, editorless], { form: 'both' }),
      'plain.bib': toBibtex([doc4, doc1, doc3, doc5], { dialect: 'bibtex' }),
    };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(tmp, name), content);
      // No --quiet: biber 2.18's --quiet drops the WARN lines (exit status is 0 either way).
      const run = spawnSync('biber', ['--tool', '--validate-datamodel', name], { cwd: tmp, encoding: 'utf8' });
      const log = existsSync(join(tmp, `${name}.blg`)) ? readFileSync(join(tmp, `${name}.blg`), 'utf8') : '';
      const output = `${run.stdout}\n${run.stderr}\n${log}`;
      expect(run.status, output).toBe(0);
      expect(output).toContain('Datamodel validation complete');
      expect(output.split('\n').filter((line) => /\b(?:WARN|ERROR)\b/.test(line))).toEqual([]);
    }
  }, 60_000);

  it('biber does flag what the standard model rejects (the check is not vacuous)', (ctx) => {
    requireTool('biber', (note) => ctx.skip(note));
    writeFileSync(join(tmp, 'letter.bib'), toBibtex(doc4, { flavour: 'biblatex-chicago', form: 'published' }));
    const run = spawnSync('biber', ['--tool', '--validate-datamodel', 'letter.bib'], { cwd: tmp, encoding: 'utf8' });
    expect(run.stdout).toMatch(/WARN - Datamodel: Entry 'frus1961_63v06_d4' .*Invalid field 'booktitle' for entrytype 'letter'/);
  }, 60_000);

  it('pandoc --citeproc reads the CSL-JSON and resolves every id without warnings', (ctx) => {
    requireTool('pandoc', (note) => ctx.skip(note));
    const items = [doc4, doc1, doc3, doc5].flatMap((doc) => toCsl(doc));
    writeFileSync(join(tmp, 'items.json'), JSON.stringify(items, null, 2));
    writeFileSync(join(tmp, 'in.md'), `${items.map((item, i) => `Item ${i} [@${item.id}].`).join('\n\n')}\n`);
    const run = spawnSync('pandoc', ['--citeproc', '--bibliography=items.json', '-t', 'plain', 'in.md'], { cwd: tmp, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toContain('[@');
    expect(run.stdout).not.toContain('???');
    expect(run.stdout).toContain('Department of State');
    expect(run.stdout).toContain('Telegram to Embassy in the Soviet Union');
    expect(run.stdout).toContain(URL4);
  }, 60_000);
});
