/**
 * Seeded shuffles of an audit instance's lists: the reorderings law L2
 * (order independence) makes.
 */
import type { CatalogDocument } from '../../src/model/catalogDocument.js';
import type { Requirement } from '../../src/model/requirement.js';
import type { AuditInstance } from './auditSpecs.js';

/** A small seeded PRNG (mulberry32), so a shuffle is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function shuffleTree(node: Requirement, random: () => number): Requirement {
  if ('all' in node) return { ...node, all: shuffled(node.all.map((c) => shuffleTree(c, random)), random) };
  if ('any' in node) return { ...node, any: shuffled(node.any.map((c) => shuffleTree(c, random)), random) };
  if ('atLeast' in node) return { ...node, of: shuffled(node.of.map((c) => shuffleTree(c, random)), random) };
  return node;
}

/** What to shuffle. */
export interface ShuffleParts {
  readonly achievements?: boolean;
  readonly units?: boolean;
  readonly organisations?: boolean;
  readonly recognitions?: boolean;
  readonly children?: boolean;
}

/** A copy of the instance with the chosen lists shuffled (node ids are explicit, so they do not move). */
export function shuffleInstance(instance: AuditInstance, seed: number, parts: ShuffleParts): AuditInstance {
  const random = prng(seed);
  const doc = structuredClone(instance.catalog);
  let units = parts.units ? shuffled(doc.units, random) : doc.units;
  if (parts.children) units = units.map((u) => (u.requirements ? { ...u, requirements: shuffleTree(u.requirements, random) } : u));
  const catalog: CatalogDocument = {
    ...doc,
    units,
    ...(doc.organisations && { organisations: parts.organisations ? shuffled(doc.organisations, random) : doc.organisations }),
    ...(doc.recognitions && { recognitions: parts.recognitions ? shuffled(doc.recognitions, random) : doc.recognitions }),
  };
  const record = structuredClone(instance.record);
  return {
    ...instance,
    catalog,
    record: { ...record, achievements: parts.achievements ? shuffled(record.achievements, random) : record.achievements },
  };
}
