import { describe, expect, it } from 'vitest';
import { catalogDocumentSchema, type CatalogDocument } from '../../src/model/catalogDocument.js';
import { recordDocumentSchema } from '../../src/model/recordDocument.js';
import { isIsoDate } from '../../src/model/isoDate.js';
import type { Filter } from '../../src/model/filter.js';
import type { Requirement } from '../../src/model/requirement.js';
import { generateCatalog, generateRecord } from './generateCatalog.js';
import { countNodes } from './generateProgram.js';
import { unfillableSections } from './unfillableSections.js';

const BUILT_IN_SYSTEMS = new Set(['ects', 'us-semester', 'us-quarter', 'ceu', 'uk-cats', 'clock-hour']);
const small = generateCatalog({ seed: 7, units: 300, programs: 10 });

/** Everything a reference check would report, as readable strings (empty when the catalog is sound). */
function referenceProblems(catalog: CatalogDocument): string[] {
  const problems: string[] = [];
  const orgs = new Set((catalog.organisations ?? []).map((o) => o.id));
  const scales = new Map((catalog.gradeScales ?? []).map((s) => [s.id, s]));
  const index = new Map<string, number>();
  catalog.units.forEach((u, i) => (index.has(u.id) ? problems.push(`duplicate unit ${u.id}`) : index.set(u.id, i)));
  if (orgs.size !== (catalog.organisations ?? []).length) problems.push('duplicate organisation id');
  const grade = (where: string, scale: string, value: string | number): void => {
    const s = scales.get(scale);
    const ok = s?.grades ? s.grades.some((g) => g.grade === value) : s?.range ? typeof value === 'number' && value >= s.range.min && value <= s.range.max : false;
    if (!ok) problems.push(`${where}: grade ${value} not on scale ${scale}`);
  };
  const filter = (where: string, f: Filter): void => {
    for (const id of f.ids ?? []) if (!index.has(id)) problems.push(`${where}: unknown unit ${id}`);
    for (const id of f.providers ?? []) if (!orgs.has(id)) problems.push(`${where}: unknown provider ${id}`);
    for (const inner of [...(f.anyOf ?? []), ...(f.not === undefined ? [] : [f.not].flat())]) filter(where, inner);
  };
  const walk = (where: string, node: Requirement, before: number, depth: number): void => {
    if (depth > 4) problems.push(`${where}: nested deeper than 4`);
    if (node.minGrade) grade(where, node.minGrade.scale, node.minGrade.grade);
    if ('unit' in node && !((index.get(node.unit) ?? Infinity) < before)) problems.push(`${where}: ${node.unit} missing or not earlier`);
    if ('select' in node) filter(where, node.select);
    if ('atLeast' in node && node.atLeast > node.of.length) problems.push(`${where}: atLeast past its children`);
    const children = 'all' in node ? node.all : 'any' in node ? node.any : 'of' in node ? node.of : [];
    for (const child of children) walk(where, child, before, depth + 1);
  };
  catalog.units.forEach((u, i) => {
    if (u.provider !== undefined && !orgs.has(u.provider)) problems.push(`${u.id}: unknown provider`);
    if (u.credits && !BUILT_IN_SYSTEMS.has(u.credits.system)) problems.push(`${u.id}: unknown credit system`);
    if (u.policies?.creditSystem !== undefined && !BUILT_IN_SYSTEMS.has(u.policies.creditSystem)) problems.push(`${u.id}: unknown policy system`);
    if (u.prerequisites) walk(`${u.id} prerequisites`, u.prerequisites, i, 1);
    if (u.requirements) walk(`${u.id} requirements`, u.requirements, i, 1);
    if (u.offering?.cost?.asOf !== undefined && !isIsoDate(u.offering.cost.asOf)) problems.push(`${u.id}: bad date`);
  });
  for (const o of catalog.organisations ?? []) for (const a of o.accreditations ?? []) if (!orgs.has(a.by)) problems.push(`${o.id}: unknown accreditor`);
  for (const r of catalog.recognitions ?? []) {
    if (!orgs.has(r.institution)) problems.push(`${r.id}: unknown institution`);
    if (r.program !== undefined && !index.has(r.program)) problems.push(`${r.id}: unknown program`);
    filter(r.id, r.from);
    for (const id of r.grants.units ?? []) if (!index.has(id)) problems.push(`${r.id}: unknown granted unit ${id}`);
    if (r.conditions?.minGrade) grade(r.id, r.conditions.minGrade.scale, r.conditions.minGrade.grade);
    if (r.conditions?.issuerAccreditedBy !== undefined && !orgs.has(r.conditions.issuerAccreditedBy)) problems.push(`${r.id}: unknown accreditor`);
    if (r.validFrom !== undefined && r.validUntil !== undefined && r.validFrom > r.validUntil) problems.push(`${r.id}: ends before it starts`);
  }
  return problems;
}

describe('generateCatalog', () => {
  it('is deterministic: the same seed gives the same catalog, another seed another', () => {
    expect(generateCatalog({ seed: 7, units: 300, programs: 10 })).toEqual(small);
    expect(generateCatalog({ seed: 8, units: 300, programs: 10 })).not.toEqual(small);
  });

  it('has the requested sizes', () => {
    expect(small.units).toHaveLength(310);
    expect(small.units.filter((u) => u.kind === 'degree' || u.kind === 'certificate')).toHaveLength(10);
    expect(small.units.filter((u) => u.kind === 'micro-credential' || (u.kind === 'badge' && u.requirements)).length).toBeGreaterThan(5);
    expect(small.organisations?.length).toBeGreaterThanOrEqual(18);
    const big = generateCatalog({ seed: 1, units: 2000, programs: 50 });
    expect(big.units).toHaveLength(2050);
    for (const program of big.units.filter((u) => u.kind === 'degree' || u.kind === 'certificate')) {
      expect(countNodes(program.requirements as Requirement)).toBeGreaterThanOrEqual(30);
      expect(countNodes(program.requirements as Requirement)).toBeLessThanOrEqual(60);
    }
  });

  it('passes the catalog document schema', () => {
    const result = catalogDocumentSchema.safeParse(JSON.parse(JSON.stringify(small)));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('has every reference resolving, only earlier units named, and shallow requirements', () => {
    expect(referenceProblems(small)).toEqual([]);
    expect(referenceProblems(generateCatalog({ seed: 99, units: 1500, programs: 40 }))).toEqual([]);
  });

  it('gives programs a learner could finish: units of the catalog can fill every section', () => {
    // The P4 and P5 catalog, the sizes above, and small catalogs where a provider teaches little.
    expect(unfillableSections(generateCatalog({ seed: 5, units: 5000, programs: 200 }))).toEqual([]);
    expect(unfillableSections(small)).toEqual([]);
    expect(unfillableSections(generateCatalog({ seed: 99, units: 1500, programs: 40 }))).toEqual([]);
    for (let seed = 30; seed < 40; seed++) expect(unfillableSections(generateCatalog({ seed, units: 60, programs: 4 }))).toEqual([]);
  });

  it('copes with tiny sizes', () => {
    const tiny = generateCatalog({ seed: 3, units: 12, programs: 2 });
    expect(tiny.units).toHaveLength(14);
    expect(referenceProblems(tiny)).toEqual([]);
    expect(unfillableSections(tiny)).toEqual([]);
    expect(catalogDocumentSchema.safeParse(tiny).success).toBe(true);
  });
});

describe('generateRecord', () => {
  it('gives a valid, deterministic record of units of the catalog', () => {
    const program = small.units.find((u) => u.kind === 'degree' || u.kind === 'certificate')?.id;
    const options = { seed: 5, catalog: small, achievements: 40, ...(program === undefined ? {} : { program }) };
    const record = generateRecord(options);
    expect(generateRecord(options)).toEqual(record);
    expect(record.achievements).toHaveLength(40);
    expect(recordDocumentSchema.safeParse(record).success).toBe(true);
    const ids = new Set(small.units.map((u) => u.id));
    const external = new Set(small.units.flatMap((u) => (u.externalIds ?? []).map((e) => e.id)));
    for (const a of record.achievements) expect(a.unit !== undefined ? ids.has(a.unit) : external.has(a.externalId?.id ?? '')).toBe(true);
  });
});
