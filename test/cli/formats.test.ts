import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@ts-graphviz/ast';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { memoryIo, SCM_CATALOG } from './memoryIo.js';
import { expectUsageError } from './expectUsageError.js';

const LEARNER = readFileSync(fileURLToPath(new URL('../../examples/data/learner-scm.yaml', import.meta.url)), 'utf8');
const AUDIT = ['audit', '--catalog', 'scm.yaml', '--record', 'learner.yaml', '--program', 'mit-scmb', '--as-of', '2024-06-30'];
const PLAN = ['plan', '--catalog', 'scm.yaml', '--record', 'learner.yaml', '--program', 'mit-scm', '--as-of', '2025-01-06', '--term-length', 'P6M'];

async function cli(argv: readonly string[], color = false) {
  const io = { ...memoryIo({ 'scm.yaml': SCM_CATALOG, 'learner.yaml': LEARNER }), stdoutColor: color };
  const code = await run(argv, io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('--format', () => {
  it.each([
    ['audit', AUDIT],
    ['plan', PLAN],
    ['map', ['map', '--catalog', 'scm.yaml']],
  ] as const)('%s --format dot prints a graph a DOT parser reads, and --format mermaid a flowchart', async (_name, argv) => {
    const dot = await cli([...argv, '--format', 'dot']);
    expect(dot.code).toBe(0);
    expect(() => parse(dot.out)).not.toThrow();
    const mermaid = await cli([...argv, '--format', 'mermaid']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.out).toMatch(/^flowchart (TB|LR|TD)/m);
  });

  it('refuses two formats at once, a format the command does not print, and an unknown one', async () => {
    expectUsageError(await cli([...AUDIT, '--json', '--format', 'dot']), /--json and --format dot cannot be used together/);
    expectUsageError(await cli(['rank', '--catalog', 'scm.yaml', '--record', 'learner.yaml', '--as-of', '2024-06-30', '--format', 'dot']), /--format must be text, markdown or json, not 'dot'/);
    expectUsageError(await cli([...AUDIT, '--format', 'pdf']), /--format must be text, markdown, json, mermaid or dot, not 'pdf'/);
  });
});

describe('colour', () => {
  it('colours the text report only when standard output takes colour', async () => {
    const plain = await cli(AUDIT);
    const coloured = await cli(AUDIT, true);
    expect(plain.out).not.toContain('\u001b[');
    expect(coloured.out).toContain('\u001b[31m');
    expect(coloured.out.replace(/\u001b\[\d+m/g, '')).toBe(plain.out);
    // JSON and Markdown are data for other tools: never coloured.
    expect((await cli([...AUDIT, '--json'], true)).out).not.toContain('\u001b[');
  });
});
