/**
 * Output safety of the citation formatters: whatever a heading, a volume's metadata or a source
 * note contains,
 *
 * - CSL-JSON (`toCsl`) is valid CSL-JSON (checked against the published CSL-JSON types, see
 *   `csl-types.ts`) and plain JSON, with every value kept as given;
 * - BibTeX/BibLaTeX (`toBibtex`) cannot be broken out of: read back with citation-js, every entry
 *   has the fields it would have for a harmless value and every field reads back as exactly the
 *   original value; no TeX command of the input reaches the output (only the escapes themselves);
 * - HTML (Chicago, `format: 'html'`) escapes every value: a `<script>` heading renders as text.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
// Citation-js's own decoder of one BibTeX field value (TeX → text; names → name objects).
// @ts-expect-error -- an internal module of plugin-bibtex, without type declarations
import { parse as parseBibtexValue } from '@citation-js/plugin-bibtex/lib/input/value.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FrusDocument } from '../../src/document/model.js';
import { readJfkLibrarySource } from '../../src/document/jfk-library.js';
import { readWilsonCenterCitation } from '../../src/document/wilson-center.js';
import { toBibtex, type BibtexOptions } from '../../src/format/bibtex.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote, type ChicagoOptions } from '../../src/format/chicago.js';
import { toCsl } from '../../src/format/csl.js';
import type { Location, ProvenanceRecord } from '../../src/model/provenance.js';
import { cslTypeErrors } from './csl-types.js';
import { doc1, doc3, doc4, doc5, looseDocument } from './fixtures.js';

const decodeField = parseBibtexValue as (value: string, field: string) => string | Record<string, string>[];

/**
 * doc. 4 with `mark` in every text value the formatters print: heading, sender, recipient,
 * genre, place, the volume's titles, editors, publisher and place, the document number, and
 * the parsed source note (locations, marking, drafters, printed works). The URL stays as is: a
 * URL is percent-encoded, not escaped (checked on its own below).
 */
function documentWith(mark: string, { correspondents = true } = {}): FrusDocument {
  const base = doc4.provenance!;
  const primary: Location = {
    ...base.primary!,
    text: `Department of State, Central Files, 711.11/${mark}`,
    file: `711.11/${mark}`,
    series: [`Series ${mark}`],
    lot: `66 D ${mark}`,
    box: `7${mark}`,
    folder: `9${mark}`,
  };
  const copy: Location = {
    ...base.copies[0]!,
    text: `Repository ${mark}, Collection ${mark}`,
    repository: `Repository ${mark}`,
    repositoryId: null,
    collection: `Collection ${mark}`,
    series: [`Series ${mark}`],
  };
  const provenance: ProvenanceRecord = {
    ...base,
    text: `Source: ${primary.text}. Secret ${mark}.`,
    primary,
    copies: [copy],
    classification: { level: 'secret', text: `Secret ${mark}`, range: [0, 0] },
    handling: [`Niact ${mark}`],
    drafters: [{ name: `Rusk ${mark}`, range: [0, 0] }],
    printed: base.printed.map((p) => ({ ...p, text: `${p.text} ${mark}`, title: `${p.title} ${mark}` })),
  };
  return {
    ...doc4,
    volume: {
      ...doc4.volume,
      seriesTitle: `Foreign Relations ${mark}`,
      subseries: `1961–1963 ${mark}`,
      volumeNumber: `6${mark}`,
      part: `1${mark}`,
      title: `Volume ${mark}`,
      editors: [`Charles S. Sampson${mark}`, `Glenn${mark}`],
      publisher: `Publisher ${mark}`,
      place: `City ${mark}`,
    },
    number: `4${mark}`,
    heading: `Heading ${mark}`,
    sender: correspondents ? `Sender ${mark}` : null,
    recipient: correspondents ? `Recipient ${mark}` : null,
    genre: `telegram ${mark}`,
    place: `Place ${mark}`,
    sourceNote: provenance.text,
    provenance,
  };
}

const read = (name: string) => readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url), 'utf8');
const wilson = readWilsonCenterCitation(read('wilson-center-dobrynin-1962-10-30.txt'))!;
const jfk = readJfkLibrarySource(read('jfk-library-kennedy-letter-1962-10-27.txt'))!;

/** Values that would inject TeX or break a .bib entry if written unescaped. No whitespace: escaping collapses runs of it. */
const HOSTILE_TEX = [
  '\\input{/etc/passwd}',
  '}',
  '{',
  '%',
  '#',
  '$',
  '&',
  '~',
  '^',
  '_',
  '\\',
  '{{{',
  '}}}',
  '}{',
  '{}}',
  '@misc{',
  '@misc{evil,title={x}}',
  '\\\\',
  '\\def\\x{}\\x',
  '\\write18{touch/tmp/pwned}',
  '\\immediate\\openout',
  '^^5cinput',
  '$\\alpha$',
  '"',
  '=',
  '\\end{document}',
];
/** The harmless twin: the same document with this word where the hostile value was. */
const BENIGN = 'Benign';

/** TeX control sequences the writer itself emits (escapes); anything else came from the input. */
const ESCAPES = new Set(['\\textbackslash', '\\textbraceleft', '\\textbraceright', '\\&', '\\%', '\\$', '\\#', '\\_', '\\textasciitilde', '\\textasciicircum', '\\textless', '\\textgreater', '\\textdollar', '\\textunderscore']);

interface ReadEntry {
  type: string;
  label: string;
  fields: Record<string, unknown>;
}

/** Reads a .bib text back with citation-js: entries with every field decoded from TeX. */
function readBack(text: string, dialect: 'bibtex' | 'biblatex'): ReadEntry[] {
  // plugins.input.data runs one parser: the .bib text → entries with raw (TeX) field values.
  const input = plugins.input as unknown as { data(input: string, type: string): unknown };
  const entries = input.data(text, dialect === 'bibtex' ? '@bibtex/text' : '@biblatex/text') as { type: string; label: string; properties: Record<string, string> }[];
  return entries.map(({ type, label, properties }) => ({
    type,
    label,
    fields: Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, decodeField(value, name)])),
  }));
}

/** `value` with every `from` replaced by `to`, in strings and in name objects. */
function substitute(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((item) => substitute(item, from, to));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, from, to)]));
  return value;
}

const BIBTEX_VARIANTS: BibtexOptions[] = [
  { dialect: 'bibtex', form: 'both' },
  { dialect: 'biblatex', form: 'both', flavour: 'standard' },
  { dialect: 'biblatex', form: 'both', flavour: 'biblatex-chicago' },
];

describe('CSL-JSON output', () => {
  const documents: [string, FrusDocument][] = [
    ['doc. 1 (printed source)', doc1],
    ['doc. 3 (lot file and a copy)', doc3],
    ['doc. 4', doc4],
    ['doc. 5 (two copies)', doc5],
    ['a document outside the series', looseDocument()],
    ['a document with no sender', looseDocument({ sender: null, recipient: null })],
    ['a Wilson Center item', wilson],
    ['a JFK Library item', jfk],
    ['doc. 4 with <script> and TeX everywhere', documentWith('<script>alert(1)</script>\\input{x}}{%')],
    ['doc. 4 with hostile values and no correspondents', documentWith('"quoted" & <b>', { correspondents: false })],
  ];
  const items = documents.flatMap(([, document]) => [...toCsl(document), ...toCsl(document, { inferArchive: false })]);

  it('validates against the CSL-JSON types (csl-json, plus the CSL 1.0.2 variables it predates)', () => {
    expect(items.length).toBeGreaterThan(20);
    expect(cslTypeErrors(items)).toEqual([]);
  });

  it('the check rejects what is not CSL-JSON (so the test above can fail)', () => {
    expect(cslTypeErrors([{ id: 'x', type: 'telegram' }]).join()).toMatch(/"telegram"/);
    expect(cslTypeErrors([{ id: 'x', type: 'manuscript', archive_folder: 'Box 1' }]).join()).toMatch(/archive_folder/);
    expect(cslTypeErrors([{ id: 'x', type: 'manuscript', author: ['Rusk'] }]).join()).toMatch(/Person/);
    expect(cslTypeErrors([{ id: 'x', type: 'manuscript', issued: { 'date-parts': [[1961, 1, 21, 12]] } }]).join()).toMatch(/only 3/);
    expect(cslTypeErrors([{ type: 'manuscript' }]).join()).toMatch(/'id'/);
  });

  it('is plain JSON: serialising and parsing gives the same items (no undefined, NaN or functions)', () => {
    expect(JSON.parse(JSON.stringify(items))).toStrictEqual(items);
  });

  it('keeps hostile values exactly as given (CSL-JSON needs no escaping; the consumer escapes)', () => {
    const mark = '<script>alert(1)</script>\\input{x}}{%';
    const [published, original] = toCsl(documentWith(mark));
    expect(published!.author).toEqual([{ literal: `Sender ${mark}` }]);
    expect(published!['volume-title']).toBe(`Volume ${mark}`);
    expect(original!.archive_location).toBe(`711.11/${mark}, Lot 66 D ${mark}, Box 7${mark}, Folder 9${mark}`);
  });
});

describe('BibTeX and BibLaTeX output', () => {
  for (const variant of BIBTEX_VARIANTS) {
    const dialect = variant.dialect!;
    const name = `${dialect}${variant.flavour ? `, ${variant.flavour}` : ''}`;
    for (const correspondents of [true, false]) {
      const benign = readBack(toBibtex(documentWith(BENIGN, { correspondents }), variant), dialect);

      it(`(${name}${correspondents ? '' : ', no correspondents'}) reads every hostile value back exactly, in the fields a harmless value has`, () => {
        for (const hostile of HOSTILE_TEX) {
          expect(benign).toHaveLength(3);
          const text = toBibtex(documentWith(hostile, { correspondents }), variant);
          const entries = readBack(text, dialect);
          const label = `value ${JSON.stringify(hostile)}:\n${text}`;
          // No entry or field was added, removed or renamed by the value…
          expect(entries.map((e) => [e.type, Object.keys(e.fields)]), label).toEqual(benign.map((e) => [e.type, Object.keys(e.fields)]));
          // …and each field reads back as the harmless one with the value in its place.
          entries.forEach((entry, i) => {
            expect(entry.fields, label).toEqual(substitute(benign[i]!.fields, BENIGN, hostile));
          });
          // The whole file still reads as the same number of items through citation-js's CSL mapping.
          expect(new Cite(text).data, label).toHaveLength(benign.length);
          for (const entry of entries) expect(entry.label, label).toMatch(/^[A-Za-z0-9_]+$/);
        }
      });

      it(`(${name}${correspondents ? '' : ', no correspondents'}) writes no TeX command from the input, only escapes`, () => {
        for (const hostile of HOSTILE_TEX) {
          const text = toBibtex(documentWith(hostile, { correspondents }), variant);
          const commands = new Set(text.match(/\\(?:[A-Za-z]+|[^A-Za-z])/g) ?? []);
          const foreign = [...commands].filter((command) => !ESCAPES.has(command));
          expect(foreign, `value ${JSON.stringify(hostile)}:\n${text}`).toEqual([]);
          expect(text).not.toMatch(/\^\^/); // TeX's ^^5c notation for a backslash
        }
      });
    }
  }

  it('percent-encodes what would break a url field', () => {
    const document = { ...doc4, url: 'https://example.org/a b}{\\x"<>^`|' };
    for (const variant of BIBTEX_VARIANTS) {
      const text = toBibtex(document, variant);
      const [published] = readBack(text, variant.dialect!);
      expect(published!.fields.url).toBe('https://example.org/a%20b%7D%7B%5Cx%22%3C%3E%5E%60%7C');
      expect(new Cite(text).data[0]!.URL).toBe('https://example.org/a%20b%7D%7B%5Cx%22%3C%3E%5E%60%7C');
    }
  });
});

describe('HTML output', () => {
  const SCRIPTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'onmouseover='alert(1)", '&lt;script&gt;', '</i><script>x</script><i>'];
  const forms: ChicagoOptions[] = [
    { form: 'published', edition: 18 },
    { form: 'published', edition: 17 },
    { form: 'archival', copy: 0 },
    { form: 'archival', copy: 1 },
  ];
  const formatters = { chicagoNote, chicagoShortNote, chicagoBibliography };

  /** The text a browser shows for `html` that uses only `<i>` and the five escapes. */
  function shownText(html: string): string {
    return html
      .replace(/<\/?i>/g, '')
      .replace(/&(lt|gt|quot|#39|amp);/g, (_, entity: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[entity]!);
  }

  it('escapes every value: only <i> markup, only the five escapes, and the text shown is the plain-text citation', () => {
    for (const script of SCRIPTS) {
      for (const correspondents of [true, false]) {
        const document = documentWith(script, { correspondents });
        for (const options of forms) {
          for (const [name, format] of Object.entries(formatters)) {
            const html = format(document, { ...options, format: 'html' });
            const label = `${name} ${JSON.stringify(options)} of ${JSON.stringify(script)}: ${html}`;
            expect(html.replace(/<\/?i>/g, ''), label).not.toMatch(/[<>"']/);
            expect(html, label).not.toMatch(/&(?!(?:lt|gt|quot|#39|amp);)/);
            expect(shownText(html), label).toBe(format(document, { ...options, format: 'text' }));
          }
        }
      }
    }
  });

  it('renders a <script> heading as text', () => {
    const document = looseDocument({ sender: null, recipient: null, heading: '<script>alert("x")</script>' });
    const html = chicagoNote(document, { format: 'html' });
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('escapes HTML in Markdown output too (Markdown passes raw HTML through)', () => {
    for (const script of SCRIPTS) {
      const markdown = chicagoNote(documentWith(script), { format: 'markdown' });
      expect(markdown.replace(/\\[<>]/g, ''), markdown).not.toMatch(/[<>]/);
    }
  });
});

describe('fixed: name parts and URLs from hostile values', () => {
  // Formatter bugs found by the tests above, with the minimal input; fixed in src/format/bibtex/escape.ts
  // (personName braces a part holding "," or "="; safeUrl escapes a stray "%").

  it('keeps a comma inside a personal name (editor) from splitting the BibTeX name into parts', () => {
    // Counterexample: editors: ['Charles S. Sampson,x'] is written `editor = {Sampson,x, Charles S.}`:
    // BibTeX reads "Family, Suffix, Given" = {family: 'Sampson', suffix: 'x', given: 'Charles S.'}.
    // personName() in src/format/bibtex/escape.ts escapes TeX but does not brace a comma inside a name
    // part (it braces " and " only). Any hostile value with a comma (e.g. "@misc{evil,title={x}}")
    // in an editor's name changes the name's structure in every dialect.
    const document = { ...doc4, volume: { ...doc4.volume, editors: ['Charles S. Sampson,x'] } };
    for (const variant of BIBTEX_VARIANTS) {
      const [published] = readBack(toBibtex(document, variant), variant.dialect!);
      expect(published!.fields.editor).toEqual([{ family: 'Sampson,x', given: 'Charles S.' }]);
    }
  });

  it('keeps "=" inside a personal name (editor) from being read as BibLaTeX extended name format', () => {
    // Counterexample: editors: ['Charles S. Sampson='] is written `editor = {Sampson=, Charles S.}`;
    // "key=value" parts are BibLaTeX's extended name format (biber reads them so too), and
    // citation-js reads back {Sampson: undefined, undefined: 'Charles'}: the name is lost.
    // Same fix as above: brace each name part in personName().
    const document = { ...doc4, volume: { ...doc4.volume, editors: ['Charles S. Sampson='] } };
    for (const variant of BIBTEX_VARIANTS) {
      const [published] = readBack(toBibtex(document, variant), variant.dialect!);
      expect(published!.fields.editor).toEqual([{ family: 'Sampson=', given: 'Charles S.' }]);
    }
  });

  it('encodes a stray "%" in a URL, so that the url field reads back as written', () => {
    // Counterexample: url 'https://example.org/a b%x' is written `url = {https://example.org/a%20b%x}`:
    // safeUrl() leaves "%" alone (to keep valid escapes), so the field holds a malformed escape;
    // citation-js then reads the URL back as 'https://example.org/a%2520b%25x' (every escape
    // encoded again), and in a .bbl whose style prints the URL outside \url{…} the raw "%"
    // starts a TeX comment that swallows the rest of the line.
    const text = toBibtex({ ...doc4, url: 'https://example.org/a b%x' }, { form: 'published' });
    expect(new Cite(text).data[0]!.URL).toBe('https://example.org/a%20b%25x');
  });
});
