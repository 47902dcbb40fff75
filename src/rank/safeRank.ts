import type { Catalog } from '../catalog/Catalog.js';
import type { SafeResult } from '../issues/Result.js';
import type { Issue } from '../issues/Issue.js';
import { isCatalog } from '../_internal/isCatalog.js';
import { issue } from '../_internal/issue.js';
import { readData } from '../_internal/readData.js';
import { DEFAULT_MAX_NODES } from '../_internal/parseLimits.js';
import { fromZodIssues } from '../_internal/fromZodIssues.js';
import { safeAuditCompiled } from '../audit/safeAuditCompiled.js';
import { safePlanAudited } from '../plan/safePlanAudited.js';
import { readRecord } from '../record/readRecord.js';
import { catalogTextReader } from '../catalog/catalogTextReader.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { planWeights } from '../plan/PlanWeights.js';
import type { PlanOptions } from '../plan/PlanOptions.js';
import type { CompiledCatalog } from './CompiledCatalog.js';
import type { RankOptions } from './RankOptions.js';
import type { RankedProgram, RankResult } from './RankResult.js';
import { rankOptionsSchema } from './rankOptionsSchema.js';
import { compileCatalog } from './compileCatalog.js';
import { countedCredentials } from './countedCredentials.js';
import { CredstackError } from '../issues/CredstackError.js';

/** Search nodes each program's plan may visit, unless the caller says otherwise. */
const RANK_PLAN_STEPS = 2_000;

/**
 * Ranks the programs of a catalog for one record, as {@link rank} does,
 * and never throws on bad input.
 *
 * @param source - a catalog, or the same compiled once with {@link compileCatalog}
 * @param record - the learner's record: text (JSON or YAML) or data
 * @param options - see {@link RankOptions}
 * @returns the ranking, or the issues (a program named that is not in the catalog is an `unknown_reference` at `options.programs[k]`)
 *
 * @example
 * ```ts
 * const outcome = safeRank(catalog, record, { asOf: '2024-06-30' });
 * if (outcome.success) console.log(outcome.data.programs.map((p) => p.program.id));
 * ```
 *
 * @category Planning
 */
export function safeRank(source: Catalog | CompiledCatalog, record: unknown, options: RankOptions = {}): SafeResult<RankResult> {
  const compiledSource = isCatalog(source) ? undefined : asCompiled(source);
  const catalog = isCatalog(source) ? source : compiledSource?.catalog;
  if (!catalog) return { success: false, issues: [issue('invalid_type', ['catalog'], 'expected a Catalog (from parseCatalog) or a compiled catalog (from compileCatalog)')] };
  const read = readData(options, { maxNodes: DEFAULT_MAX_NODES, copy: true });
  if (!read.ok) return { success: false, issues: [{ ...read.issue, path: ['options', ...read.issue.path] }] };
  const opts = rankOptionsSchema.safeParse(read.value === undefined ? {} : read.value);
  if (!opts.success) return { success: false, issues: fromZodIssues(opts.error.issues, read.value, ['options']) };
  const wanted = opts.data.programs;
  const issues: Issue[] = [];
  wanted?.forEach((id, k) => {
    const unit = catalog.unit(id);
    if (!unit?.requirements) issues.push(issue('unknown_reference', ['options', 'programs', k], unit ? `unit "${id}" has no requirements, so it is not a program` : `no program "${id}" in the catalog`));
  });
  if (issues.length > 0) return { success: false, issues };
  const parsed = readRecord(catalogTextReader(catalog), record, { catalog });
  if (!parsed.success) return { success: false, issues: parsed.issues.map((i) => ({ ...i, path: ['record', ...i.path] })) };
  let compiled: CompiledCatalog;
  try {
    compiled = compiledSource && (!wanted || wanted.every((id) => compiledSource.programs.has(id))) ? compiledSource : compileCatalog(catalog, wanted);
  } catch (error) {
    if (error instanceof CredstackError) return { success: false, issues: error.issues };
    throw error;
  }
  const ids = wanted ? [...new Set(wanted)].sort(byCodeUnits) : [...compiled.programs.keys()];
  const common = {
    ...(opts.data.asOf !== undefined && { asOf: opts.data.asOf }),
    ...(opts.data.include && { include: opts.data.include }),
    ...(opts.data.exceptions && { exceptions: opts.data.exceptions }),
  };
  const ranked: RankedProgram[] = [];
  for (const id of ids) {
    const program = compiled.programs.get(id)!;
    const audited = safeAuditCompiled(program, parsed.data, common);
    if (!audited.success) return audited;
    const audit = audited.data;
    const { requirements } = audit.totals;
    let planned: RankedProgram['plan'];
    if (opts.data.plan !== false) {
      const planOptions: PlanOptions = { stepBudget: RANK_PLAN_STEPS, ...common, ...(opts.data.plan as PlanOptions | undefined), alternatives: 0, front: false };
      // The plan starts from the audit just run: the same record, asOf, include and exceptions.
      const outcome = safePlanAudited(program, parsed.data, planOptions, audited);
      if (!outcome.success) return outcome;
      const p = outcome.data;
      const best = p.best;
      planned = {
        status: p.status,
        ...(best && { objective: best.totals.objective, cost: best.totals.cost, completion: best.totals.completion }),
        ...(p.currency !== undefined && { currency: p.currency }),
        costUnknown: (best?.totals.costUnknown.length ?? 0) > 0,
        units: best?.units.map((u) => u.unit) ?? [],
        optimal: p.optimal,
      };
    }
    ranked.push({
      program: { id, title: program.program.title, ...(program.program.provider !== undefined && { provider: program.program.provider }) },
      status: audit.status,
      satisfied: audit.satisfied,
      credits: audit.totals.credits,
      requirements,
      met: requirements.total === 0 ? 1 : requirements.satisfied / requirements.total,
      counted: countedCredentials(audit),
      ...(planned && { plan: planned }),
      audit,
    });
  }
  // Costs in different currencies are not compared (no rates were given to convert them).
  const currencies = new Set(ranked.flatMap((p) => (p.plan?.objective !== undefined && p.plan.currency !== undefined ? [p.plan.currency] : [])));
  const planOptions = opts.data.plan === false ? undefined : (opts.data.plan as PlanOptions | undefined);
  const comparable = currencies.size <= 1 || planWeights(planOptions?.objective).cost === 0;
  ranked.sort((a, b) => closestFirst(a, b, comparable));
  return { success: true, data: { ...(opts.data.asOf !== undefined && { asOf: opts.data.asOf }), programs: ranked }, warnings: parsed.warnings.map((w) => ({ ...w, path: ['record', ...w.path] })) };
}

/** The documented order of a ranking; plans' objectives only when `comparable` (one currency, or costs not weighed). */
function closestFirst(a: RankedProgram, b: RankedProgram, comparable: boolean): number {
  const tier = (p: RankedProgram): number => (p.satisfied ? 0 : p.plan?.objective !== undefined ? 1 : 2);
  return (
    tier(a) - tier(b) ||
    (comparable ? (a.plan?.objective ?? 0) - (b.plan?.objective ?? 0) : 0) ||
    b.met - a.met ||
    b.credits.applied - a.credits.applied ||
    byCodeUnits(a.program.id, b.program.id)
  );
}

/** The compiled catalog, when the value is one; never throws. */
function asCompiled(value: unknown): CompiledCatalog | undefined {
  try {
    if (value === null || typeof value !== 'object') return undefined;
    const { catalog, programs } = value as Partial<CompiledCatalog>;
    return isCatalog(catalog) && programs instanceof Map ? (value as CompiledCatalog) : undefined;
  } catch {
    return undefined;
  }
}
