import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { check, readScenario, run, summary, yamlBlocks } from '../_helpers/ruleScenarios.js';

// Every ```yaml block of docs/rules.md whose first line is `# scenario` is a
// complete, runnable example: a catalog, a record, how to audit, and what the
// audit must say. This file runs each one and checks every `expect` entry.

const DOC = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

const BLOCKS = yamlBlocks(DOC);
const SCENARIOS = BLOCKS.filter((b) => b.text.split('\n')[0]!.trim() === '# scenario');

// ---- the scenarios ----------------------------------------------------------

describe('docs/rules.md scenarios', () => {
  it('there are at least 20', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
  });

  it('every yaml block is valid YAML', () => {
    for (const b of BLOCKS) expect(() => parseYaml(b.text), `line ${b.line}`).not.toThrow();
  });

  it.each(SCENARIOS.map((b) => ({ ...b, name: `${b.heading} (line ${b.line})` })))('$name', (block) => {
    const scenario = readScenario(block);
    expect(Object.keys(scenario.expect).length, 'a scenario must expect something').toBeGreaterThan(0);
    const result = run(scenario);
    expect(check(scenario.expect, result), summary(result)).toEqual([]);
  });
});

// ---- what the scenarios cover -------------------------------------------------

interface Coverage {
  readonly keys: Set<string>;
  readonly exceptions: Set<string>;
  readonly reasons: Set<string>;
}

function collect(value: unknown, into: Set<string>, prefix: string): void {
  if (Array.isArray(value)) value.forEach((v) => collect(v, into, prefix));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(`${prefix}${k}`);
      collect(v, into, prefix);
    }
  }
}

function coverage(): Coverage {
  const keys = new Set<string>();
  const exceptions = new Set<string>();
  const reasons = new Set<string>();
  for (const block of SCENARIOS) {
    const s = readScenario(block);
    const catalog = s.catalog as { units?: { requirements?: unknown; policies?: object }[]; recognitions?: { conditions?: object; limits?: object }[] };
    for (const unit of catalog.units ?? []) {
      collect(unit.requirements, keys, 'req.');
      for (const k of Object.keys(unit.policies ?? {})) keys.add(`policy.${k}`);
    }
    for (const rec of catalog.recognitions ?? []) {
      for (const k of Object.keys(rec.conditions ?? {})) keys.add(`condition.${k}`);
      for (const k of Object.keys(rec.limits ?? {})) keys.add(`limit.${k}`);
    }
    const record = s.record as { exceptions?: { kind: string }[] };
    for (const x of [...(record.exceptions ?? []), ...(s.audit.exceptions ?? [])]) exceptions.add(x.kind);
    if (s.audit.include !== undefined) keys.add('audit.include');
    for (const code of Object.values(s.expect.unused ?? {})) reasons.add(code);
    for (const code of Object.values(s.expect.reasons ?? {})) reasons.add(code);
  }
  return { keys, exceptions, reasons };
}

describe('docs/rules.md scenarios cover the rule language', () => {
  const c = coverage();

  it.each(['all', 'any', 'atLeast', 'unit', 'select', 'max', 'min'])('node field %s', (k) => {
    expect(c.keys.has(`req.${k}`)).toBe(true);
  });

  it.each(['minGrade', 'minGpa', 'earnedWithin', 'earnedBetween', 'verified', 'maxRecognized', 'maxPer', 'minDistinct', 'share'])('qualifier %s', (k) => {
    expect(c.keys.has(`req.${k}`)).toBe(true);
  });

  it.each(['totalCredits', 'residency', 'maxRecognized', 'timeLimit', 'minGpa', 'creditSystem', 'retakes'])('policy %s', (k) => {
    expect(c.keys.has(`policy.${k}`)).toBe(true);
  });

  it.each(['minGrade', 'verified', 'earnedWithin', 'issuerAccreditedBy'])('recognition condition %s', (k) => {
    expect(c.keys.has(`condition.${k}`)).toBe(true);
  });

  it.each(['waive', 'substitute', 'pin', 'exclude', 'credit'])('exception %s', (k) => {
    expect(c.exceptions.has(k)).toBe(true);
  });

  it('look-ahead', () => {
    expect(c.keys.has('audit.include')).toBe(true);
  });

  it.each([
    'excluded',
    'in_progress',
    'planned',
    'failed',
    'withdrawn',
    'grade_not_passing',
    'earned_after_as_of',
    'expired',
    'retake',
    'grade_below_minimum',
    'not_verified',
    'earned_too_long_ago',
    'outside_dates',
    'recognition_condition',
    'recognition_dates',
    'recognition_limit',
    'matched_nothing',
    'not_needed',
    'past_maximum',
    'missing_unit',
    'need_credits',
    'need_count',
    'need_children',
    'need_distinct',
    'gpa_too_low',
    'waived',
  ])('reason %s', (code) => {
    expect(c.reasons.has(code)).toBe(true);
  });
});
