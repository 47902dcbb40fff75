// The TSDoc of every document field (what editors show on hover and typedoc
// prints) says what docs/format.md says, word for word, as the JSON Schemas
// do (fieldDocs.test.ts checks those). The comments sit on the fields of the
// zod shapes, whose inferred types carry them, and on the fields of the
// interfaces written by hand (Filter, the requirement nodes).
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIELD_DOCS } from '../../src/model/fieldDocs.js';

const INDEX = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.src.json', import.meta.url));

function loadProgram(): { checker: ts.TypeChecker; exports: Map<string, ts.Symbol> } {
  const config = ts.getParsedCommandLineOfConfigFile(TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error(`cannot read ${TSCONFIG}`);
  const program = ts.createProgram([INDEX], config.options);
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  return { checker, exports: new Map(checker.getExportsOfModule(entry).map((s) => [s.name, s])) };
}

/** The exported type a section of docs/format.md describes (`Requirement/all` is one node kind). */
const SECTION_TYPES: Readonly<Record<string, string>> = {
  Requirement: 'RequirementBase',
  'Requirement/all': 'AllRequirement',
  'Requirement/any': 'AnyRequirement',
  'Requirement/atLeast': 'AtLeastRequirement',
  'Requirement/unit': 'UnitRequirement',
  'Requirement/select': 'SelectRequirement',
};

/**
 * Fields declared once and documented in two sections: a recognition's
 * `conditions.minGrade` is a `MinGrade`, declared as the qualifier
 * `minGrade`, whose comments carry the qualifier's words.
 */
const DECLARED_AS: Readonly<Record<string, readonly [string, string]>> = {
  'Recognition conditions.minGrade.scale': ['Qualifiers', 'minGrade.scale'],
  'Recognition conditions.minGrade.grade': ['Qualifiers', 'minGrade.grade'],
};

describe('field TSDoc', () => {
  const { checker, exports } = loadProgram();

  const typeOf = (section: string): ts.Type => {
    const [name = section, kind] = section.startsWith('Exception/') ? ['Exception', section.slice('Exception/'.length)] : [SECTION_TYPES[section] ?? section];
    const symbol = exports.get(name);
    if (symbol === undefined) throw new Error(`${name} is not exported from src/index.ts`);
    const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
    if (kind === undefined) return type;
    // One kind of the Exception union: the member whose `kind` is that literal.
    const member = (type.isUnion() ? type.types : [type]).find((t) => {
      const k = t.getProperty('kind');
      return k !== undefined && checker.typeToString(checker.getTypeOfSymbol(k)) === JSON.stringify(kind);
    });
    if (member === undefined) throw new Error(`Exception has no kind ${kind}`);
    return member;
  };

  /** The field at `path` (`externalIds[].scheme`) of `type`, looking through optional values, lists and unions. */
  const fieldAt = (type: ts.Type, path: string): ts.Symbol | undefined => {
    let current: ts.Type | undefined = type;
    let field: ts.Symbol | undefined;
    for (const step of path.split('.')) {
      const [name, ...lists] = step.split('[]');
      const holders: readonly ts.Type[] = current === undefined ? [] : current.isUnion() ? current.types : [current];
      field = holders.map((t) => t.getProperty(name!)).find((s) => s !== undefined);
      if (field === undefined) return undefined;
      current = checker.getNonNullableType(checker.getTypeOfSymbol(field));
      for (let i = 0; i < lists.length && current !== undefined; i++) current = current.getNumberIndexType();
    }
    return field;
  };

  const cases = [...FIELD_DOCS].flatMap(([section, fields]) =>
    [...fields].map(([path, text]) => {
      const [owner, ownPath] = DECLARED_AS[`${section} ${path}`] ?? [section, path];
      return [section, path, FIELD_DOCS.get(owner)?.get(ownPath) ?? text] as const;
    }),
  );

  it.each(cases)('%s.%s says what docs/format.md says', (section, path, text) => {
    const field = fieldAt(typeOf(section), path);
    expect(field, `${section} has no field ${path}`).toBeDefined();
    const doc = ts.displayPartsToString(field!.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
    expect(doc).toBe(text);
  });
});
