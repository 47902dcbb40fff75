import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mitScmExample } from '../../examples/01-mit-scm-micromasters.js';
import { harvardExample } from '../../examples/02-harvard-extension.js';
import { shortExample, lapsedExample } from '../../examples/03-lapsed-or-short.js';

describe('examples', () => {
  it('01: the MicroMasters counts as the online semester of MIT SCMb, 42 of 90 units', () => {
    const r = mitScmExample();
    expect(r.inferred.map((c) => c.unit)).toEqual(['mitx-scm-micromasters']);
    expect(r.totals.credits).toMatchObject({ applied: 42, required: 90, remaining: 48 });
    expect(r.satisfied).toBe(false);
  });

  it('02: Harvard Extension counts it as 16 of 48 credits', () => {
    const r = harvardExample();
    expect(r.totals.credits).toMatchObject({ applied: 16, required: 48, remaining: 32 });
  });

  it('03: an exam below the pass mark, and a credential outside the agreement window, each say why', () => {
    const short = shortExample();
    expect(short.totals.credits.applied).toBe(0);
    expect(short.unused.find((u) => u.achievement === 'a-SCMx-CFx')?.reasons[0]?.code).toBe('grade_not_passing');
    const lapsed = lapsedExample();
    expect(lapsed.totals.credits.applied).toBe(0);
    expect(lapsed.unused[0]?.reasons.map((r) => r.code)).toContain('recognition_condition');
  });

  it('each example runs as a script and prints its report', () => {
    for (const file of ['01-mit-scm-micromasters.ts', '02-harvard-extension.ts', '03-lapsed-or-short.ts']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], { encoding: 'utf8' });
      expect(out).toContain('Status:');
    }
  }, 60_000);
});
