/**
 * Citation benchmark: frus-cite's Chicago notes against citation-js's CSL engine (citeproc,
 * bundled `apa` style) on the same 2,000 archival items, side by side in one process.
 * The bar: Chicago notes at ≥ 50× citation-js's bibliography rate.
 *
 * Usage: `npm run bench` (runs this after the parser benchmark), or
 * `tsx scripts/bench-cite.ts [--items N] [--runs R]`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { documentFromNote } from '../src/document/from-note.js';
import type { FrusDocument } from '../src/document/model.js';
import { chicagoBibliography, chicagoNote, chicagoShortNote } from '../src/format/chicago.js';
import { toCslArchival } from '../src/format/csl.js';
import { scriptArgs } from './script-args.js';

const USAGE = `Usage: tsx scripts/bench-cite.ts [--items N] [--runs R]

Formats the gold documents, replicated to N, as Chicago notes and bibliography entries, R times.`;
const values = scriptArgs({ options: { items: { type: 'string', default: '2000' }, runs: { type: 'string', default: '5' } } }, USAGE);
const itemCount = Number(values.items);
const runs = Number(values.runs);

/** Archival-bearing documents from the gold notes, replicated to `itemCount`. */
function loadDocuments(): FrusDocument[] {
  const base: FrusDocument[] = [];
  for (const file of ['frus-notes-late.jsonl', 'frus-notes-early.jsonl', 'frus1961-63v06-seed.jsonl']) {
    for (const line of readFileSync(new URL(`../fixtures/gold/${file}`, import.meta.url), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { note, volume, doc, head, date, dateline } = JSON.parse(line) as Record<string, string | null>;
      const context = Object.fromEntries(Object.entries({ volume, doc, head, date, dateline }).filter(([, v]) => typeof v === 'string'));
      const document = documentFromNote(note ?? '', context, { subseries: '1961–1963', volumeNumber: '6', title: 'Volume', editors: ['Charles S. Sampson'], publisher: 'Government Printing Office', place: 'Washington, DC', year: '1996' });
      if (document.provenance?.primary) base.push(document);
    }
  }
  return Array.from({ length: itemCount }, (_, i) => base[i % base.length]!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Items per second of `work` over `count` items, median of `runs` runs after a warm-up. */
function rate(count: number, work: () => void, repeat = runs): number {
  work();
  const rates: number[] = [];
  for (let run = 0; run < repeat; run++) {
    const start = performance.now();
    work();
    rates.push(count / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

const documents = loadDocuments();
const csl = documents.map((document, i) => ({ ...toCslArchival(document, document.provenance!.primary!, 'original'), id: `item-${i}` }));

let sink = 0;
// frus-cite formats 2,000 items in about 10 ms, too short a run to time steadily (the JIT is
// still settling, a GC lands in one run and not the next): each of its runs goes over the items
// PASSES times.
const PASSES = 25;
const chicagoNotes = rate(documents.length * PASSES, () => {
  for (let pass = 0; pass < PASSES; pass++) for (const document of documents) sink += chicagoNote(document, { form: 'archival' }).length;
});
const chicagoPublished = rate(documents.length * PASSES, () => {
  for (let pass = 0; pass < PASSES; pass++) {
    for (const document of documents) sink += chicagoNote(document).length + chicagoShortNote(document).length + chicagoBibliography(document).length;
  }
});
// citeproc is slow: fewer runs keep the benchmark short.
const citeproc = rate(csl.length, () => {
  sink += String(new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).length;
}, Math.max(1, Math.min(runs, 3)));

console.log(`citation benchmark: ${documents.length.toLocaleString('en-US')} archival items, median of ${runs} runs`);
console.log(`  frus-cite Chicago archival notes:        ${Math.round(chicagoNotes).toLocaleString('en-US')} notes/s`);
console.log(`  frus-cite Chicago note+short+bibliography: ${Math.round(chicagoPublished).toLocaleString('en-US')} documents/s`);
console.log(`  citation-js 0.8.2 CSL (apa bibliography): ${Math.round(citeproc).toLocaleString('en-US')} entries/s`);
console.log(`  ratio (Chicago notes / citation-js): ${(chicagoNotes / citeproc).toFixed(0)}× (target ≥ 50×)`);
console.log(`checksum: ${sink}`);
