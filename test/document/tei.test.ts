import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTeiVolume, readTeiVolumeStream, teiDocuments, type TeiDiagnostic } from '../../src/document/tei.js';
import type { FrusDocument } from '../../src/document/model.js';
import { VOLUME_VI } from '../format/fixtures.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/tei/frus1961-63v06-excerpt.xml', import.meta.url));
const xml = readFileSync(FIXTURE, 'utf8');

/** The fixture cut into `size`-character pieces. */
function pieces(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** A small TEI volume with one document whose source note is `note` (raw XML), after `prolog`. */
function tinyVolume(note: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
${prolog}<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1961-63v06">
  <teiHeader><fileDesc><titleStmt><title type="volume">Test</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="document" xml:id="d1" n="1" frus:doc-dateTime-min="1961-01-21T00:00:00-05:00">
      <head>1. Telegram From the Department of State to the Embassy in the Soviet Union<note n="0" type="source">${note}</note></head>
      <p>Text.</p>
    </div>
  </body></text>
</TEI>`;
}

describe('readTeiVolume: the fixture', () => {
  const result = readTeiVolume(xml);
  const byNumber = new Map(result.documents.map((doc) => [doc.number, doc]));
  const doc = (n: string): FrusDocument => {
    const found = byNumber.get(n);
    if (!found) throw new Error(`no document ${n}`);
    return found;
  };

  it('reads the whole file without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.complete).toBe(true);
  });

  it('reads the volume metadata from the TEI header', () => {
    expect(result.volume).toEqual(VOLUME_VI);
  });

  it('reads documents 1–6 in order, each with the volume', () => {
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    for (const d of result.documents) expect(d.volume).toBe(result.volume);
    expect(result.documents.map((d) => d.url)).toEqual(
      ['1', '2', '3', '4', '5', '6'].map((n) => `https://history.state.gov/historicaldocuments/frus1961-63v06/d${n}`),
    );
  });

  it('reads headings without notes or number prefix, whitespace collapsed', () => {
    expect(result.documents.map((d) => d.heading)).toEqual([
      'Message From Chairman Khrushchev to President-elect Kennedy',
      'Message From President-elect Kennedy to Chairman Khrushchev',
      'Message From Chairmen Khrushchev and Brezhnev to President Kennedy',
      'Telegram From the Department of State to the Embassy in the Soviet Union',
      'Telegram From President Kennedy to Chairman Khrushchev',
      'Message From Chairman Khrushchev to President Kennedy',
    ]);
  });

  it('reads sender, recipient and genre from the heading', () => {
    expect(doc('4')).toMatchObject({ genre: 'telegram', sender: 'Department of State', recipient: 'Embassy in the Soviet Union' });
    expect(doc('1')).toMatchObject({ genre: 'message', sender: 'Chairman Khrushchev', recipient: 'President-elect Kennedy' });
  });

  it('reads dates: the day alone when frus:doc-dateTime-min is midnight, else the ISO string as given', () => {
    expect(result.documents.map((d) => d.date)).toEqual([
      '1960-11-09',
      '1960-11-10',
      '1961-01-20',
      '1961-01-21T18:34:00-05:00',
      '1961-02-13',
      '1961-02-15',
    ]);
    expect(doc('1').extra).toEqual({
      xmlId: 'd1',
      subtype: 'historical-document',
      dateTimeMin: '1960-11-09T00:00:00-05:00',
      dateTimeMax: '1960-11-09T23:59:59-05:00',
    });
  });

  it('reads datelines and their place', () => {
    expect(doc('4').dateline).toBe('Washington, January 21, 1961, 6:34 p.m.');
    expect(doc('4').place).toBe('Washington');
    expect(doc('1').dateline).toBe('Moscow, November 9, 1960.');
    expect(doc('1').place).toBe('Moscow');
    expect(doc('2').dateline).toBe('November 10, 1960.');
    expect(doc('2').place).toBeNull();
  });

  it('reads source notes verbatim, inline elements adding their text with the spacing of the XML', () => {
    // "Source:<hi rend="italic">American …": the missing space is in the XML and must stay visible.
    expect(doc('1').sourceNote).toBe('Source:American Foreign Policy: Current Documents, 1960, p. 476. No classification marking.');
    expect(doc('4').sourceNote).toBe(
      'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact. Drafted by McSweeney and ' +
        'Veliotes (SOV) and cleared by Goodpaster, Kretzmann, and Rusk. Another copy of this message is in the Kennedy ' +
        'Library, National Security Files, Countries Series, USSR, Khrushchev Correspondence. Also printed in Public ' +
        'Papers of the Presidents of the United States:John F. Kennedy, 1961, p. 3, and American Foreign Policy: ' +
        'Current Documents, 1961, p. 560.',
    );
  });

  it('parses the source note with the document as context', () => {
    const provenance = doc('4').provenance;
    expect(provenance?.primary?.file).toBe('711.11-KE/1-2161');
    expect(provenance?.text).toBe(doc('4').sourceNote);
    expect(provenance?.context).toEqual({
      volume: 'frus1961-63v06',
      doc: 'd4',
      head: 'Telegram From the Department of State to the Embassy in the Soviet Union',
      date: '1961-01-21T18:34:00-05:00',
      dateline: 'Washington, January 21, 1961, 6:34 p.m.',
    });
    expect(doc('5').provenance?.primary?.file).toBe('761.13/2-1361');
  });

  it('reads the other notes as footnotes', () => {
    expect(result.documents.map((d) => d.footnotes.length)).toEqual([1, 2, 0, 1, 0, 2]);
    expect(doc('2').footnotes).toEqual([
      { n: '1', text: 'Document 1.' },
      { n: '2', text: 'Printed from an unsigned copy.' },
    ]);
    expect(doc('6').footnotes[1]).toEqual({ n: '2', text: 'Printed from a copy that bears this typed signature.' });
  });

  it('reads the same from UTF-8 bytes split inside multi-byte characters', () => {
    const bytes = new TextEncoder().encode(xml);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    const fromBytes = readTeiVolume(chunks);
    expect(fromBytes.diagnostics).toEqual([]);
    expect(fromBytes.volume).toEqual(result.volume);
    expect(fromBytes.documents).toEqual(result.documents);
    expect(readTeiVolume(bytes).documents).toEqual(result.documents);
  });
});

describe('readTeiVolume: header variants', () => {
  const withHeader = (from: string, to: string) => readTeiVolume(xml.replace(from, to)).volume;

  it('reads a volume printed in parts', () => {
    expect(withHeader('Volume VI<', 'Volume XIX, Part 1<')).toMatchObject({ volumeNumber: '19', part: '1' });
  });

  it('keeps other publishers and places as written', () => {
    expect(withHeader('United States Government Printing Office', 'Office of the Historian').publisher).toBe('Office of the Historian');
    expect(withHeader('<pubPlace>Washington</pubPlace>', '<pubPlace>New York</pubPlace>').place).toBe('New York');
  });

  it('falls back to idno[@type="frus"] for the id', () => {
    expect(withHeader(' xml:id="frus1961-63v06"', '').id).toBe('frus1961-63v06');
  });
});

describe('readTeiVolume: document shapes', () => {
  const volume = `<TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1961-63v06">
  <teiHeader/>
  <text><body>
    <div type="document" xml:id="d7" n="7" subtype="editorial-note" frus:doc-dateTime-min="1961-02-01T00:00:00Z">
      <head>7. Editorial Note</head>
      <p>On February 1 …<note n="1">See <ref>Document 6</ref><note n="x">nested</note>.</note></p>
      <note rend="inline">[Omitted here is an attachment.]</note>
    </div>
    <div type="document" xml:id="d8" n="8">
      <head>8. Memorandum<lb/>From the Secretary of State to President Kennedy<note type="source">Source: Files.</note></head>
      <opener><dateline><placeName>Washington</placeName>,<lb/>March 1, 1961<note n="1">Date uncertain.</note></dateline></opener>
    </div>
  </body></text>
</TEI>`;
  const result = readTeiVolume(volume);

  it('reads editorial notes as documents', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.documents[0]).toMatchObject({
      number: '7',
      heading: 'Editorial Note',
      genre: 'editorial note',
      sender: null,
      recipient: null,
      date: '1961-02-01',
      dateline: null,
      place: null,
      sourceNote: null,
      provenance: null,
      extra: { subtype: 'editorial-note' },
    });
  });

  it('keeps nested notes as text of their note and leaves inline notes out of the footnotes', () => {
    expect(result.documents[0]!.footnotes).toEqual([{ n: '1', text: 'See Document 6nested.' }]);
  });

  it('reads <lb/> as a space and keeps notes out of headings and datelines', () => {
    expect(result.documents[1]).toMatchObject({
      heading: 'Memorandum From the Secretary of State to President Kennedy',
      genre: 'memorandum',
      sender: 'Secretary of State',
      dateline: 'Washington, March 1, 1961',
      place: 'Washington',
      sourceNote: 'Source: Files.',
      footnotes: [{ n: '1', text: 'Date uncertain.' }],
    });
  });
});

describe('teiDocuments: streaming', () => {
  it('yields each document as it closes, before the input is exhausted', async () => {
    const chunks = pieces(xml, 1000);
    let pulled = 0;
    async function* source(): AsyncGenerator<string> {
      for (const chunk of chunks) {
        pulled++;
        yield chunk;
      }
    }
    const seen: { n: string | null; pulled: number }[] = [];
    for await (const doc of teiDocuments(source())) seen.push({ n: doc.number, pulled });
    expect(seen.map((s) => s.n)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(seen[0]!.pulled).toBeLessThan(chunks.length);
    // d1 closes around character 6,000 of 21,000.
    expect(seen[0]!.pulled).toBeLessThan(seen[5]!.pulled);
  });

  it('yields documents from a single string progressively, and returns a summary', async () => {
    const generator = teiDocuments(xml);
    const first = await generator.next();
    expect(first.done).toBe(false);
    expect(first.value).toMatchObject({ number: '1' });
    let last = await generator.next();
    while (!last.done) last = await generator.next();
    expect(last.value).toMatchObject({ complete: true, diagnostics: [] });
    expect(last.value.volume.id).toBe('frus1961-63v06');
  });

  it('readTeiVolumeStream reads the same as readTeiVolume', async () => {
    const fromStream = await readTeiVolumeStream(pieces(xml, 333));
    expect(fromStream).toEqual(readTeiVolume(xml));
  });

  it('resolves with a diagnostic when the input stream fails', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield xml.slice(0, xml.indexOf('<div type="document" xml:id="d3"'));
      throw new Error('disk on fire');
    }
    const result = await readTeiVolumeStream(failing());
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2']);
    expect(result.complete).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toContain('disk on fire');
  });
});

describe('malformed and hostile input', () => {
  it('truncated in the middle of d3: d1, d2 and a diagnostic with the line', () => {
    const cut = xml.slice(0, xml.indexOf('The source text is a Department of State'));
    const result = readTeiVolume(cut);
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2']);
    expect(result.complete).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    const diagnostic = result.diagnostics[0]!;
    expect(diagnostic.message).toMatch(/unexpected end of input/);
    expect(diagnostic.message).toMatch(/document 3 \(from line \d+\) is incomplete/);
    expect(diagnostic.line).toBe(cut.split('\n').length);
    expect(diagnostic.column).toBeGreaterThan(0);
  });

  it('the async variants resolve on truncated input too', async () => {
    const cut = xml.slice(0, xml.indexOf('The source text is a Department of State'));
    const diagnostics: TeiDiagnostic[] = [];
    const numbers: (string | null)[] = [];
    for await (const doc of teiDocuments(pieces(cut, 500), { onDiagnostic: (d) => diagnostics.push(d) })) numbers.push(doc.number);
    expect(numbers).toEqual(['1', '2']);
    expect(diagnostics).toHaveLength(1);
    expect((await readTeiVolumeStream(cut)).documents).toHaveLength(2);
  });

  it('a mismatched end tag stops reading with the documents read so far', () => {
    const broken = xml.replace(/(November 10,\s+1960<\/date>\.)<\/dateline>/, '$1</datelin>');
    expect(broken).not.toBe(xml);
    const result = readTeiVolume(broken);
    expect(result.documents.map((d) => d.number)).toEqual(['1']);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/^malformed XML: .*document 2/);
    expect(result.diagnostics[0]!.line).toBe(broken.slice(0, broken.indexOf('</datelin>')).split('\n').length);
  });

  it('does not expand an entity bomb (billion laughs)', () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = tinyVolume('Source: Department of State, Central Files, &lol9;.', `<!DOCTYPE TEI [\n${entities.join('\n')}\n]>\n`);
    const result = readTeiVolume(bomb);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.sourceNote).toBe('Source: Department of State, Central Files, &lol9;.');
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/^DOCTYPE\/entities not supported.*entity declarations are not expanded/),
      expect.stringMatching(/undefined entity.*never expanded or fetched/),
    ]);
    expect(result.diagnostics[0]!.line).toBe(13);
  });

  it('never fetches or expands an external entity', () => {
    const external = tinyVolume('Source: &x;', '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n');
    const result = readTeiVolume(external);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.sourceNote).toBe('Source: &x;');
    expect(result.diagnostics[0]!.message).toMatch(/^DOCTYPE\/entities not supported/);
    expect(result.diagnostics.some((d) => /undefined entity/.test(d.message))).toBe(true);
    expect(result.complete).toBe(true);
  });

  it('does not fetch an external DTD', () => {
    const result = readTeiVolume(tinyVolume('Source: Files.', '<!DOCTYPE TEI SYSTEM "http://example.invalid/tei.dtd">\n'));
    expect(result.documents).toHaveLength(1);
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/external DTD is not fetched/)]);
  });

  it('stops at 10,000-deep nesting with a diagnostic, no stack overflow', () => {
    const deep = '<div>'.repeat(10_000) + 'x' + '</div>'.repeat(10_000);
    const nested = xml.replace('<pb n="4" xml:id="pg_4" facs="0026"/>', deep);
    const result = readTeiVolume(nested);
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2', '3', '4']);
    expect(result.complete).toBe(false);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/nested deeper than 256 levels/);
    expect(result.diagnostics[0]!.line).toBeGreaterThan(1);
  });

  it('honours a smaller maxDepth', () => {
    // d3's signature (closer/signed/list/item/persName/hi) is the first element deeper than 8.
    const result = readTeiVolume(xml, { maxDepth: 8 });
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2']);
    expect(result.diagnostics[0]!.message).toMatch(/nested deeper than 8 levels/);
  });

  it('caps the text kept for a note', () => {
    const result = readTeiVolume(tinyVolume(`Source: ${'x'.repeat(5000)}`), { maxTextLength: 100 });
    expect(result.documents[0]!.sourceNote).toHaveLength(100);
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/longer than 100 characters; truncated/)]);
    expect(result.complete).toBe(true);
  });

  it('caps the number of diagnostics', () => {
    const result = readTeiVolume(tinyVolume('&a;'.repeat(1000)), { maxDiagnostics: 5 });
    expect(result.documents).toHaveLength(1);
    expect(result.diagnostics).toHaveLength(6);
    expect(result.diagnostics[5]!.message).toMatch(/further ones are not reported/);
  });

  it.each([
    ['empty input', ''],
    ['not XML', 'Source: Department of State, Central Files.'],
    ['junk after the root', `${xml}<junk/>`],
    ['a lone ampersand', tinyVolume('Source: AT&T files.')],
  ])('%s: a diagnostic, never a throw', (_label, input) => {
    const result = readTeiVolume(input);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      expect(diagnostic.column).toBeGreaterThanOrEqual(1);
    }
  });

  it('survives a throwing onDiagnostic callback', () => {
    const result = readTeiVolume(xml.slice(0, 9000), {
      onDiagnostic: () => {
        throw new Error('callback bug');
      },
    });
    expect(result.documents.map((d) => d.number)).toEqual(['1', '2']);
    expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/unexpected end of input/), expect.stringMatching(/callback bug/)]);
  });

  it('rejects unsupported inputs with a diagnostic', async () => {
    expect(readTeiVolume(42 as unknown as string).diagnostics[0]!.message).toMatch(/unsupported input/);
    expect((await readTeiVolumeStream(null as unknown as string)).diagnostics[0]!.message).toMatch(/unsupported input/);
    expect(readTeiVolume([xml.slice(0, 100), 7] as unknown as string[]).diagnostics[0]!.message).toMatch(/unsupported input chunk/);
  });
});
