import type { Issue } from '../../issues/Issue.js';
import type { Credits } from '../../model/credits.js';
import { MAX_CREDITS } from '../../model/credits.js';
import type { Unit } from '../../model/unit.js';
import { issue } from '../../_internal/issue.js';
import { showValue } from '../../_internal/showValue.js';
import { BUILTIN_CREDIT_SYSTEMS } from '../../credits/builtinCreditSystems.js';
import { json, type Path } from '../vc/values.js';
import type { ImportSettings } from './readImportSettings.js';

/** What the credits belong to, to find their system and to word the messages. */
export interface CreditsContext {
  readonly settings: ImportSettings;
  readonly achievement: Readonly<Record<string, unknown>>;
  readonly achievementPath: Path;
  /** The catalog unit the achievement maps to, whose credit system the credits may share. */
  readonly unit?: Unit;
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/**
 * Reads Open Badges credits (`creditsEarned`, `creditsAvailable`: bare
 * numbers) into credits of a credit system: the `creditSystem` option; else,
 * assumed with a warning, the system of the catalog unit the achievement
 * maps to, or one an alignment names (`targetName`, `targetCode` or
 * `targetFramework` spelling a system's id or name, such as ECTS). With no
 * system, the credits are left out with an `unmapped` warning rather than
 * guessed: 5 ECTS and 5 US semester hours differ twofold.
 *
 * @internal
 */
export function readCredits(value: unknown, at: Path, ctx: CreditsContext): Credits | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_CREDITS) {
    ctx.issues.push(issue('invalid_credits', at, `credits must be a number from 0 to ${MAX_CREDITS}, got ${showValue(value)}`));
    return undefined;
  }
  if (ctx.settings.creditSystem !== undefined) return { value, system: ctx.settings.creditSystem };
  if (ctx.unit?.credits) {
    ctx.warnings.push(issue('assumed', at, `Open Badges credits carry no unit; these are taken to be in ${ctx.unit.credits.system}, the system of catalog unit "${ctx.unit.id}"`));
    return { value, system: ctx.unit.credits.system };
  }
  const named = systemFromAlignment(ctx);
  if (named) {
    ctx.warnings.push(issue('assumed', at, `Open Badges credits carry no unit; these are taken to be in ${named.system}, which ${named.via} names`));
    return { value, system: named.system };
  }
  ctx.warnings.push(issue('unmapped', at, `Open Badges credits carry no unit and nothing names one, so these ${value} credits are left out (kept in extensions.ob3); pass creditSystem to import them`));
  return undefined;
}

function systemFromAlignment(ctx: CreditsContext): { system: string; via: string } | undefined {
  const systems = ctx.settings.catalog?.creditSystems.list() ?? BUILTIN_CREDIT_SYSTEMS;
  const names = new Map<string, string>([['european credit transfer and accumulation system', 'ects']]);
  for (const s of systems) {
    names.set(s.id.toLowerCase(), s.id);
    if (s.name !== undefined) names.set(s.name.toLowerCase(), s.id);
  }
  for (const [i, alignment] of json.list(ctx.achievement['alignment']).entries()) {
    for (const field of ['targetFramework', 'targetName', 'targetCode']) {
      const text = json.text(json.get(alignment, field));
      const system = text === undefined ? undefined : names.get(text.trim().toLowerCase());
      if (system !== undefined) return { system, via: `${json.itemPath(ctx.achievementPath, 'alignment', ctx.achievement, i).join('.')}.${field}` };
    }
  }
  return undefined;
}
