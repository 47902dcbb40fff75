import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog, creditMap, renderCreditMapText, renderCreditMapMarkdown, renderCreditMapMermaid } from '../../src/index.js';
import type { CreditMap } from '../../src/creditMap/CreditMapEntry.js';

const SCM = parseCatalog(readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8'));
const MAP = creditMap(SCM, { asOf: '2024-06-30' });

/** A map whose ids and titles try to break out of tables and labels. */
const HOSTILE: CreditMap = {
  programs: [{ id: 'p|1', title: 'A "degree" <b>#1</b> | `x`', creditSystem: 'ects' }],
  credentials: [{ id: 'c"]-->x', title: 'Badge\nwith | pipe & `tick`', kind: 'badge' }],
  entries: [{
    credential: 'c"]-->x', program: 'p|1', route: 'recognized', recognition: 'r|x', alone: true, countsAs: ['c"]-->x'], credits: 7.5, creditSystem: 'ects', approximate: true,
    requirements: ['n|1'], conditions: [{ kind: 'verified', source: { kind: 'recognition', id: 'r|x' } }], assumed: { earnedOn: '2024-01-01', verified: true },
  }],
  audits: 1,
};

describe('renderCreditMapText', () => {
  it('prints a row per entry with its route, credits and requirements, and the conditions beneath', () => {
    const text = renderCreditMapText(MAP);
    expect(text.split('\n')[0]).toBe('Credit map as of 2024-06-30: 34 routes of 18 credentials into 3 programs (hes-almm, mit-scm, mit-scmb)');
    expect(text).toMatch(/^mitx-scm-micromasters +mit-scmb +recognized via mit-scmb-pathway +42 mit-unit +online-semester$/m);
    expect(text).toMatch(/^ +if: verified \(recognition mit-scmb-pathway\)$/m);
    expect(text).toMatch(/^SC0x +hes-almm +stacked into mitx-scm-micromasters \(with the other parts\), recognized via hes-scm-pathway +16 us-semester +courses$/m);
  });

  it('makes control characters visible and says when nothing counts', () => {
    expect(renderCreditMapText(HOSTILE)).not.toMatch(/Badge\n/);
    expect(renderCreditMapText(HOSTILE)).toContain('7.5 ects (approximate)');
    expect(renderCreditMapText({ ...MAP, entries: [], credentials: [] })).toContain('No credential counts toward the programs mapped.');
  });
});

describe('renderCreditMapMarkdown', () => {
  it('writes a table row per entry', () => {
    const md = renderCreditMapMarkdown(MAP);
    expect(md).toContain('| `mitx-scm-micromasters` | `mit-scmb` | recognized via `mit-scmb-pathway` | 42 `mit-unit` | `online-semester` | verified (recognition `mit-scmb-pathway`) |');
    expect(md.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(MAP.entries.length);
  });

  it('escapes every pipe, so that no cell splits', () => {
    const row = renderCreditMapMarkdown(HOSTILE).split('\n').find((l) => l.startsWith('| `c'))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });
});

describe('renderCreditMapMermaid', () => {
  it('draws credentials to programs with the route and credits, and parts to their composite', () => {
    const mmd = renderCreditMapMermaid(MAP);
    expect(mmd.split('\n')[0]).toBe('flowchart LR');
    const id = (unit: string) => new RegExp(`^  (n\\d+)[\\[(]+"${unit}:`, 'm').exec(mmd)?.[1];
    expect(mmd).toContain(`  ${id('mitx-scm-micromasters')} -->|"recognized via mit-scmb-pathway: 42 mit-unit"| ${id('mit-scmb')}`);
    expect(mmd).toContain(`  ${id('SC0x')} -->|"part of"| ${id('mitx-scm-micromasters')}`);
    expect(mmd).not.toMatch(/SC0x[^\n]*-->\|"stacked/);
  });

  it('writes quotes, pipes, brackets and backticks in labels as entity codes', () => {
    const mmd = renderCreditMapMermaid(HOSTILE);
    for (const line of mmd.split('\n').slice(1).filter(Boolean)) {
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label).not.toMatch(/[|<>`\n]/);
    }
    expect(mmd).toContain('#quot;degree#quot;');
  });
});
