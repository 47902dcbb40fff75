/**
 * Builds the advisor page's script: `examples/advisor/dist/advisor.js`, one
 * classic script (so that index.html works opened from the file system,
 * where browsers refuse module scripts), bundled by esbuild from
 * `advisor.ts` and the browser entry's source (`src/browser.ts`, what an
 * application imports as `credstack/browser`), and the
 * bundled examples read from YAML into JSON. Copies Mermaid's browser build
 * beside it when the mermaid package is installed, so the page draws the
 * picture as well as printing it.
 *
 *   npm run build:advisor
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { parse } from 'yaml';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DATA = join(ROOT, 'examples', 'data');

/** The examples the page offers, in the order it lists them. */
const EXAMPLES = {
  catalogs: [{ label: 'MIT SCM MicroMasters pathways', file: 'scm-catalog.yaml' }],
  records: [
    { label: 'the five MITx SCM courses and the exam', file: 'learner-scm.yaml' },
    { label: 'a stack of SCM courses and Harvard Extension courses', file: 'learner-stack.yaml' },
  ],
};

/** `advisor:examples`, a module made here: each example's YAML read into data. */
const examplesModule: Plugin = {
  name: 'advisor-examples',
  setup(on) {
    on.onResolve({ filter: /^advisor:examples$/ }, () => ({ path: 'examples', namespace: 'advisor' }));
    on.onLoad({ filter: /.*/, namespace: 'advisor' }, () => {
      const read = (list: readonly { label: string; file: string }[]): unknown[] =>
        list.map(({ label, file }) => ({ label, file: `examples/data/${file}`, data: parse(readFileSync(join(DATA, file), 'utf8')) as unknown }));
      const contents = `export const catalogs = ${JSON.stringify(read(EXAMPLES.catalogs))};\nexport const records = ${JSON.stringify(read(EXAMPLES.records))};\n`;
      return { contents, loader: 'js', watchFiles: [...EXAMPLES.catalogs, ...EXAMPLES.records].map((e) => join(DATA, e.file)) };
    });
  },
};

/** Where Mermaid's self-contained browser build is, when the package is installed. */
function mermaidBuild(): string | undefined {
  try {
    const file = join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Builds the page's script into `examples/advisor/dist/`.
 *
 * @returns the files written
 */
export async function buildAdvisor(): Promise<string[]> {
  const out = join(HERE, 'dist');
  mkdirSync(out, { recursive: true });
  const script = join(out, 'advisor.js');
  await build({
    entryPoints: [join(HERE, 'advisor.ts')],
    outfile: script,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    plugins: [examplesModule],
    logLevel: 'warning',
  });
  const written = [script];
  const mermaid = mermaidBuild();
  if (mermaid) {
    copyFileSync(mermaid, join(out, 'mermaid.min.js'));
    written.push(join(out, 'mermaid.min.js'));
  }
  return written;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of await buildAdvisor()) console.log(`wrote ${file.slice(ROOT.length + 1)}`);
}
