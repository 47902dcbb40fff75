import { buildSync } from 'esbuild';
import { defineConfig } from 'tsup';

/**
 * The source files `src/browser.ts` reaches. `credstack/browser` ships them
 * as one ES module each, not one bundle, so that an application's bundler
 * keeps only the modules it uses (the package has no side effects): in a
 * single file, every schema built at the top level would be kept.
 */
function browserModules(): string[] {
  const { metafile } = buildSync({ entryPoints: ['src/browser.ts'], bundle: true, write: false, metafile: true, packages: 'external', platform: 'browser', logLevel: 'silent' });
  return Object.keys(metafile.inputs).filter((file) => file.startsWith('src/'));
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
  },
  {
    // credstack/browser for `import`: dist/browser/, a module per source file.
    entry: browserModules(),
    outDir: 'dist/browser',
    bundle: false,
    format: ['esm'],
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
  },
  {
    // credstack/browser for `require`: one bundle, as the main entry.
    entry: { browser: 'src/browser.ts' },
    format: ['cjs'],
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
  },
  {
    // credstack/browser's types, for both.
    entry: { browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
  {
    entry: { cli: 'src/cli/main.ts', cohortWorker: 'src/cli/cohort/cohortWorker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
