import type { GradeScale } from '../../model/gradeScale.js';
import { readText } from '../vc/readText.js';
import { json } from '../vc/values.js';

const NUMERIC = new Set(['Percent', 'GradePointAverage', 'ScaledScore', 'RawScore']);

/**
 * The grade scale an Open Badges `ResultDescription` describes, when it says
 * enough: its `allowedValue` list (low to high in Open Badges, so reversed:
 * credstack lists the best first), or for numeric result types its
 * `valueMin` and `valueMax`; `requiredValue` is the passing grade when it is
 * on the scale. `undefined` when the description gives neither.
 *
 * @internal
 */
export function gradeScaleOf(description: Readonly<Record<string, unknown>>, id: string, type: string, language?: string): GradeScale | undefined {
  const name = readText(description['name'], language);
  const required = description['requiredValue'];
  const base = { id, ...(name !== undefined && { name }) };
  if (NUMERIC.has(type)) {
    const min = asNumber(description['valueMin']);
    const max = asNumber(description['valueMax']);
    if (min === undefined || max === undefined || min > max) return undefined;
    const passing = asNumber(required);
    return { ...base, range: { min, max }, ...(passing !== undefined && passing >= min && passing <= max && { passing }) };
  }
  const allowed = [...new Set(json.list(description['allowedValue']).filter((v): v is string => typeof v === 'string' && v !== ''))];
  if (allowed.length === 0) return undefined;
  return { ...base, grades: allowed.reverse().map((grade) => ({ grade })), ...(typeof required === 'string' && allowed.includes(required) && { passing: required }) };
}

/**
 * A grade value as a number when it is one (`"85"`, `"85%"`, `3.7`);
 * `undefined` otherwise.
 *
 * @internal
 */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?\s*%?\s*$/.test(value)) return undefined;
  const n = Number(value.replace('%', ''));
  return Number.isFinite(n) ? n : undefined;
}
