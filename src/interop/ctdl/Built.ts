import type { Requirement } from '../../model/requirement.js';

/**
 * What building a piece of a requirement tree gives: a node, `'met'` for a
 * piece that places no demand credstack can state (a `Not` condition, a
 * condition naming nothing), or `null` when it failed (the issue is
 * recorded).
 *
 * @internal
 */
export type Built = Requirement | 'met' | null;

/**
 * The unit a requirement tree is built for, collecting what the conditions
 * said that has no place in the tree (kept under `extensions.ctdl.conditions`).
 *
 * @internal
 */
export interface RuleOwner {
  readonly notes: Record<string, unknown>[];
}

/** Whether a built piece is a requirement node. @internal */
export function isRequirement(built: Built): built is Requirement {
  return built !== null && built !== 'met';
}

/** Sets a requirement tree when one was built. @internal */
export function setTree(unit: Record<string, unknown>, key: 'requirements' | 'prerequisites', built: Built | undefined): void {
  if (built !== undefined && isRequirement(built)) unit[key] = built as Requirement;
}
