import type { Solved } from './solveTree.js';
import type { AuditContext } from './AuditContext.js';
import { note } from './AuditContext.js';
import { recognizedRoom } from '../allocation/capRecognized.js';
import { EPS } from '../allocation/allocationScore.js';

/**
 * After the allocation: when the program's cap on recognised credit
 * (`policies.maxRecognized`) is used up, tells each recognised candidate
 * that could have counted but was left out that the cap, not need, kept it
 * out (`recognition_cap`, never `not_needed`).
 *
 * @internal
 */
export function noteRecognitionCap(main: Solved, ctx: AuditContext): void {
  const { problem, items } = main.built;
  const mr = problem.policies?.maxRecognized;
  if (mr === undefined) return;
  const { applied, contribution } = main.outcome.evaluation;
  let rec = 0;
  let other = 0;
  for (const i of applied) {
    if (problem.items[i]!.recognized) rec += contribution[i]!;
    else other += contribution[i]!;
  }
  if (rec < recognizedRoom(problem, other) - EPS) return;
  const eligible = new Set(problem.nodes.flatMap((n) => n.eligible));
  const counted = new Set(applied);
  const cap = [mr.credits !== undefined && `${mr.credits} credits`, mr.share !== undefined && `${mr.share * 100}% of the applied credits`].filter(Boolean).join(' and ');
  items.forEach((c, i) => {
    if (c.provenance.kind !== 'recognized' || counted.has(i) || !eligible.has(i) || problem.items[i]!.credits <= EPS) return;
    const message = `the program counts at most ${cap} through recognitions, and that is used up`;
    for (const root of c.roots) note(ctx, root, { code: 'recognition_cap', message, recognition: c.provenance.recognition });
  });
}
