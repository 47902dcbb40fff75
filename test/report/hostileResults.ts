/**
 * Results whose every id and title is hostile text, for the picture
 * renderers' syntax properties: an audit with each kind of provenance, a
 * plan leading to it, and a credit map with each kind of route.
 */
import fc from 'fast-check';
import type { AppliedAchievement, AuditResult, NodeResult, NodeStatus } from '../../src/audit/AuditResult.js';
import type { CreditMap } from '../../src/creditMap/CreditMapEntry.js';
import type { PlanResult } from '../../src/plan/PlanResult.js';

/** Text that has broken, or could break, a diagram: syntax, keywords, escapes, controls, odd Unicode, sheer length. */
export const HOSTILE_TEXTS: readonly string[] = [
  '"', ']', '[', '#', ';', '|', '<', '>', '{', '}', '(', ')', '\\', '`', '%', '&', ':', '\n', '\r\n', '\r', '\t', '\u2028', '\u0085',
  '\u001b[2J\u001b[31m', '\u009b2J', '\u202e', '\u0000', 'end', 'subgraph', 'graph', 'node', 'edge', 'digraph', 'strict', 'flowchart', 'classDef', 'class', 'style', 'click n0 call alert(1)',
  '__proto__', 'constructor', 'toString', '', ' ', 'direction LR', 'direction\tTB', 'x direction RL', 'style:#quot;x#quot;', 'Lifestyle:#1;', 'classDef a fill:#f00;',
  '%%{init: {"theme":"dark"}}%%', '%% comment', '\uFB02\u00B0\u00B0lt\u00B6\u00DF', '\uFB02\u00B0lt\u00B6\u00DFscript', '`md`', '"]; n99["x', '"] --> n0', 'a"b\\"c', '\\N \\G \\l \\n',
  '-->', '-.->', '==>', ':::', '&amp;', '#quot;', '#35;', '<br/>', '<b>bold</b>', '👩‍🎓', 'مرحبا', '\u0301', '\ud800', '\udc00x', 'x'.repeat(3000), 'é'.repeat(500),
];

/** One piece of hostile text: a listed one, a few joined, or arbitrary code units (lone surrogates and controls included). */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXTS),
  fc.array(fc.constantFrom(...HOSTILE_TEXTS), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')),
  fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** A few pieces of hostile text, reused round-robin for every id and title of a result. */
export const hostileTexts: fc.Arbitrary<string[]> = fc.array(hostileText, { minLength: 1, maxLength: 24 });

const picker = (texts: readonly string[]) => (k: number): string => texts[k % texts.length]!;

function leaf(at: (k: number) => string, k: number, status: NodeStatus, applied: AppliedAchievement[]): NodeResult {
  return { id: at(k), title: at(k + 1), kind: 'unit', status, overlay: k % 2 === 0, progress: { count: { applied: applied.length, needed: 1 }, credits: { applied: 2.5, needed: 4 } }, applied, reasons: [{ code: 'missing_unit', message: at(k + 2) }], children: [] };
}

function untitled(node: NodeResult): NodeResult {
  const { title: _, ...rest } = node;
  return rest;
}

/** An audit result with a direct, a stacked, a recognised and a pinned achievement, a waiver and what remains. */
export function hostileAudit(texts: readonly string[]): AuditResult {
  const at = picker(texts);
  const item = (k: number, provenance: AppliedAchievement['provenance'], counted = true): AppliedAchievement => ({ achievement: at(k), unit: at(k + 1), credits: 4, approximate: k % 2 === 1, counted, lookAhead: k % 3 === 0, provenance });
  const recognized = { kind: 'recognized', recognition: at(11), from: at(5) } as const;
  const children = [
    leaf(at, 20, 'satisfied', [item(3, { kind: 'direct' }), item(5, { kind: 'inferred', parts: [at(7), at(8), at(5)] })]),
    leaf(at, 23, 'partial', [item(9, recognized), item(3, { kind: 'pinned', exception: at(12), origin: { kind: 'substituted', exception: at(13), origin: recognized } }, false)]),
    leaf(at, 26, 'unmet', []),
    untitled(leaf(at, 29, 'waived', [])),
  ];
  return {
    program: { id: at(14), title: at(15) }, asOf: '2024-06-30', satisfied: false, status: 'partial', optimal: texts.length % 2 === 0, steps: 7, creditSystem: at(16),
    root: { id: at(17), title: at(18), kind: 'atLeast', status: 'partial', overlay: false, progress: { children: { applied: 1, needed: 3 } }, applied: [], reasons: [{ code: 'policy_unmet', message: at(19) }, { code: 'need_children', message: at(2) }], children },
    policies: [{ policy: 'totalCredits', met: false, message: at(19) }],
    unused: [{ achievement: at(7), unit: at(32), reasons: [{ code: 'expired', message: at(33) }] }],
    inferred: [{ id: at(5), unit: at(6), earnedOn: '2024-01-01', parts: [at(7), at(8), at(5)], lookAhead: true }],
    exceptions: [], lookAhead: [at(3)],
    totals: { credits: { applied: 8, required: 12, remaining: 4, percent: 66.7 }, requirements: { satisfied: 2, total: 5 } },
  };
}

/** A plan over two terms leading to {@link hostileAudit}, its units stacking and recognised on the way. */
export function hostilePlan(texts: readonly string[]): PlanResult {
  const at = picker(texts);
  const audit = hostileAudit(texts);
  const unit = (k: number, term: number, via: string[], fills: string[]) => ({ unit: at(k), title: at(k + 1), term, starts: '2025-01-06', ends: '2025-04-06', cost: 150 * k, credits: 4, fills, via });
  const units = [unit(40, 0, [at(6), at(11)], [at(23)]), unit(42, 0, [], [at(20), at(26)]), unit(44, 1, [at(46)], [])];
  const terms = [
    { index: 0, label: at(47), starts: '2025-01-06', ends: '2025-07-05', units: [at(40), at(42)] },
    { index: 1, starts: '2025-07-06', ends: '2026-01-05', units: [at(44)] },
  ];
  const best = { units, terms, totals: { cost: 900, costUnknown: [at(44)], credits: 12, count: 3, completion: '2025-04-06', days: 90, objective: 900 }, route: [at(6), at(11)], audit };
  return { program: { id: at(14), title: at(15) }, asOf: '2025-01-06', start: '2025-01-06', currency: at(48), status: 'planned', best, alternatives: [], front: [best], unmet: [], optimal: true, steps: 3, candidates: 3, notes: [] };
}

/** A credit map with a direct, a recognised, a stacked-alone and a stacked-with-others route, with conditions. */
export function hostileCreditMap(texts: readonly string[]): CreditMap {
  const at = picker(texts);
  const assumed = { earnedOn: '2024-01-01', verified: true } as const;
  const base = { countsAs: [at(0)], credits: 7.5, creditSystem: at(9), approximate: true, requirements: [at(10)], assumed } as const;
  return {
    programs: [{ id: at(1), title: at(2) }, { id: at(3), title: at(4), creditSystem: at(9) }],
    credentials: [{ id: at(5), title: at(6), kind: at(7) }, { id: at(8), title: at(11), kind: 'badge' }],
    entries: [
      { ...base, credential: at(5), program: at(1), route: 'direct', alone: true, conditions: [{ kind: 'minGrade', scale: at(12), grade: at(13), source: { kind: 'requirement', id: at(10), unit: at(1) } }] },
      { ...base, credential: at(5), program: at(3), route: 'recognized', recognition: at(14), alone: true, conditions: [{ kind: 'earnedWithin', duration: at(15), source: { kind: 'recognition', id: at(14) } }] },
      { ...base, credential: at(8), program: at(3), route: 'stacked', stack: [at(5), at(16)], alone: false, conditions: [{ kind: 'issuerAccreditedBy', body: at(17), source: { kind: 'requirement', id: at(18), unit: at(5) } }] },
      { ...base, credential: at(8), program: at(1), route: 'stacked', stack: [at(5)], recognition: at(14), alone: true, conditions: [{ kind: 'verified', source: { kind: 'unit', id: at(8) } }] },
    ],
    audits: 4,
  };
}
