import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCreditMapMermaid } from '../../src/creditMap/renderCreditMapMermaid.js';
import { renderAuditDot } from '../../src/report/renderAuditDot.js';
import { renderAuditMermaid } from '../../src/report/renderAuditMermaid.js';
import { renderCreditMapDot } from '../../src/report/renderCreditMapDot.js';
import { renderPlanDot } from '../../src/report/renderPlanDot.js';
import { renderPlanMermaid } from '../../src/report/renderPlanMermaid.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import { readDot } from './dotSyntax.js';
import { HOSTILE_TEXTS, hostileAudit, hostileCreditMap, hostilePlan, hostileTexts } from './hostileResults.js';
import { readMermaid } from './mermaidSyntax.js';
import { flat } from './pictureFinders.js';

// Any control character but the line feeds that end lines; and a lone surrogate.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every quoted Mermaid label holds no raw quote, bracket, newline or control character. */
function mermaidLabelsClean(text: string): void {
  for (const line of text.slice(0, -1).split('\n')) {
    for (const [, label] of line.matchAll(/"([^"]*)"/g)) expect(label).not.toMatch(/["\]\n\r]|[\u0000-\u001f\u007f-\u009f]/);
    expect(line.split('"').length % 2).toBe(1);
  }
}

/** The picture in both syntaxes: each parses, holds no control character, and both carry the same labels. */
function checkBoth(mermaid: string, dot: string, sameNodes = true): void {
  const chart = readMermaid(mermaid);
  const graph = readDot(dot);
  mermaidLabelsClean(mermaid);
  for (const text of [mermaid, dot]) {
    expect(text).not.toMatch(CONTROL);
    expect(text).not.toMatch(LONE);
  }
// The credit map's Mermaid keeps its lines unwrapped, and its DOT nodes add the credential's kind.
  const edge = sameNodes ? (text: string | undefined) => text : flat;
  if (sameNodes) expect([...graph.nodes].map(([id, a]) => [id, a['label']])).toEqual([...chart.nodes].map(([id, n]) => [id, n.label]));
  else for (const [id, n] of chart.nodes) expect(flat(graph.nodes.get(id)?.['label'])?.startsWith(n.label)).toBe(true);
  expect(graph.edges.map((e) => [e.from, e.to, edge(e.attributes['label'])])).toEqual(chart.edges.map((e) => [e.from, e.to, edge(e.label)]));
  expect([...chart.nodes.keys()].sort()).toEqual([...chart.nodes.keys()].map((_, k) => `n${k}`).sort());
}

describe('pictures of hostile data', () => {
  it('audit: the DOT parses, the Mermaid reads, labels stay labels, whatever the ids and titles', () => {
    fc.assert(
      fc.property(hostileTexts, (texts) => {
        const result = deepFreeze(hostileAudit(texts));
        const mermaid = renderAuditMermaid(result);
        checkBoth(mermaid, renderAuditDot(result));
        expect(renderAuditMermaid(result)).toBe(mermaid);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('plan: the same, with terms as subgraphs and clusters', () => {
    fc.assert(
      fc.property(hostileTexts, (texts) => {
        const result = deepFreeze(hostilePlan(texts));
        checkBoth(renderPlanMermaid(result), renderPlanDot(result));
        expect(readMermaid(renderPlanMermaid(result)).groups.size).toBe(2);
        expect(readDot(renderPlanDot(result)).clusters).toHaveLength(2);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('credit map: the same, conditions included', () => {
    fc.assert(
      fc.property(hostileTexts, (texts) => {
        const map = deepFreeze(hostileCreditMap(texts));
        checkBoth(renderCreditMapMermaid(map, { conditions: true }), renderCreditMapDot(map), false);
        readMermaid(renderCreditMapMermaid(map));
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('every listed hostile text, as every id and title at once, shows in the label as written (controls made visible)', () => {
    for (const text of HOSTILE_TEXTS.filter((t) => t.length < 100 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\uD800-\uDFFF]/.test(t))) {
      const chart = readMermaid(renderAuditMermaid(hostileAudit([text])));
      const graph = readDot(renderAuditDot(hostileAudit([text])));
      const program = `Program: ${text} (${text})`;
      expect(flat(chart.nodes.get('n0')?.label)?.startsWith(`${program} As of:`)).toBe(true);
      expect(flat(graph.nodes.get('n0')?.['label'])?.startsWith(`${program} As of:`)).toBe(true);
    }
  });
});
