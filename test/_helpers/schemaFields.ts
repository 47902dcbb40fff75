/** Walks zod schemas into their fields (dotted paths → required), and compares them with a documented table. */
import { applyLimitSchema } from '../../src/model/applyLimit.js';
import type { Row } from './formatDoc.js';
import * as z from 'zod';
import { catalogDocumentSchema } from '../../src/model/catalogDocument.js';
import { recordDocumentSchema } from '../../src/model/recordDocument.js';
import { organisationSchema, accreditationSchema } from '../../src/model/organisation.js';
import { unitSchema, offeringSchema } from '../../src/model/unit.js';
import { microcredentialSchema } from '../../src/model/microcredential.js';
import { creditsSchema } from '../../src/model/credits.js';
import { creditSystemDefinitionSchema } from '../../src/model/creditSystemDefinition.js';
import { gradeScaleSchema } from '../../src/model/gradeScale.js';
import { requirementSchema } from '../../src/model/requirement.js';
import { qualifiersShape } from '../../src/model/qualifiers.js';
import { filterSchema } from '../../src/model/filter.js';
import { amountsSchema } from '../../src/model/amounts.js';
import { policiesSchema } from '../../src/model/policies.js';
import { recognitionSchema } from '../../src/model/recognition.js';
import { achievementSchema } from '../../src/model/achievement.js';
import { exceptionSchema } from '../../src/model/exception.js';

// ---- the schemas, walked -------------------------------------------------

export type Schema = z.core.$ZodType;
/** A field's dotted path (`grades[].grade`) → whether it is required in the object holding it. */
export type Fields = Map<string, boolean>;

export const def = (s: Schema): Record<string, unknown> & { type: string } => s._zod.def as never;

export const qualifiersSchema = z.strictObject(qualifiersShape);

/** The types with a section of their own: a field of one of these types is documented there, not inline. */
export const NAMED = new Map<Schema, string>([
  [catalogDocumentSchema, 'CatalogDocument'],
  [organisationSchema, 'Organisation'],
  [accreditationSchema, 'Accreditation'],
  [unitSchema, 'Unit'],
  [offeringSchema, 'Offering'],
  [microcredentialSchema, 'Microcredential'],
  [creditsSchema, 'Credits'],
  [creditSystemDefinitionSchema, 'CreditSystemDefinition'],
  [gradeScaleSchema, 'GradeScale'],
  [requirementSchema, 'Requirement'],
  [filterSchema, 'Filter'],
  [amountsSchema, 'Amounts'],
  [policiesSchema, 'Policies'],
  [recognitionSchema, 'Recognition'],
  [recordDocumentSchema, 'LearnerRecord'],
  [achievementSchema, 'Achievement'],
  [exceptionSchema, 'Exception'],
  [applyLimitSchema, 'ApplyLimit'],
]);

/** Strips optional/default/lazy wrappers, stopping at a named type. */
export function resolve(schema: Schema, stopAtNamed: boolean): Schema {
  let s = schema;
  for (;;) {
    if (stopAtNamed && NAMED.has(s)) return s;
    const d = def(s);
    if (d.type === 'lazy') s = (d['getter'] as () => Schema)();
    else if ('innerType' in d) s = d['innerType'] as Schema;
    else return s;
  }
}

export function isObject(s: Schema): s is z.core.$ZodObject {
  return def(s).type === 'object';
}

export function walkObject(obj: z.core.$ZodObject, prefix: string, out: Fields): Fields {
  for (const [name, field] of Object.entries(obj._zod.def.shape)) {
    const path = prefix + name;
    out.set(path, field._zod.optin === undefined);
    walkValue(field, path, out);
  }
  return out;
}

export function walkValue(schema: Schema, path: string, out: Fields): void {
  const s = resolve(schema, true);
  if (NAMED.has(s)) return;
  const d = def(s);
  if (isObject(s)) walkObject(s, `${path}.`, out);
  else if (d.type === 'array') walkValue(d['element'] as Schema, `${path}[]`, out);
  else if (d.type === 'union') for (const option of d['options'] as Schema[]) walkValue(option, path, out);
}

export function fieldsOf(schema: Schema): Fields {
  const s = resolve(schema, false);
  if (!isObject(s)) throw new Error(`expected an object schema, got ${def(s).type}`);
  return walkObject(s, '', new Map());
}

export function unionOptions(schema: Schema): Schema[] {
  return def(resolve(schema, false))['options'] as Schema[];
}

// ---- comparing -----------------------------------------------------------

/** Every disagreement between a schema's fields and a section's table, as readable lines. */
export function compare(type: string, schema: Fields, doc: Map<string, Row>): string[] {
  const problems: string[] = [];
  for (const [field, required] of schema) {
    const row = doc.get(field);
    if (!row) problems.push(`${type}: field "${field}" is in the schema but not in docs/format.md`);
    else {
      if (row.meaning.length < 3) problems.push(`${type}: field "${field}" has no meaning in docs/format.md`);
      const docRequired = /^yes\b/.test(row.required);
      if (docRequired !== required) {
        problems.push(`${type}: field "${field}" is ${required ? 'required' : 'optional'} in the schema but "${row.required}" in docs/format.md`);
      }
    }
  }
  for (const field of doc.keys()) {
    if (!schema.has(field)) problems.push(`${type}: field "${field}" is in docs/format.md but not in the schema`);
  }
  return problems;
}

export function without(fields: Fields, ...others: Iterable<string>[]): Fields {
  const drop = new Set(others.flatMap((o) => [...o]));
  return new Map([...fields].filter(([k]) => !drop.has(k)));
}

export function common(all: Fields[]): Fields {
  const [first, ...rest] = all;
  return new Map([...(first ?? [])].filter(([k]) => rest.every((f) => f.has(k))));
}

