import type { Achievement } from '../model/achievement.js';
import type { Unit } from '../model/unit.js';
import { dayNumber, shiftDate } from '../_internal/dates.js';

/**
 * The achievements a program's time limit (`policies.timeLimit`) keeps from
 * counting beside anything a plan adds: those earned so long before the
 * day planned units count as earned that the limit, counted from them,
 * ends first. Everything applied must be earned within the limit of the
 * earliest applied achievement, and a plan applies at least one planned
 * unit, so none of these can be applied with a plan: the plan treats their
 * units as not held, and may take them again. None without a time limit.
 *
 * @param program - the program planned for
 * @param achievements - the record's achievements
 * @param plannedOn - the day planned units count as earned
 * @returns the achievements too old to count beside a plan, in record order
 * @internal
 */
export function staleAchievements(program: Unit, achievements: readonly Achievement[], plannedOn: string): Achievement[] {
  const limit = program.policies?.timeLimit;
  if (limit === undefined) return [];
  const day = dayNumber(plannedOn);
  return achievements.filter((a) => a.earnedOn !== undefined && a.status !== 'planned' && dayNumber(shiftDate(a.earnedOn, limit)) < day);
}
