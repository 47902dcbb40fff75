import { applyLimitSchema } from '../../src/model/applyLimit.js';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parse as parseYaml } from 'yaml';
import { catalogDocumentSchema } from '../../src/model/catalogDocument.js';
import { recordDocumentSchema } from '../../src/model/recordDocument.js';
import { organisationSchema, accreditationSchema } from '../../src/model/organisation.js';
import { unitSchema, offeringSchema } from '../../src/model/unit.js';
import { microcredentialSchema } from '../../src/model/microcredential.js';
import { creditsSchema } from '../../src/model/credits.js';
import { creditSystemDefinitionSchema } from '../../src/model/creditSystemDefinition.js';
import { gradeScaleSchema } from '../../src/model/gradeScale.js';
import { requirementSchema, REQUIREMENT_KEYS, MAX_REQUIREMENT_DEPTH } from '../../src/model/requirement.js';
import { filterSchema } from '../../src/model/filter.js';
import { amountsSchema } from '../../src/model/amounts.js';
import { policiesSchema } from '../../src/model/policies.js';
import { recognitionSchema } from '../../src/model/recognition.js';
import { achievementSchema } from '../../src/model/achievement.js';
import { exceptionSchema } from '../../src/model/exception.js';
import { MAX_DOCUMENT_DEPTH } from '../../src/_internal/checkDepth.js';
import { ISSUE_CODES } from '../../src/issues/issueCode.js';
import { safeParseCatalog } from '../../src/catalog/safeParseCatalog.js';
import { safeParseRecord } from '../../src/record/safeParseRecord.js';
import { compilePattern } from '../../src/rules/compilePattern.js';
import { isIsoDate } from '../../src/model/isoDate.js';
import { parseDuration } from '../../src/model/duration.js';

import {
  def,
  qualifiersSchema,
  NAMED,
  fieldsOf,
  unionOptions,
  compare,
  without,
  common,
  type Schema,
  type Fields,
} from '../_helpers/schemaFields.js';
import {
  DOC,
  cells,
  SECTIONS,
  documented,
  type Row,
} from '../_helpers/formatDoc.js';

const PLAIN: [string, Schema][] = [
  ['CatalogDocument', catalogDocumentSchema],
  ['Organisation', organisationSchema],
  ['Accreditation', accreditationSchema],
  ['Unit', unitSchema],
  ['Offering', offeringSchema],
  ['Microcredential', microcredentialSchema],
  ['Credits', creditsSchema],
  ['CreditSystemDefinition', creditSystemDefinitionSchema],
  ['GradeScale', gradeScaleSchema],
  ['Qualifiers', qualifiersSchema],
  ['Filter', filterSchema],
  ['ApplyLimit', applyLimitSchema],
  ['Amounts', amountsSchema],
  ['Policies', policiesSchema],
  ['Recognition', recognitionSchema],
  ['LearnerRecord', recordDocumentSchema],
  ['Achievement', achievementSchema],
];

const requirementKinds = unionOptions(requirementSchema).map((option, i) => ({ name: REQUIREMENT_KEYS[i]!, fields: fieldsOf(option) }));
const qualifierFields = fieldsOf(qualifiersSchema);
const requirementShared = without(common(requirementKinds.map((k) => k.fields)), qualifierFields.keys());

const exceptionKinds = unionOptions(exceptionSchema).map((option) => {
  const kind = def((option as z.core.$ZodObject)._zod.def.shape['kind']!)['values'] as string[];
  return { name: kind[0]!, fields: fieldsOf(option) };
});
const exceptionShared = common(exceptionKinds.map((k) => k.fields));

describe('docs/format.md documents every field of every type, and no other', () => {
  it.each(PLAIN)('%s', (type, schema) => {
    expect(compare(type, fieldsOf(schema), documented(type))).toEqual([]);
  });

  it('Requirement (the fields every node shares)', () => {
    expect(compare('Requirement', requirementShared, documented('Requirement'))).toEqual([]);
  });

  it.each(requirementKinds)('Requirement node $name', ({ name, fields }) => {
    const own = without(fields, requirementShared.keys(), qualifierFields.keys());
    expect(compare(`Requirement node "${name}"`, own, documented(`Requirement/${name}`))).toEqual([]);
  });

  it('Requirement: the node kinds documented are the node kinds of the schema', () => {
    const documentedKinds = [...SECTIONS.keys()].filter((k) => k.startsWith('Requirement/')).map((k) => k.slice('Requirement/'.length));
    expect(documentedKinds).toEqual(requirementKinds.map((k) => k.name));
  });

  it('Exception (the fields every kind shares)', () => {
    expect(compare('Exception', exceptionShared, documented('Exception'))).toEqual([]);
  });

  it.each(exceptionKinds)('Exception kind $name', ({ name, fields }) => {
    const own = without(fields, exceptionShared.keys());
    expect(compare(`Exception "${name}"`, own, documented(`Exception/${name}`))).toEqual([]);
  });

  it('Exception: the kinds documented are the kinds of the schema', () => {
    const documentedKinds = [...SECTIONS.keys()].filter((k) => k.startsWith('Exception/')).map((k) => k.slice('Exception/'.length));
    expect(documentedKinds).toEqual(exceptionKinds.map((k) => k.name));
  });

  it('every named type has a section', () => {
    for (const name of NAMED.values()) expect(SECTIONS.has(name), name).toBe(true);
  });
});

describe('the comparison itself', () => {
  it('catches a field missing from the doc, a field the schema lacks, and a wrong required column', () => {
    const schema: Fields = new Map([['a', true], ['b', false]]);
    const row = (field: string, required: string): [string, Row] => [field, { field, type: 'text', required, meaning: 'something' }];
    const problems = compare('T', schema, new Map([row('a', 'no'), row('c', 'no')]));
    expect(problems).toEqual([
      'T: field "a" is required in the schema but "no" in docs/format.md',
      'T: field "b" is in the schema but not in docs/format.md',
      'T: field "c" is in docs/format.md but not in the schema',
    ]);
  });

  it('sees nested fields', () => {
    expect([...fieldsOf(gradeScaleSchema).keys()]).toContain('conversions[].map[].from');
    expect([...fieldsOf(achievementSchema).keys()]).toContain('verified.method');
    expect(fieldsOf(achievementSchema).get('status')).toBe(false);
  });
});

// ---- the examples --------------------------------------------------------

/** The schema a fragment example in a section must match. */
function fragmentSchema(key: string): Schema | undefined {
  const type = key.split('/')[0]!;
  // Qualifiers only ever appear on a requirement node, so their example is one.
  if (type === 'Qualifiers') return requirementSchema;
  return [...NAMED].find(([, name]) => name === type)?.[0];
}

const examples = [...SECTIONS.values()].flatMap((s) => s.yaml.map((text, i) => ({ where: `${s.key || '(top)'} #${i + 1}`, key: s.key, text })));
const first = (text: string): string => text.split('\n')[0] ?? '';
const fullCatalog = examples.find((e) => first(e.text) === '# catalog: full example');
const fullRecord = examples.find((e) => first(e.text) === '# record: full example');

describe('docs/format.md examples', () => {
  it('include a full catalog and a full record', () => {
    expect(fullCatalog).toBeDefined();
    expect(fullRecord).toBeDefined();
  });

  it.each(examples)('$where is valid', ({ key, text }) => {
    const head = first(text);
    if (head.startsWith('# catalog')) {
      const result = safeParseCatalog(text);
      expect(result.success ? [] : result.issues).toEqual([]);
    } else if (head.startsWith('# record')) {
      const result = safeParseRecord(text);
      expect(result.success ? [] : result.issues).toEqual([]);
    } else {
      const schema = fragmentSchema(key);
      expect(schema, `a yaml example outside a type's section must start with "# catalog" or "# record"`).toBeDefined();
      const result = z.safeParse(schema!, parseYaml(text));
      expect(result.success ? [] : result.error.issues).toEqual([]);
    }
  });

  it('the full record is valid against the full catalog, with no warnings', () => {
    const catalog = safeParseCatalog(fullCatalog!.text);
    if (!catalog.success) throw new Error(JSON.stringify(catalog.issues));
    const record = safeParseRecord(fullRecord!.text, { catalog: catalog.data });
    expect(record.success ? record.warnings : record.issues).toEqual([]);
  });
});

describe('docs/format.md states the limits and codes the code has', () => {
  it('the depth limits', () => {
    expect(DOC).toContain(`at most ${MAX_REQUIREMENT_DEPTH} levels`);
    expect(DOC).toContain(`at most ${MAX_DOCUMENT_DEPTH} levels`);
  });

  it('only issue codes that exist', () => {
    const checks = DOC.slice(DOC.indexOf('## What is checked beyond shape'), DOC.indexOf('## Conventions'));
    const rows = checks.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| check'));
    const codes = rows.flatMap((l) => [...(cells(l)[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(ISSUE_CODES, code).toContain(code);
  });
});

describe('docs/format.md conventions hold', () => {
  it('id patterns: * is one character, % any run', () => {
    const cs4 = compilePattern('CS 4**');
    expect(['CS 401', 'CS 499', 'CS 4010', 'CS 41'].map(cs4)).toEqual([true, true, false, false]);
    const sc = compilePattern('SC%');
    expect(['SC', 'SC0x', 'XSC0x'].map(sc)).toEqual([true, true, false]);
  });

  it('dates are real calendar days', () => {
    expect(['2024-02-29', '2023-02-29', '2023-04-31', '2023-2-3'].map(isIsoDate)).toEqual([true, false, false, false]);
  });

  it('durations', () => {
    const ok = (t: string): boolean => parseDuration(t) !== undefined;
    expect(['P3Y', 'P18M', 'P2W', 'P90D', 'P1Y6M'].every(ok)).toBe(true);
    expect(['PT1H', 'P1.5Y', 'P'].some(ok)).toBe(false);
  });

  it('__proto__ is an ordinary id', () => {
    const result = safeParseCatalog({
      units: [
        { id: '__proto__', kind: 'course', title: 'Proto' },
        { id: 'constructor', kind: 'certificate', title: 'C', requirements: { all: [{ unit: '__proto__' }] } },
      ],
    });
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('unknown fields are rejected', () => {
    const result = safeParseRecord('achievements:\n  - id: a1\n    unit: SC0x\n    earnedon: 2023-05-20\n');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => [i.code, i.path])).toContainEqual(['unknown_field', ['achievements', 0, 'earnedon']]);
  });
});
