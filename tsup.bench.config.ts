import { defineConfig } from 'tsup';

// The benchmarks run the library as it ships: bundled by esbuild like dist/,
// not through tsx, whose transform adds a `__name` call wherever a function
// is created (about a quarter of an audit's time).
export default defineConfig({
  entry: { run: 'test/bench/run.ts' },
  outDir: '.bench/build',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
});
