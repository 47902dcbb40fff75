import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { UsageError } from '../UsageError.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../DocumentKind.js';
import { catalogJsonSchema, recordJsonSchema, type JsonSchema } from '../../model/jsonSchema.js';

const HELP = `Usage: credstack schema catalog|record

Prints the JSON Schema (draft 2020-12) of a catalog or of a learner's record,
for tools in other languages to check what they send. It is the schema
published as schema/catalog.schema.json and schema/record.schema.json, and
describes the shape alone: references, duplicate ids, cycles and real
calendar days are checked by credstack validate. See docs/interop/json-schema.md.

Options:
  -h, --help   Show this help

Exit codes:
  0   printed
  2   usage error: no document kind, or one that is neither catalog nor record

Examples:
  credstack schema catalog > catalog.schema.json
  credstack schema record | jq '.$defs | keys'
`;

const SCHEMAS: Readonly<Record<DocumentKind, () => JsonSchema>> = { catalog: catalogJsonSchema, record: recordJsonSchema };

/**
 * `credstack schema catalog|record`: prints the JSON Schema of a catalog or
 * of a learner's record.
 *
 * @example
 * ```ts
 * const exitCode = await schema.run(['catalog'], io);
 * ```
 *
 * @category Command line
 */
export const schema: Command = {
  name: 'schema',
  help: HELP,
  run: runSchema,
};

async function runSchema(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  const [name, ...extra] = positionals;
  const kinds = DOCUMENT_KINDS.join(' or ');
  if (name === undefined) throw new UsageError(`schema needs the kind of document: ${kinds}`);
  if (extra.length > 0) throw new UsageError(`schema takes one kind of document, not ${positionals.length}`);
  const kind = DOCUMENT_KINDS.find((k) => k === name);
  if (kind === undefined) throw new UsageError(`schema prints the schema of a ${kinds}, not '${name}'`);
  io.stdout(`${JSON.stringify(SCHEMAS[kind](), null, 2)}\n`);
  return EXIT_CODES.success;
}
