/**
 * The Node builds of `tsup.config.ts` keep every regular-expression literal a literal. esbuild
 * rewrites a literal with a Unicode property escape (`/\p{Lu}/u`) as `new RegExp(…)` for any
 * engine target unless told the feature is there; inside a function that pattern is then built
 * at every call, which cost the parser speed once. The library is bundled here as tsup bundles it
 * (esbuild, the Node entries' target and esbuild options) and the bundle is searched for such
 * calls.
 */
import { fileURLToPath } from 'node:url';
import { build, transform, type BuildOptions } from 'esbuild';
import type { Options } from 'tsup';
import { describe, expect, it } from 'vitest';
import config, { NODE_SUPPORTED } from '../../tsup.config.js';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

/**
 * The tsup entries that build for Node (every entry but the browser's). `tsup.config.ts` exports
 * a list of entries' options; defineConfig's type also allows a function.
 */
const nodeEntries = (config as Options[]).filter((options) => options.platform !== 'browser');

/** The esbuild options a tsup entry's `esbuildOptions` hook gives, starting from none. */
function hookedOptions(options: Options): BuildOptions {
  const esbuildOptions: BuildOptions = {};
  const hook = options.esbuildOptions as ((options: BuildOptions, context: { format: 'esm' }) => void) | undefined;
  hook?.(esbuildOptions, { format: 'esm' });
  return esbuildOptions;
}

/** Calls of `new RegExp` (or `RegExp`) whose pattern holds a property escape, as esbuild writes them. */
const PROPERTY_ESCAPE_CONSTRUCTOR = /\bRegExp\(\s*["'`][^"'`]*\\\\[pP]\{/;

describe('the Node builds', () => {
  it('are the library and the CLI, each telling esbuild that Node has property escapes', () => {
    expect(nodeEntries.length).toBe(2);
    for (const options of nodeEntries) {
      expect(options.target).toBe('node20');
      expect(hookedOptions(options).supported).toMatchObject(NODE_SUPPORTED);
    }
  });

  it('esbuild rewrites a property escape for a Node target unless told (why the option is set)', async () => {
    const code = 'export function isCapital(text) { return /\\p{Lu}/u.test(text); }';
    const plain = await transform(code, { target: 'node20' });
    expect(plain.code).toMatch(PROPERTY_ESCAPE_CONSTRUCTOR);
    const told = await transform(code, { target: 'node20', supported: { ...NODE_SUPPORTED } });
    expect(told.code).not.toMatch(PROPERTY_ESCAPE_CONSTRUCTOR);
    expect(told.code).toContain('/\\p{Lu}/u');
  });

  it('keep every property escape of the library in a literal', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
      ...hookedOptions(nodeEntries[0]!),
    });
    const code = result.outputFiles![0]!.text;
    expect(code).toContain('\\p{Lu}');
    expect(code).not.toMatch(PROPERTY_ESCAPE_CONSTRUCTOR);
  }, 60_000);
});
