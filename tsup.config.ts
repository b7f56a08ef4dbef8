import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The modules citation-js imports only to fetch remote inputs, which frus-cite never does, and
 * which import Node's `http`, `zlib` and `stream`: the browser build uses stand-ins.
 */
const BROWSER_STAND_INS: Readonly<Record<string, string>> = {
  'node-fetch': fileURLToPath(new URL('./src/browser/node-fetch.ts', import.meta.url)),
  'sync-fetch': fileURLToPath(new URL('./src/browser/sync-fetch.ts', import.meta.url)),
};

/** An esbuild plugin that resolves BROWSER_STAND_INS' modules to their stand-ins. */
export const browserStandIns: Plugin = {
  name: 'frus-cite-browser-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^(?:node-fetch|sync-fetch)$/ }, (args) => ({ path: BROWSER_STAND_INS[args.path]! }));
  },
};

/**
 * The features the Node builds tell esbuild are there, beyond their target. esbuild counts
 * Unicode property escapes (`\p{Lu}`) as unsupported in every engine target, `node20` included,
 * and turns each regular-expression literal holding one into `new RegExp(…)`: written in a
 * function, such a pattern was compiled again at every call. Node 20 has them all.
 */
export const NODE_SUPPORTED: Readonly<Record<string, boolean>> = { 'regexp-unicode-property-escapes': true };

/** Adds {@link NODE_SUPPORTED} to the esbuild options of a Node build. */
export function nodeSupported(options: BuildOptions): void {
  options.supported = { ...options.supported, ...NODE_SUPPORTED };
}

// Library entries ship as ESM + CJS with declarations; the CLI is ESM only with a shebang.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'vocab/index': 'src/vocab/index.ts',
      'citation-js': 'src/format/citation-js.ts',
      'citation-js-register': 'src/format/citation-js-register.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    esbuildOptions: nodeSupported,
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    esbuildOptions: nodeSupported,
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The `browser` export: the same API with citation-js bundled in and its fetching modules
    // replaced, so that browser bundlers (esbuild, webpack, Vite) need no Node built-ins.
    entry: { browser: 'src/index.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    noExternal: [/^@citation-js\//],
    esbuildPlugins: [browserStandIns],
  },
]);
