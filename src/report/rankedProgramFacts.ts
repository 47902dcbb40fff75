import type { RankedProgram } from '../rank/RankResult.js';
import { describeCounted } from './describeCounted.js';
import { formatCost } from './formatCost.js';
import { formatNumber } from './formatNumber.js';
import { overallStatusLabel } from './overallStatusLabel.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * A ranked program's figures in words, one field each, shared by
 * {@link renderRankText} and {@link renderRankMarkdown}.
 *
 * @category Reports
 */
export interface RankedProgramFacts {
  /** The program's id and title. */
  readonly program: string;
  /** The audit's status (`IN PROGRESS`, ...). */
  readonly status: string;
  /** The requirements met, with the share (`1 of 2 requirements met (50%)`). */
  readonly met: string;
  /** Credits applied over required, in the program's credit system. */
  readonly credits: string;
  /** What of the record counts, one phrase each (see {@link describeCounted}). */
  readonly counts: readonly string[];
  /** The best plan's cost (`at least` when some costs are unknown), or what stands for it. */
  readonly cost: string;
  /** The day the best plan completes, or what stands for it. */
  readonly completion: string;
  /** How many units the plan takes, or `undefined` without a plan. */
  readonly units?: number;
}

const NO_PLAN: Readonly<Record<string, string>> = { infeasible: 'infeasible', unknown: 'unknown (step budget)' };

/**
 * The figures of one program of a ranking in words: its id and title, the
 * audit's status, the share of requirements met, the credits applied over
 * required, what counts and how, and the best plan's cost and completion
 * (`not planned` when ranking without plans; `infeasible` when no plan
 * completes it). Costs are in each plan's currency.
 *
 * @param ranked - the ranked program
 * @param style - how to write ids and titles (plain text by default)
 * @returns the figures
 *
 * @example
 * ```ts
 * rankedProgramFacts(result.programs[0]!).cost; // '20,400 USD'
 * ```
 *
 * @category Reports
 */
export function rankedProgramFacts(ranked: RankedProgram, style: ReportStyle = PLAIN_STYLE): RankedProgramFacts {
  const { requirements, credits } = ranked;
  const system = ranked.audit.creditSystem === undefined ? 'credits' : style.id(ranked.audit.creditSystem);
  const figure = credits.required === undefined ? `${formatNumber(credits.applied)} ${system} applied` : `${formatNumber(credits.applied)}/${formatNumber(credits.required)} ${system}`;
  const plan = ranked.plan;
  const planned = plan?.completion !== undefined;
  return {
    program: `${style.id(ranked.program.id)} ${style.text(ranked.program.title)}`,
    status: overallStatusLabel(ranked.audit),
    met: `${requirements.satisfied} of ${requirements.total} requirements met (${formatNumber(Math.round(ranked.met * 1000) / 10)}%)`,
    credits: figure,
    counts: ranked.counted.map((c) => describeCounted(c, style)),
    cost: !plan ? 'not planned' : planned ? formatCost(plan.cost ?? 0, plan.currency, plan.costUnknown) : (NO_PLAN[plan.status] ?? 'no plan'),
    completion: !plan ? 'not planned' : plan.status === 'complete' ? 'already met' : planned ? plan.completion : (NO_PLAN[plan.status] ?? 'no plan'),
    ...(plan && { units: plan.units.length }),
  };
}
