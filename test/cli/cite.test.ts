/**
 * `frus-cite cite` as a user runs it: a TEI volume, a document list with front matter, a bare
 * note, `.jsonl` with a broken line, and each output style.
 */
import { describe, expect, test } from 'vitest';
import { cli, SLOW } from './run-cli.js';

const TEI = 'fixtures/tei/frus1961-63v06-excerpt.xml';
const LIST = 'fixtures/documents/kennedy-khrushchev-front-matter.txt';
const URL4 = 'https://history.state.gov/historicaldocuments/frus1961-63v06/d4';

describe('frus-cite cite', SLOW, () => {
  test('cites every document of a TEI volume as a Chicago note, one per line', () => {
    const { status, stdout } = cli(['cite', TEI]);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[3]).toBe(
      `Department of State to Embassy in the Soviet Union, telegram, Washington, January 21, 1961, in Foreign Relations of the United States, 1961–1963, vol. 6, Kennedy-Khrushchev Exchanges, ed. Charles S. Sampson (Government Printing Office, 1996), doc. 4, ${URL4}.`,
    );
  });

  test('--edition 17 --format html --form archival', () => {
    const published = cli(['cite', TEI, '--edition', '17', '--format', 'html']).stdout.split('\n')[3];
    expect(published).toContain('<i>Kennedy-Khrushchev Exchanges</i>, ed. Charles S. Sampson (Washington, DC: Government Printing Office, 1996)');
    const archival = cli(['cite', TEI, '--form', 'archival']).stdout.split('\n')[3];
    expect(archival).toBe(
      'Department of State to Embassy in the Soviet Union, telegram, January 21, 1961, 711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.',
    );
  });

  test('reads the volume from a document list’s front matter', () => {
    const { status, stdout } = cli(['cite', LIST, '--style', 'chicago-short']);
    expect(status).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual([
      'Chairman Khrushchev to President-elect Kennedy, doc. 1.',
      'President-elect Kennedy to Chairman Khrushchev, doc. 2.',
      'Chairmen Khrushchev and Brezhnev to President Kennedy, doc. 3.',
    ]);
  });

  test('cites a bare note from stdin as an archival item', () => {
    const { status, stdout } = cli(['cite', '-'], 'Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.\n');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('711.11-KE/1-2161, Central Decimal File, 1960–63, RG 59, National Archives, College Park, MD.');
  });

  test('csl-json is a JSON array with published and archival items', () => {
    const { status, stdout } = cli(['cite', TEI, '--style', 'csl-json', '--form', 'both']);
    expect(status).toBe(0);
    const items = JSON.parse(stdout) as { id: string }[];
    expect(items.map((item) => item.id)).toContain('frus1961-63v06/d4');
    expect(items.map((item) => item.id)).toContain('frus1961-63v06/d4/original');
    expect(items.map((item) => item.id)).toContain('frus1961-63v06/d4/copy-1');
  });

  test('biblatex entries carry the document number and archival location', () => {
    const { status, stdout } = cli(['cite', TEI, '--style', 'biblatex', '--form', 'both']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/@incollection\{frus1961_63v06_d4,/);
    expect(stdout).toContain('711.11-KE/1-2161');
  });

  test('keeps a broken jsonl line in place and exits 1', () => {
    const input = [
      JSON.stringify({ note: 'Source: Kennedy Library, National Security Files, Countries Series, USSR. Secret.' }),
      '{broken',
      JSON.stringify({ note: '893.50/283: Telegram', volume: 'frus1934v04', doc: 'd1', head: 'The Ambassador in China (Johnson) to the Secretary of State' }),
    ].join('\n');
    const { status, stdout, stderr } = cli(['cite', '-', '--input-format', 'jsonl'], input);
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('National Security Files, Countries Series, USSR, John F. Kennedy Presidential Library, Boston.');
    expect(lines[1]).toMatch(/^\[line 2: /);
    expect(lines[2]).toBe('Ambassador in China (Johnson) to Secretary of State, telegram, in Foreign Relations of the United States, 1934, vol. 4, doc. 1, https://history.state.gov/historicaldocuments/frus1934v04/d1.');
    expect(stderr).toContain(':2:');
  });

  test('rejects an unknown style with usage and exit 2', () => {
    const { status, stdout, stderr } = cli(['cite', TEI, '--style', 'mla']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--style');
  });

  test('--help names every style', () => {
    const { status, stdout } = cli(['cite', '--help']);
    expect(status).toBe(0);
    for (const style of ['chicago-note', 'chicago-short', 'chicago-bibliography', 'bibtex', 'biblatex', 'csl-json']) expect(stdout).toContain(style);
  });
});
