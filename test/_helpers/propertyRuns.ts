/**
 * How many cases a property test runs: the given base, times the
 * `PROPERTY_SCALE` environment variable when set (for example
 * `PROPERTY_SCALE=50 npx vitest run test/audit/laws.test.ts` to search
 * fifty times deeper than the default run does).
 */
export function propertyRuns(base: number): number {
  const raw = process.env['PROPERTY_SCALE'];
  const scale = raw === undefined || raw === '' ? 1 : Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`PROPERTY_SCALE must be a positive number, got ${JSON.stringify(raw)}`);
  return Math.max(1, Math.round(base * scale));
}
