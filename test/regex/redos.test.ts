/**
 * ReDoS check of every regular expression in `src/`: each regex literal and each
 * `new RegExp(…)`/`RegExp(…)` call (found by parsing the sources with the TypeScript compiler,
 * see `collect-regexes.ts`) is analysed by recheck (https://makenowjust-labs.github.io/recheck/),
 * which reports a pattern as `vulnerable` when some input makes the backtracking matcher take
 * super-linear time (exponential or polynomial), with an attack string that shows it. A new
 * vulnerable pattern anywhere in `src/` fails this test, with its file:line, its complexity and
 * the attack string.
 *
 * recheck runs offline: its npm package carries a Scala.js build, and the optional packages
 * `recheck-linux-x64` (native binary, used when present) and `recheck-jar`; nothing is
 * downloaded at test time. Its analysis is seeded (`randomSeed: 0`) and bounded by counts, not by
 * time (see PARAMS), so that a verdict does not depend on how busy the machine is.
 *
 * Checking all ~250 patterns takes 15–40 s, so definite verdicts (safe / vulnerable) are cached
 * per pattern, flags, recheck version and parameters in
 * `node_modules/.cache/frus-cite/redos-<version>.json`: a local re-run only checks new or changed
 * patterns. CI (`CI=true`) and `REDOS_NO_CACHE=1` always check every pattern.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { collectFromSource, collectRegexes, tsFiles, type FoundRegex } from './collect-regexes.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

/**
 * recheck's defaults, seeded, with its fuzzing bounded by counts only. recheck's phase timeouts
 * (seeding 100 ms, incubation 250 ms, attack 1 s) make a verdict depend on the machine's speed: a
 * phase cut short on a busy machine reads as heavy backtracking, and CI once reported a linear
 * pattern as vulnerable (`distribution.ts`, PLACE_QUALIFIER; V8 runs its attack string in
 * linear time) that every local run passed. Without them the same seed gives the same verdict
 * everywhere. The overall limit is generous so that a busy machine does not turn a verdict into
 * `unknown` (timeout).
 */
const PARAMS: Parameters = { randomSeed: 0, timeout: 120_000, seedingTimeout: null, incubationTimeout: null, attackTimeout: null };

/**
 * Patterns recheck cannot analyse (status `unknown`, e.g. an unsupported feature), keyed by
 * `/source/flags`, with the reason they are accepted anyway. Empty: every pattern is analysed.
 */
const UNCHECKABLE: Record<string, string> = {};

/** `RegExp(…)` calls with a pattern built at run time, keyed by file:line, with why they are safe. Empty. */
const DYNAMIC_ALLOWED: Record<string, string> = {};

/** A definite verdict, as cached. */
interface Verdict {
  status: 'safe' | 'vulnerable';
  complexity: string;
  attack?: string;
  hotspots?: string[];
}

const cacheFile = join(root, 'node_modules', '.cache', 'frus-cite', `redos-${RECHECK_VERSION}.json`);
const useCache = process.env.CI !== 'true' && process.env.REDOS_NO_CACHE !== '1';

function cacheKey(regex: FoundRegex): string {
  return createHash('sha256').update(JSON.stringify([RECHECK_VERSION, PARAMS, regex.source, regex.flags])).digest('hex');
}

function readCache(): Record<string, Verdict> {
  if (!useCache) return {};
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, Verdict>;
  } catch {
    return {};
  }
}

function writeCache(cache: Record<string, Verdict>): void {
  if (!useCache) return;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(cache)}\n`);
    renameSync(temporary, cacheFile);
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** The parts of the pattern recheck marks as hot (where the backtracking happens). */
function hotspots(diagnostics: Diagnostics & { status: 'vulnerable' }): string[] {
  return diagnostics.hotspot.filter((h) => h.temperature === 'heat').map((h) => diagnostics.source.slice(h.start, h.end));
}

function verdictOf(diagnostics: Diagnostics): Verdict | { status: 'unknown'; error: string } {
  if (diagnostics.status === 'safe') return { status: 'safe', complexity: diagnostics.complexity.summary };
  if (diagnostics.status === 'vulnerable') {
    return { status: 'vulnerable', complexity: diagnostics.complexity.summary, attack: diagnostics.attack.pattern, hotspots: hotspots(diagnostics) };
  }
  return { status: 'unknown', error: JSON.stringify(diagnostics.error) };
}

/** Checks every pattern (two at a time), reusing cached verdicts. */
async function checkAll(regexes: readonly FoundRegex[]): Promise<Map<FoundRegex, Verdict | { status: 'unknown'; error: string }>> {
  const cache = readCache();
  const results = new Map<FoundRegex, Verdict | { status: 'unknown'; error: string }>();
  let next = 0;
  const worker = async () => {
    while (next < regexes.length) {
      const regex = regexes[next++]!;
      const key = cacheKey(regex);
      const cached = cache[key];
      if (cached) {
        results.set(regex, cached);
        continue;
      }
      const verdict = verdictOf(await check(regex.source, regex.flags, PARAMS));
      results.set(regex, verdict);
      if (verdict.status !== 'unknown') cache[key] = verdict;
    }
  };
  await Promise.all([worker(), worker()]);
  writeCache(cache);
  return results;
}

const { found, dynamic } = collectRegexes(tsFiles(join(root, 'src')), root);

describe('regular expressions in src/', () => {
  it('are all found: regex literals with their flags and RegExp(…) calls, not look-alikes in strings or comments', () => {
    const sample = [
      'const A = /^\\s*(?:Source\\s*:\\s*)+/i; // not /a comment/',
      "const B = new RegExp('a+b', 'gu');",
      'const C = RegExp(`x|y`);',
      "const D = 'not /a regex/ in a string';",
      'const E = new RegExp(prefix + "x");',
      'class F { static g = [/[/]x/y]; }',
    ].join('\n');
    const { found: inSample, dynamic: dynamicInSample } = collectFromSource('sample.ts', sample);
    expect(inSample.map((r) => [r.where, r.source, r.flags, r.kind])).toEqual([
      ['sample.ts:1', '^\\s*(?:Source\\s*:\\s*)+', 'i', 'literal'],
      ['sample.ts:2', 'a+b', 'gu', 'constructor'],
      ['sample.ts:3', 'x|y', '', 'constructor'],
      ['sample.ts:6', '[/]x', 'y', 'literal'],
    ]);
    expect(dynamicInSample.map((d) => d.where)).toEqual(['sample.ts:5']);

    // And in src/: the parser's own patterns are among those found.
    expect(found.length).toBeGreaterThan(100);
    expect(found).toContainEqual(expect.objectContaining({ where: expect.stringMatching(/^src\/parse\/marks\.ts:\d+$/), source: '[.()[\\]\\u201c\\u201d"-]|[:,;](?:(?=\\S)|(?<= [,;]))', flags: 'g' }));
  });

  it('have literal patterns, so that each can be checked here', () => {
    const unchecked = dynamic.filter((d) => !(d.where in DYNAMIC_ALLOWED)).map((d) => `${d.where}  ${d.text}`);
    expect(unchecked, 'RegExp(…) built at run time: use a literal pattern, or add it to DYNAMIC_ALLOWED with the reason it is safe').toEqual([]);
  });

  it('are checked with parameters that still find super-linear patterns, by automaton and by fuzzing', { timeout: 5 * 60_000 }, async () => {
    // Without lookarounds recheck decides by automata; with one (as most of src/'s patterns
    // have) it fuzzes, and these are the parameters whose phase timeouts were removed.
    const cases = [
      { source: '^(?:a+)+$', checker: 'automaton', complexity: 'exponential' },
      { source: '\\s+$', checker: 'automaton', complexity: 'polynomial' },
      { source: '(?<=,)\\s*\\s*$', checker: 'fuzz', complexity: 'polynomial' },
      { source: '(?<=a)(?:\\w|\\d)+$', checker: 'fuzz', complexity: 'exponential' },
    ];
    for (const { source, checker, complexity } of cases) {
      const diagnostics = await check(source, '', PARAMS);
      expect([source, diagnostics.status, diagnostics.checker]).toEqual([source, 'vulnerable', checker]);
      expect(diagnostics.status === 'vulnerable' && diagnostics.complexity.type).toBe(complexity);
    }
    // And a linear pattern with a lookbehind is safe: a match starts only where a run of blanks starts.
    expect((await check('(?<!\\s)\\s+x$', '', PARAMS)).status).toBe('safe');
  });

  it('are not vulnerable to ReDoS (recheck: no super-linear backtracking)', { timeout: 15 * 60_000 }, async () => {
    const results = await checkAll(found);
    const vulnerable: string[] = [];
    const unknown: string[] = [];
    for (const regex of found) {
      const verdict = results.get(regex)!;
      const shown = `/${regex.source}/${regex.flags}`;
      if (verdict.status === 'vulnerable') {
        const hot = verdict.hotspots?.length ? `; backtracks in ${verdict.hotspots.map((h) => JSON.stringify(h)).join(', ')}` : '';
        vulnerable.push(`${regex.where}  ${shown}\n    ${verdict.complexity}; attack string: ${verdict.attack}${hot}`);
      } else if (verdict.status === 'unknown' && !(shown in UNCHECKABLE)) {
        unknown.push(`${regex.where}  ${shown}\n    recheck could not analyse it: ${verdict.error}`);
      }
    }
    const report = [...vulnerable, ...unknown];
    expect(report.length, `${vulnerable.length} vulnerable and ${unknown.length} unanalysed of ${found.length} patterns:\n${report.join('\n')}\n`).toBe(0);
  });
});
