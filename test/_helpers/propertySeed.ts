/**
 * Vitest setup: property tests run from a fixed seed, so `npm test` checks
 * the same cases on every machine and every run. `PROPERTY_SEED=random`
 * draws a fresh seed per property (fast-check prints it, with the shrunk
 * counterexample, on failure); any integer replays a run. Together with
 * `PROPERTY_SCALE` (see propertyRuns.ts) this is how to search further:
 *
 *   PROPERTY_SEED=random PROPERTY_SCALE=30 npx vitest run test/audit/laws.test.ts --testTimeout=0
 */
import fc from 'fast-check';

const DEFAULT_SEED = 20_261_128;
const raw = process.env['PROPERTY_SEED'];

if (raw !== 'random') {
  const seed = raw === undefined || raw === '' ? DEFAULT_SEED : Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer or "random", got ${JSON.stringify(raw)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
