import type { CompiledProgram } from '../audit/compile/CompiledProgram.js';
import type { AchievementInput } from '../model/achievement.js';
import type { Unit } from '../model/unit.js';
import { feedIndex, type FeedIndex } from './feedIndex.js';
import { gradeRank } from '../grades/gradeRank.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

/**
 * The achievement a plan adds for a unit: planned, verified, earned on the
 * plan's date, with the lowest grade that meets every grade bar a rule that
 * could take it sets (the program's leaves, its composites' leaves and its
 * recognitions' conditions). Bars on several scales: the first scale by id
 * is taken. No bar: no grade.
 *
 * @param id - the achievement's id
 * @param unit - the unit planned
 * @param compiled - the program
 * @param earnedOn - the day it counts as earned
 * @param index - the program's rules read over the catalog (made here when not given)
 * @internal
 */
export function plannedAchievement(id: string, unit: Unit, compiled: CompiledProgram, earnedOn: string | undefined, index: FeedIndex = feedIndex(compiled)): AchievementInput {
  const grade = assumedGrade(unit, compiled, index);
  return {
    id,
    unit: unit.id,
    status: 'planned',
    verified: true,
    ...(earnedOn !== undefined && { earnedOn }),
    ...(grade && { grade }),
  };
}

function assumedGrade(unit: Unit, compiled: CompiledProgram, index: FeedIndex): { scale: string; value: string | number } | undefined {
  const bars = new Map<string, (string | number)[]>();
  const add = (scale: string, grade: string | number): void => {
    const list = bars.get(scale);
    if (list) list.push(grade);
    else bars.set(scale, [grade]);
  };
  for (const leaf of index.leaves.get(unit.id) ?? []) {
    for (const { bar } of index.trees[leaf.tree]!.nodes[leaf.node]!.narrowing.minGrades) add(bar.scale, bar.grade);
  }
  for (const rec of index.sources.get(unit.id) ?? []) {
    const bar = rec.conditions?.minGrade;
    if (bar) add(bar.scale, bar.grade);
  }
  const [scale] = [...bars.keys()].sort(byCodeUnits);
  if (scale === undefined) return undefined;
  const definition = compiled.catalog.gradeScale(scale);
  const grades = bars.get(scale)!;
  if (!definition) return { scale, value: grades[0]! };
  let best = grades[0]!;
  for (const g of grades) if ((gradeRank(definition, g) ?? -Infinity) > (gradeRank(definition, best) ?? -Infinity)) best = g;
  return { scale, value: best };
}
