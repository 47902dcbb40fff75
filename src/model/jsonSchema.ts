import * as z from 'zod/mini';
import { catalogDocumentSchema } from './catalogDocument.js';
import { recordDocumentSchema } from './recordDocument.js';
import { isoDateSchema } from './isoDate.js';
import { durationSchema } from './duration.js';
import { requirementSchema } from './requirement.js';
import { filterSchema } from './filter.js';
import { creditsSchema } from './credits.js';
import { amountsSchema } from './amounts.js';
import { unitSchema, offeringSchema } from './unit.js';
import { organisationSchema } from './organisation.js';
import { recognitionSchema } from './recognition.js';
import { gradeScaleSchema } from './gradeScale.js';
import { creditSystemDefinitionSchema } from './creditSystemDefinition.js';
import { policiesSchema } from './policies.js';
import { achievementSchema } from './achievement.js';
import { exceptionSchema } from './exception.js';
import { extensionsSchema } from './extensions.js';
import { microcredentialSchema } from './microcredential.js';
import { describeFields } from './describeFields.js';

/**
 * A JSON Schema document, as plain JSON-serialisable data.
 *
 * @category Schemas
 */
export type JsonSchema = Record<string, unknown>;

/**
 * Where the published catalog JSON Schema lives; its `$id`.
 *
 * @category Schemas
 */
export const CATALOG_JSON_SCHEMA_ID = 'https://unpkg.com/credstack/schema/catalog.schema.json';

/**
 * Where the published record JSON Schema lives; its `$id`.
 *
 * @category Schemas
 */
export const RECORD_JSON_SCHEMA_ID = 'https://unpkg.com/credstack/schema/record.schema.json';

// The zod refinements that check dates and durations cannot be written in
// JSON Schema; their shape can, so other tools reject most of what zod does.
// A pattern cannot tell 2023-02-30 from a real day: `safeParseCatalog` can.
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DURATION_PATTERN = '^P(?!$)(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?$';

// Names for the definitions (`$defs`) other schemas refer to; the recursive
// ones (Requirement, Filter) would otherwise get generated names. The
// registry is private, so zod's global registry is left alone.
const names = z.registry<{ id: string }>();
const named: [z.core.$ZodType, string][] = [
  [requirementSchema, 'Requirement'],
  [filterSchema, 'Filter'],
  [creditsSchema, 'Credits'],
  [amountsSchema, 'Amounts'],
  [unitSchema, 'Unit'],
  [offeringSchema, 'Offering'],
  [microcredentialSchema, 'Microcredential'],
  [policiesSchema, 'Policies'],
  [organisationSchema, 'Organisation'],
  [recognitionSchema, 'Recognition'],
  [gradeScaleSchema, 'GradeScale'],
  [creditSystemDefinitionSchema, 'CreditSystemDefinition'],
  [achievementSchema, 'Achievement'],
  [exceptionSchema, 'Exception'],
  [extensionsSchema, 'Extensions'],
];
for (const [schema, id] of named) names.add(schema, { id });

function generate(schema: z.core.$ZodType, id: string, title: string, description: string, rootType: string): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    metadata: names,
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === isoDateSchema) Object.assign(jsonSchema, { format: 'date', pattern: DATE_PATTERN });
      if (zodSchema === durationSchema) Object.assign(jsonSchema, { pattern: DURATION_PATTERN });
    },
  }) as JsonSchema;
  // A plain copy: zod's result carries a non-JSON `~standard` property.
  const { $schema, ...rest } = JSON.parse(JSON.stringify(generated)) as JsonSchema;
  // Each field described as docs/format.md describes it, for editors.
  describeFields(rest, rootType);
  return { $schema, $id: id, title, description, ...rest };
}

/**
 * The JSON Schema (draft 2020-12) of a catalog document, generated from the
 * zod schemas, for tools in other languages to check what they send. It
 * describes the input (defaults may be left out) and the shape alone: what
 * {@link safeParseCatalog} checks beyond shape (references, duplicate ids,
 * cycles, real calendar dates) it cannot say.
 *
 * @returns a fresh JSON Schema object, the same on every call
 *
 * @example
 * ```ts
 * writeFileSync('catalog.schema.json', JSON.stringify(catalogJsonSchema(), null, 2));
 * ```
 *
 * @category Schemas
 */
export function catalogJsonSchema(): JsonSchema {
  return generate(
    catalogDocumentSchema,
    CATALOG_JSON_SCHEMA_ID,
    'credstack catalog',
    'Organisations, units (courses, credentials, programs), recognitions, grade scales and credit systems, as credstack reads them.',
    'CatalogDocument',
  );
}

/**
 * The JSON Schema (draft 2020-12) of a learner's record, generated from the
 * zod schemas. It describes the input (`status` may be left out) and the
 * shape alone: what {@link safeParseRecord} checks beyond shape (unique ids,
 * dated completions, references into a catalog) it cannot say.
 *
 * @returns a fresh JSON Schema object, the same on every call
 *
 * @example
 * ```ts
 * const schema = recordJsonSchema();
 * schema['$id']; // 'https://unpkg.com/credstack/schema/record.schema.json'
 * ```
 *
 * @category Schemas
 */
export function recordJsonSchema(): JsonSchema {
  return generate(
    recordDocumentSchema,
    RECORD_JSON_SCHEMA_ID,
    'credstack learner record',
    "A learner's achievements (earned, in progress, planned) and the exceptions advisors granted, as credstack reads them.",
    'LearnerRecord',
  );
}
