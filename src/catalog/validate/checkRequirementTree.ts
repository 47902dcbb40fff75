import type { Requirement } from '../../model/requirement.js';
import { MAX_REQUIREMENT_DEPTH } from '../../model/requirement.js';
import type { IssuePath } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { forEachRequirementNode, requirementChildren } from '../../rules/forEachRequirementNode.js';
import type { ReferenceContext } from './ReferenceContext.js';
import { checkSaysSomething } from './checkSaysSomething.js';

/**
 * Checks one requirement tree: references, grade bars, date ranges,
 * `atLeast` counts that can be met, limits that give a figure, unique node
 * ids, and depth.
 *
 * @internal
 */
export function checkRequirementTree(root: Requirement, rootId: string, path: IssuePath, ctx: ReferenceContext): void {
  const ids = new Map<string, IssuePath>();
  forEachRequirementNode(root, rootId, path, ({ node, id, path: at, depth }) => {
    const who = `requirement "${id}"`;
    if (depth > MAX_REQUIREMENT_DEPTH) {
      ctx.issues.push(issue('too_deep', at, `requirements nest deeper than ${MAX_REQUIREMENT_DEPTH} levels here`, { expected: `at most ${MAX_REQUIREMENT_DEPTH} levels` }));
      return false;
    }
    const earlier = ids.get(id);
    if (earlier) ctx.issues.push(issue('duplicate_id', node.id !== undefined ? [...at, 'id'] : at, `requirement id "${id}" is used twice in this tree`));
    else ids.set(id, at);
    if ('unit' in node) ctx.unit(node.unit, [...at, 'unit'], who);
    if ('select' in node) ctx.filter(node.select, [...at, 'select'], who);
    if (node.from !== undefined && node.share !== true) {
      ctx.issues.push(issue('invalid_value', [...at, 'from'], `${who} says from: ${node.from}, which only an overlay (share: true) can say`));
    }
    node.limits?.forEach((limit, k) => {
      ctx.filter(limit.select, [...at, 'limits', k, 'select'], `${who}'s limit`);
      checkSaysSomething(limit.max, ['count', 'credits'], [...at, 'limits', k, 'max'], `${who}'s limit`, ctx);
    });
    if ('atLeast' in node && node.atLeast > node.of.length) {
      ctx.issues.push(issue('invalid_number', [...at, 'atLeast'], `${who} needs ${node.atLeast} of only ${node.of.length} children, so it can never be met`));
    }
    if (node.minGrade) ctx.grade(node.minGrade, [...at, 'minGrade'], who);
    checkSaysSomething(node.maxPer, ['count', 'credits'], [...at, 'maxPer'], `${who}'s maxPer`, ctx);
    checkSaysSomething(node.maxRecognized, ['credits', 'count', 'share'], [...at, 'maxRecognized'], `${who}'s maxRecognized`, ctx);
    if (node.earnedBetween) ctx.range(node.earnedBetween.from, node.earnedBetween.until, [...at, 'earnedBetween'], `${who}'s earnedBetween`);
    if (requirementChildren(node).length === 0 && !('unit' in node) && !('select' in node)) {
      ctx.issues.push(issue('invalid_value', at, `${who} has no children`));
    }
    return true;
  });
}
