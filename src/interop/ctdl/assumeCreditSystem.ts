import type { Unit } from '../../model/unit.js';
import { forEachRequirementNode } from '../../rules/forEachRequirementNode.js';
import type { ImportContext } from './ImportContext.js';

/**
 * Credit minima in a program are counted in its credit system: its
 * policies' `creditSystem`, else its own credits' system. A pathway whose
 * destination carries no credits gives neither, so when its requirements
 * ask for credits and every unit imported counts credits in one system,
 * that system is taken as the program's (reported as assumed).
 *
 * @internal
 */
export function assumeCreditSystem(ctx: ImportContext, program: Record<string, unknown>, units: readonly Unit[]): void {
  const tree = (program as unknown as Unit).requirements;
  if (tree === undefined || program['credits'] !== undefined || program['policies'] !== undefined) return;
  let asksCredits = false;
  forEachRequirementNode(tree, String(program['id']), [], ({ node }) => {
    asksCredits ||= node.min?.credits !== undefined;
  });
  const systems = new Set(units.flatMap((u) => (u.credits === undefined ? [] : [u.credits.system])));
  if (!asksCredits || systems.size !== 1) return;
  const [system] = systems;
  program['policies'] = { creditSystem: system };
  ctx.warn('assumed', [...ctx.programNodes][0]?.path ?? [], `the program's credit minima were taken to be in ${system!}, the one credit system of its components`);
}
