import { describe, expect, it, vi } from 'vitest';
import { validateFiles } from '../../../src/cli/validate/validateFiles.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';

// Counts the YAML parses: each file is to be parsed once, not once to tell its kind and again to check it.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count++;
      return yaml.parseDocument(...args);
    },
  };
});

const RECORD = 'achievements:\n  - { id: a1, unit: SC0x, earnedOn: "2023-05-20" }\n';

describe('validateFiles', () => {
  // Before: telling the kind parsed each file, and checking it parsed it again.
  it('parses each file once when all is valid', async () => {
    parses.count = 0;
    const reports = await validateFiles(memoryIo({ 'scm.yaml': SCM_CATALOG, 'r.yaml': RECORD }), ['scm.yaml', 'r.yaml']);
    expect(reports.map((r) => r.valid)).toEqual([true, true]);
    expect(parses.count).toBe(2);
  });

  it('parses a file again only to place issues in it', async () => {
    parses.count = 0;
    const reports = await validateFiles(memoryIo({ 'r.yaml': 'achievements:\n  - { id: a1, unit: SC0x }\n' }), ['r.yaml']);
    expect(reports[0]?.issues).toEqual([expect.objectContaining({ line: 2 })]);
    expect(parses.count).toBe(2);
  });

  it('never parses JSON with the YAML parser when it is valid', async () => {
    parses.count = 0;
    const reports = await validateFiles(memoryIo({ 'r.json': JSON.stringify({ achievements: [{ id: 'a1', unit: 'SC0x' }] }) }), ['r.json']);
    expect(reports[0]?.issues).toEqual([expect.objectContaining({ line: 1 })]);
    expect(parses.count).toBe(0);
  });
});
