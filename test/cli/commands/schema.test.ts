import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { catalogJsonSchema, recordJsonSchema } from '../../../src/model/jsonSchema.js';
import { memoryIo } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

async function schema(...argv: string[]) {
  const io = memoryIo();
  const code = await run(['schema', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

const published = (name: string): string => readFileSync(new URL(`../../../schema/${name}.schema.json`, import.meta.url), 'utf8');

describe('credstack schema', () => {
  it.each([
    ['catalog', catalogJsonSchema],
    ['record', recordJsonSchema],
  ] as const)('%s prints that JSON Schema, byte for byte the published file, and exits 0', async (name, generate) => {
    const { code, out, err } = await schema(name);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(JSON.parse(out)).toEqual(generate());
    expect(out).toBe(published(name));
  });

  it('is a usage error, exit 2, without a kind, with an unknown one, or with two', async () => {
    expectUsageError(await schema(), /^credstack: schema needs the kind of document: catalog or record$/);
    expectUsageError(await schema('program'), /^credstack: schema prints the schema of a catalog or record, not 'program'$/);
    expectUsageError(await schema('catalog', 'record'), /^credstack: schema takes one kind of document, not 2$/);
    expectUsageError(await schema('--pretty', 'catalog'), /^credstack: unknown option '--pretty'$/);
  });

  it("--help prints the command's help, and credstack --help lists the command", async () => {
    const { code, out } = await schema('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: credstack schema catalog\|record\n/);
    const io = memoryIo();
    await run(['--help'], io);
    expect(io.stdoutText()).toMatch(/^ {2}schema +Print the JSON Schema of a catalog or a learner's record$/m);
  });
});
