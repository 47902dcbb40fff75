import { stringify } from 'yaml';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { parseDateArg } from '../parseDateArg.js';
import { LIMIT_HELP, LIMIT_OPTIONS, parseLimitArgs } from '../parseLimitArgs.js';
import { readDocument } from '../readDocument.js';
import { loadCatalogFile, writeIssueLines } from '../loadCatalogFile.js';
import { UsageError } from '../UsageError.js';
import { IMPORT_FORMATS } from '../import/importFormats.js';
import type { ImportFormat, ImportSettings } from '../import/ImportFormat.js';
import { readKeyFile } from '../import/readKeyFile.js';

const HELP = `Usage: credstack import FORMAT FILE [options]

Reads a document in a standard format and prints it as credstack documents
(YAML, or JSON with --json): a learner's record, or catalog parts (units,
organisations, recognitions). Warnings (what was assumed, what could not be
mapped, proofs not checked) go to standard error. Nothing read is lost: what
credstack does not model is kept in each item's extensions.

Formats:
${IMPORT_FORMATS.map((f) => `  ${f.name.padEnd(6)}${f.summary}`).join('\n')}

Options:
  --catalog FILE          Map achievements to this catalog's units (by
                          externalIds, id or alignment) and check them
  --as-of YYYY-MM-DD      The day of the import: expired credentials are
                          flagged
  --credit-system ID      The credit system of credits given without one
                          (Open Badges credits carry no unit)
  --key FILE              A public JWK (JSON) to check VC-JWT signatures
  --trust-header-key      Check a VC-JWT against the JWK in its own header
                          (proves the token is unaltered, not who signed it)
  --parts                 Also make catalog parts for what the document
                          describes (units, organisations, stacks)
  --emit record|catalog   Which document to print (default: the format's
                          own; catalog needs --parts for ob3 and clr)
  --json                  Print JSON instead of YAML
${LIMIT_HELP}
  -h, --help              Show this help

Exit codes:
  0   imported (warnings may have been printed)
  2   usage error
  3   the file or catalog is missing, unreadable or invalid, or the document
      cannot be imported (a signature that fails, a required field missing)

Examples:
  credstack import ob3 badge.json --as-of 2024-06-30 --credit-system us-semester > record.yaml
  credstack import ob3 badge.jwt --key issuer.jwk.json --catalog catalog.yaml
  credstack import clr transcript.json --parts --emit catalog > parts.yaml
`;

/**
 * `credstack import FORMAT FILE`: reads an Open Badge, a CLR (and the other
 * standards in {@link IMPORT_FORMATS}) and prints credstack documents.
 *
 * @example
 * ```ts
 * const exitCode = await importCommand.run(['ob3', 'badge.json'], io);
 * ```
 *
 * @category Command line
 */
export const importCommand: Command = {
  name: 'import',
  help: HELP,
  run: runImport,
};

async function runImport(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      catalog: { type: 'string' },
      'as-of': { type: 'string' },
      'credit-system': { type: 'string' },
      key: { type: 'string' },
      'trust-header-key': { type: 'boolean' },
      parts: { type: 'boolean' },
      emit: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...LIMIT_OPTIONS,
    },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  const { format, file } = formatAndFile(positionals);
  const emit = emitted(values.emit, format);
  const limits = parseLimitArgs(values);
  const settings: Omit<ImportSettings, 'catalog'> = {
    source: file,
    trustHeaderKey: values['trust-header-key'] === true,
    parts: values.parts === true || (emit === 'catalog' && format.partsAlways === true),
    ...(values['as-of'] !== undefined && { asOf: parseDateArg('--as-of', values['as-of']) }),
    ...(values['credit-system'] !== undefined && { creditSystem: values['credit-system'] }),
    ...(values.key !== undefined && { key: await readKeyFile(io, values.key) }),
  };
  if (emit === 'catalog' && !settings.parts && format.partsAlways !== true) throw new UsageError(`--emit catalog needs --parts for ${format.name}`);
  const catalog = values.catalog === undefined ? undefined : await loadCatalogFile(io, values.catalog, limits);
  if (values.catalog !== undefined && catalog === undefined) return EXIT_CODES.invalidData;
  const read = await readDocument(io, file, limits.maxSize);
  if (!read.ok) {
    if ('reason' in read) io.stderr(`${file}: cannot read: ${read.reason}\n`);
    else writeIssueLines(io, file, read.issues);
    return EXIT_CODES.invalidData;
  }
  const outcome = await format.run(read.text, { ...settings, ...(catalog && { catalog }) });
  if (!outcome.success) {
    writeIssueLines(io, file, outcome.issues);
    return EXIT_CODES.invalidData;
  }
  writeIssueLines(io, file, outcome.warnings, true);
  const document = emit === 'record' ? outcome.record : outcome.catalog;
  if (document === undefined) throw new UsageError(`${format.name} gives no ${emit}`);
  io.stdout(values.json === true ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0 }));
  return EXIT_CODES.success;
}

function formatAndFile(positionals: readonly string[]): { format: ImportFormat; file: string } {
  const names = IMPORT_FORMATS.map((f) => f.name).join(', ');
  const [name, file, ...extra] = positionals;
  if (name === undefined) throw new UsageError(`import needs a format (${names}) and a file`);
  const format = IMPORT_FORMATS.find((f) => f.name === name);
  if (format === undefined) throw new UsageError(`import reads ${names}, not '${name}'`);
  if (file === undefined) throw new UsageError(`import ${name} needs a file`);
  if (extra.length > 0) throw new UsageError('import reads one file at a time');
  return { format, file };
}

function emitted(value: string | undefined, format: ImportFormat): 'record' | 'catalog' {
  if (value === undefined) return format.emits;
  if (value === 'record' || value === 'catalog') return value;
  throw new UsageError(`--emit must be record or catalog, not '${value}'`);
}
