/**
 * Citation keys: `frus1961_63v06_d4` for a FRUS document, sender and date for any other, with
 * suffixes that keep repeated keys apart.
 *
 * @module
 */
import type { FrusDocument } from '../../document/model.js';
import type { BibEntry } from '../bibtex.js';
import { genreOf } from '../csl.js';
import { capitalise, isoDate } from './describe.js';

/** Folds to ASCII letters and digits: `Département d'État` → [`Departement`, `d`, `Etat`]. */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** The key of a document printed in FRUS: `frus1961-63v06` + `4` → `frus1961_63v06_d4`. */
function frusKey(volumeId: string, number: string): string {
  return asciiWords(`${volumeId} d${number}`).join('_');
}

/** The key of a document without a FRUS id: sender (or heading) and date, `DepartmentOfState_19610121`. */
function derivedKey(document: FrusDocument): string {
  const words = asciiWords(document.sender || document.heading || genreOf(document) || '').slice(0, 4);
  let name = words.map(capitalise).join('').slice(0, 48) || 'Document';
  if (/^\d/.test(name)) name = `Doc${name}`;
  const date = isoDate(document.date);
  return `${name}_${date ? date.replace(/-/g, '') : 'nd'}`;
}

/** `a`, `b`, …, `z`, `aa`, `ab`, …: the n-th (0-based) disambiguation suffix. */
function letterSuffix(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) out = String.fromCharCode(97 + ((i - 1) % 26)) + out;
  return out;
}

/**
 * Citation keys of the documents, in order: `frus1961_63v06_d4` for a FRUS document, sender and
 * date otherwise; keys that would repeat get the suffixes a, b, c, … in input order — right
 * after the date (`DepartmentOfState_19610121a`), else after an underscore (`frus1961_63v06_d4_a`
 * for a document given twice, so as not to read as document 4a).
 */
export function documentKeys(documents: readonly FrusDocument[]): string[] {
  const bases = documents.map((d) => (d.volume.id && d.number ? { base: frusKey(d.volume.id, d.number), derived: false } : { base: derivedKey(d), derived: true }));
  const counts = new Map<string, number>();
  for (const { base } of bases) counts.set(base, (counts.get(base) ?? 0) + 1);
  const seen = new Map<string, number>();
  return bases.map(({ base, derived }) => {
    if ((counts.get(base) ?? 0) < 2) return base;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}${derived && /\d$/.test(base) ? '' : '_'}${letterSuffix(n)}`;
  });
}

/** Makes every key of the output unique (a last guard; the keys above rarely collide). */
export function uniqueKeys(entries: BibEntry[]): void {
  const used = new Set<string>();
  for (const entry of entries) {
    let key = entry.key;
    for (let n = 2; used.has(key); n++) key = `${entry.key}_${n}`;
    used.add(key);
    entry.key = key;
  }
}
