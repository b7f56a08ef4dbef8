/**
 * The browser build: the package's main entry bundled as a browser bundler does it (esbuild,
 * `platform: 'browser'`, with the stand-ins of `tsup.config.ts` for the modules citation-js
 * fetches with), then run in a context with a browser's globals only — no `process`, `require`,
 * `Buffer` or Node's `console.Console` — where parsing, Chicago, BibTeX (through citation-js)
 * and CSL-JSON must all work.
 */
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserStandIns } from '../../tsup.config.js';
import * as node from '../../src/index.js';
import type * as FrusCite from '../../src/index.js';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/** The bundle's code, as one script that leaves the API in `globalThis.frusCite`. */
async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'frusCite',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: [browserStandIns],
  });
  return result.outputFiles[0]!.text;
}

/** What a browser offers a script: the language's globals plus these web APIs. */
function browserGlobals(): Record<string, unknown> {
  return {
    console: { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
    TextEncoder,
    TextDecoder,
    URL,
    setTimeout,
    clearTimeout,
    queueMicrotask,
  };
}

describe('the browser build', () => {
  let api: typeof FrusCite;
  let code: string;

  beforeAll(async () => {
    code = await bundle();
    const context = browserGlobals();
    runInNewContext(code, context);
    api = context.frusCite as typeof FrusCite;
  }, 60_000);

  it('needs no Node built-in', () => {
    expect(code).not.toMatch(/\brequire\(["']node:/);
    expect(code).not.toMatch(/\bfrom ["']node:/);
  });

  it('parses a source note', () => {
    const record = api.parseSourceNote('Source: Department of State, Central Files, 711.11-KE/1-2161. Unclassified; Niact.');
    expect(record.primary).toMatchObject({ repositoryId: 'us-department-of-state', file: '711.11-KE/1-2161', fileDate: '1961-01-21' });
    expect(record.handling).toEqual(['Niact']);
  });

  it('cites a document in Chicago, BibTeX and CSL-JSON as the Node build does', () => {
    const note = 'Source: Department of State, Central Files, 611.61/1–2161. Secret. Another copy is in the Kennedy Library, National Security Files, Countries Series, USSR.';
    const context = { volume: 'frus1961-63v05', doc: 'd1', head: 'Telegram From the Department of State to the Embassy in the Soviet Union', date: '1961-02-21' };
    const document = api.documentFromNote(note, context);
    expect(api.chicagoNote(document)).toBe(
      'Department of State to Embassy in the Soviet Union, telegram, February 21, 1961, in Foreign Relations of the United States, 1961–1963, vol. 5, doc. 1, https://history.state.gov/historicaldocuments/frus1961-63v05/d1.',
    );
    const bibtex = api.toBibtex(document, { form: 'both' });
    expect(bibtex).toContain('@misc{frus1961_63v05_d1_original,');
    expect(bibtex).toContain('611.61/1--2161');

    const inNode = node.documentFromNote(note, context);
    expect(api.chicagoNote(document, { form: 'archival' })).toBe(node.chicagoNote(inNode, { form: 'archival' }));
    expect(bibtex).toBe(node.toBibtex(inNode, { form: 'both' }));
    expect(api.toBibtex(document, { dialect: 'biblatex', form: 'both' })).toBe(node.toBibtex(inNode, { dialect: 'biblatex', form: 'both' }));
    expect(JSON.stringify(api.toCsl(document))).toBe(JSON.stringify(node.toCsl(inNode)));
  });
});
