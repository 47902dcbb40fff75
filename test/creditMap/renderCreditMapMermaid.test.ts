import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { creditMap } from '../../src/creditMap/creditMap.js';
import type { CreditMap } from '../../src/creditMap/CreditMapEntry.js';
import { renderCreditMapMermaid } from '../../src/creditMap/renderCreditMapMermaid.js';
import { readMermaid } from '../report/mermaidSyntax.js';

const SCM = parseCatalog(readFileSync(fileURLToPath(new URL('../../examples/data/scm-catalog.yaml', import.meta.url)), 'utf8'));
const MAP = creditMap(SCM, { asOf: '2024-06-30' });

describe('renderCreditMapMermaid (conditions and escaping)', () => {
  it('keeps its labels to the route and credits by default, and adds the conditions on request', () => {
    const plain = readMermaid(renderCreditMapMermaid(MAP));
    expect(plain.edges.every((e) => e.label !== undefined && !e.label.includes('\n'))).toBe(true);
    const full = readMermaid(renderCreditMapMermaid(MAP, { conditions: true }));
    expect(full.edges.map((e) => e.label)).toContain('recognized via mit-scmb-pathway: 42 mit-unit\nif verified (recognition mit-scmb-pathway)');
    expect(full.nodes).toEqual(plain.nodes);
  });

  it('escapes what Mermaid reads inside a line: brackets, %, direction statements, style colons', () => {
    const map: CreditMap = {
      programs: [{ id: 'p', title: 'direction LR %%{init: {"theme":"dark"}}%%' }],
      credentials: [{ id: 'c', title: 'Lifestyle:#1 ]] end', kind: 'badge' }],
      entries: [{ credential: 'c', program: 'p', route: 'direct', alone: true, countsAs: ['c'], credits: 1, approximate: false, requirements: ['r'], conditions: [], assumed: { earnedOn: '2024-01-01', verified: true } }],
      audits: 1,
    };
    const chart = readMermaid(renderCreditMapMermaid(map));
    expect([...chart.nodes.values()].map((n) => n.label)).toEqual(['c: Lifestyle:#1 ]] end', 'p: direction LR %%{init: {"theme":"dark"}}%%']);
  });
});
