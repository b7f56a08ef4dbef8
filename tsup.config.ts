import { defineConfig } from 'tsup';

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
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
