import { safeExportCtdlPathway } from '../../interop/ctdl/safeExportCtdlPathway.js';
import { safeExportCtdlTransferValues } from '../../interop/ctdl/safeExportCtdlTransferValues.js';
import type { Command } from '../Command.js';
import type { Io } from '../Io.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { loadCatalogFile, writeIssueLines } from '../loadCatalogFile.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { LIMIT_HELP, LIMIT_OPTIONS, parseLimitArgs } from '../parseLimitArgs.js';
import { UsageError } from '../UsageError.js';

const HELP = `Usage: credstack export ctdl --catalog FILE (--program ID | --transfer-values)

Writes a program of a catalog as a CTDL pathway (JSON-LD: a ceterms:Pathway
with its components and conditions), or the catalog's recognitions as CTDL
TransferValueProfiles, on standard output. What CTDL cannot say (grade
minimums, date windows, filters) is kept under credstack: keys so that
credstack import ctdl gives the program back; each such place is a warning
on standard error. See docs/interop/ctdl.md.

Options:
  --catalog FILE          The catalog (required)
  --program ID            The program to write as a pathway
  --transfer-values       Write the recognitions as TransferValueProfiles
  --plain                 Plain CTDL only: leave out the credstack: keys
${LIMIT_HELP}
  -h, --help              Show this help

Exit codes:
  0   written (warnings may have been printed)
  2   usage error
  3   the catalog is missing, unreadable or invalid, or no such program

Examples:
  credstack export ctdl --catalog catalog.yaml --program mit-scmb > mit-scmb.jsonld
  credstack export ctdl --catalog catalog.yaml --transfer-values --plain > transfer-values.jsonld
`;

/**
 * `credstack export ctdl`: a program as a CTDL pathway, or the
 * recognitions as transfer values.
 *
 * @example
 * ```ts
 * const exitCode = await exportCommand.run(['ctdl', '--catalog', 'catalog.yaml', '--program', 'mit-scmb'], io);
 * ```
 *
 * @category Command line
 */
export const exportCommand: Command = {
  name: 'export',
  help: HELP,
  run: runExport,
};

async function runExport(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { catalog: { type: 'string' }, program: { type: 'string' }, 'transfer-values': { type: 'boolean' }, plain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...LIMIT_OPTIONS },
  });
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT_CODES.success;
  }
  const [format, ...extra] = positionals;
  if (format !== 'ctdl' || extra.length > 0) throw new UsageError(format === undefined ? 'export needs a format: ctdl' : `export writes ctdl, not '${positionals.join(' ')}'`);
  if (values.catalog === undefined) throw new UsageError('export ctdl needs --catalog FILE');
  const tv = values['transfer-values'] === true;
  if (tv === (values.program !== undefined)) throw new UsageError('export ctdl needs one of --program ID and --transfer-values');
  const catalog = await loadCatalogFile(io, values.catalog, parseLimitArgs(values));
  if (catalog === undefined) return EXIT_CODES.invalidData;
  const options = { credstack: values.plain !== true };
  const result = tv ? safeExportCtdlTransferValues(catalog, options) : safeExportCtdlPathway(catalog, values.program!, options);
  if (!result.success) {
    writeIssueLines(io, values.catalog, result.issues);
    return EXIT_CODES.invalidData;
  }
  writeIssueLines(io, values.catalog, result.warnings, true);
  io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  return EXIT_CODES.success;
}
