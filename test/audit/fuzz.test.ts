/**
 * Bad input to the audit (design/quality.md, "Bad input"): whatever the
 * record or the options, `safeAudit` returns a result or
 * `{ success: false, issues }` with only the library's own issue codes; it
 * never throws.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyRuns } from '../_helpers/propertyRuns.js';
import { safeAudit } from '../../src/audit/safeAudit.js';
import type { AuditOptions } from '../../src/audit/AuditOptions.js';
import type { Catalog } from '../../src/catalog/Catalog.js';
import type { AuditResult } from '../../src/audit/AuditResult.js';
import type { SafeResult } from '../../src/issues/Result.js';
import { ISSUE_CODES } from '../../src/issues/issueCode.js';
import { auditInstanceArb, type AuditInstance } from '../_helpers/auditArbitraries.js';
import { parse } from '../_helpers/auditResults.js';
import { deepFreeze } from '../_helpers/deepFreeze.js';

const codes = new Set<string>(ISSUE_CODES);
const RUNS = propertyRuns(150);

/** A fixed valid instance, for the tests that vary only the record or options. */
const base: AuditInstance = fc.sample(auditInstanceArb, { numRuns: 1, seed: 42 })[0]!;
const baseCatalog: Catalog = parse(base.catalog);

function check(outcome: SafeResult<AuditResult>): void {
  if (outcome.success) {
    expect(typeof outcome.data.satisfied).toBe('boolean');
    return;
  }
  expect(outcome.issues.length).toBeGreaterThan(0);
  for (const issue of outcome.issues) {
    expect(codes.has(issue.code), `unexpected issue code ${String(issue.code)}`).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe('string');
  }
}

/** Calls safeAudit, turning a throw into a failed expectation that names the error. */
function audit(catalog: Catalog, record: unknown, programId: unknown, options: unknown): SafeResult<AuditResult> {
  try {
    return safeAudit(catalog, record, programId as string, options as AuditOptions);
  } catch (error) {
    expect.fail(`safeAudit threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
}

/** Values that break naive code: odd ids, non-finite numbers, impossible dates, wrong types. */
const nasty = fc.constantFrom<unknown>(
  '__proto__', 'constructor', 'toString', '', ' ', 'P', 'P1.5Y', 'PT1H', '2023-02-29', '2024-13-01', '0000-01-01', '9999-12-31',
  -1, 0, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 0.1, null, true, [], {}, [[]], { __proto__: null }, 'completed', 'planned',
);

/** Every path to a value inside plain data. */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

/** A copy of `value` with one place changed: the value replaced, removed, or a stray field added. */
function mutate(value: unknown, path: readonly (string | number)[], how: 'replace' | 'delete' | 'add', replacement: unknown): unknown {
  if (path.length === 0) {
    if (how === 'add' && value !== null && typeof value === 'object' && !Array.isArray(value)) return { ...value, stray: replacement };
    return how === 'delete' ? undefined : replacement;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const next = mutate(copy[head as number], rest, how, replacement);
    if (next === undefined && rest.length === 0) copy.splice(head as number, 1);
    else copy[head as number] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const next = mutate(copy[head as string], rest, how, replacement);
  if (next === undefined && rest.length === 0) delete copy[head as string];
  else copy[head as string] = next;
  return copy;
}

/** A valid instance with one to three places of its record (or options) damaged. */
const nearValid = fc
  .tuple(
    auditInstanceArb,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace' as const, 'delete' as const, 'add' as const), fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }))), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
  )
  .map(([instance, changes, damageOptions]) => {
    let target: unknown = damageOptions ? instance.options : instance.record;
    for (const [pick, how, replacement] of changes) {
      const all = paths(target);
      target = mutate(target, all[pick % all.length]!, how, replacement);
    }
    return { instance, record: damageOptions ? instance.record : target, options: damageOptions ? target : instance.options };
  });

describe('safeAudit on bad input', () => {
  it('returns only its own issues for arbitrary JSON as the record', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (record) => check(audit(baseCatalog, record, base.programId, base.options))),
      { numRuns: RUNS },
    );
  });

  it('returns only its own issues for arbitrary JSON as the options', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (options) => check(audit(baseCatalog, base.record, base.programId, options))),
      { numRuns: RUNS },
    );
  });

  it('returns only its own issues for arbitrary text as the record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(base.record))), (text) => check(audit(baseCatalog, text, base.programId, base.options))),
      { numRuns: RUNS },
    );
  });

  it('survives odd objects (null prototypes, odd keys, non-JSON values) as record and options', () => {
    const odd = fc.anything({
      key: fc.constantFrom('__proto__', 'constructor', 'achievements', 'exceptions', 'id', 'unit', 'asOf', 'include', 'stepBudget'),
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(odd, odd, (record, options) => check(audit(baseCatalog, record, base.programId, options))),
      { numRuns: RUNS },
    );
  });

  it('returns only its own issues for near-valid records and options', () => {
    fc.assert(
      fc.property(nearValid, ({ instance, record, options }) => check(audit(parse(instance.catalog), record, instance.programId, options))),
      { numRuns: RUNS },
    );
  });

  it('reports a bad catalog argument or program id as issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.string(), fc.jsonValue()), (catalog, programId) => {
        check(audit(catalog as unknown as Catalog, base.record, 'P', base.options));
        check(audit(baseCatalog, base.record, programId, base.options));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('safeAudit on deep-frozen input', () => {
  it('audits deep-frozen documents and options as it does plain ones', () => {
    fc.assert(
      fc.property(auditInstanceArb, (instance) => {
        const plain = audit(parse(instance.catalog), instance.record, instance.programId, instance.options);
        const frozen = deepFreeze(structuredClone(instance));
        const outcome = audit(parse(frozen.catalog), frozen.record, frozen.programId, frozen.options);
        expect(outcome.success).toBe(true);
        expect(outcome).toStrictEqual(plain);
      }),
      { numRuns: 50 },
    );
  });
});
