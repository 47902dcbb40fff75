import { createPrng } from './prng.js';

const MITX = ['SC0x', 'SC1x', 'SC2x', 'SC3x', 'SC4x', 'SCMx-CFx'];
const HES = ['hes-mgmt-e100', 'hes-mgmt-e110', 'hes-mgmt-e120', 'hes-mgmt-e130', 'hes-mgmt-e140', 'hes-mgmt-e150', 'hes-mgmt-e160', 'hes-mgmt-s170'];
const LETTERS = ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C'];

/**
 * A seeded cohort of learners for `examples/data/scm-catalog.yaml`, as
 * NDJSON lines (one record each): each learner holds a drawn share of the
 * MITx SCM courses (percent grades, most verified) and of Harvard
 * Extension's management courses (letter grades), earned on drawn days of
 * 2021-2024, some still in progress. About one line in a thousand is
 * broken (a bad date), as real exports have.
 *
 * @param seed - the seed
 * @param count - how many learners
 * @returns the lines, without newlines; the same for the same arguments
 */
export function* generateCohort(seed: number, count: number): Generator<string> {
  const rng = createPrng(seed);
  for (let n = 0; n < count; n++) {
    const achievements: Record<string, unknown>[] = [];
    const mitx = rng.int(0, MITX.length);
    for (let k = 0; k < mitx; k++) {
      const earnedOn = day(rng.int(2021, 2023), rng.int(1, 12), rng.int(1, 28));
      achievements.push({ id: `m${k}`, unit: MITX[k], earnedOn, grade: { scale: 'percent', value: rng.int(55, 98) }, ...(rng.chance(0.9) && { verified: { method: 'edx-verified-certificate' } }), issuer: 'mitx' });
    }
    const hes = rng.int(0, HES.length);
    for (let k = 0; k < hes; k++) {
      const done = rng.chance(0.85);
      const earnedOn = rng.chance(0.001) ? '2023-02-30' : day(rng.int(2022, 2024), rng.int(1, 6), rng.int(1, 28));
      achievements.push({ id: `h${k}`, unit: HES[k], ...(done ? { earnedOn, grade: { scale: 'us-letter', value: LETTERS[rng.int(0, LETTERS.length - 1)] } } : { status: 'in-progress' }), issuer: 'harvard-extension' });
    }
    yield JSON.stringify({ id: `learner-${n + 1}`, achievements });
  }
}

function day(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
