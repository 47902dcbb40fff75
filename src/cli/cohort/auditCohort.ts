import { safeAudit } from '../../audit/safeAudit.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import type { Io } from '../Io.js';
import type { CohortAuditArgs } from '../audit/parseAuditArgs.js';
import { writeAuditProblems } from '../audit/writeAuditProblems.js';
import { EXIT_CODES, type ExitCode } from '../exitCodes.js';
import { loadDocument } from '../loadDocument.js';
import { describeReadError } from '../readDocument.js';
import { invalidReport } from '../validate/FileReport.js';
import type { CohortPool, CohortSetup } from './CohortPool.js';
import type { CohortSummary } from './CohortSummary.js';
import { inProcessPool } from './inProcessPool.js';
import { runCohort } from './runCohort.js';

/** Lines sent to an auditor at once: enough to make a message's cost small beside the audits. */
const BATCH = 64;

/**
 * `credstack audit --records FILE`: checks the catalog, the program and
 * the options once (by auditing an empty record), then streams the NDJSON
 * file through auditors on worker threads (`--workers`, the number of
 * cores by default) and prints one result a line, in file order. Ends
 * with a summary on standard error.
 *
 * @param io - files, output and worker threads
 * @param args - the parsed arguments
 * @returns 3 when the catalog or program is invalid or a line could not be audited; 1 with `--fail-unmet` when a record is not satisfied; else 0
 *
 * @example
 * ```ts
 * const code = await auditCohort(nodeIo, parseAuditArgs(['--catalog', 'c.yaml', '--records', 'r.ndjson', '--program', 'p']));
 * ```
 *
 * @category Command line
 */
export async function auditCohort(io: Io, args: CohortAuditArgs): Promise<ExitCode> {
  const inputs = { catalog: args.catalog, record: args.records };
  const loaded = await loadDocument(io, args.catalog, args.limits);
  if (!loaded.ok) {
    const report = 'reason' in loaded ? { file: args.catalog, kind: 'catalog' as const, valid: false, issues: [], warnings: [], error: loaded.reason, summary: `cannot read: ${loaded.reason}` } : invalidReport(args.catalog, 'catalog', loaded.issues);
    writeAuditProblems(io, inputs, { files: [report], issues: [] }, false);
    return EXIT_CODES.invalidData;
  }
  const catalog = safeParseCatalog(loaded.document);
  if (!catalog.success) {
    writeAuditProblems(io, inputs, { files: [invalidReport(args.catalog, 'catalog', catalog.issues)], issues: [] }, false);
    return EXIT_CODES.invalidData;
  }
  const preflight = safeAudit(catalog.data, { achievements: [] }, args.program, args.options);
  if (!preflight.success) {
    writeAuditProblems(io, inputs, { files: [], issues: preflight.issues.filter((i) => i.path[0] !== 'record') }, false);
    return EXIT_CODES.invalidData;
  }
  const setup: CohortSetup = { catalog: loaded.document.value, program: args.program, options: args.options, limits: args.limits };
  const workers = args.workers ?? io.cores ?? 1;
  const pool: CohortPool = workers > 1 && io.startCohortPool ? await io.startCohortPool(setup, workers) : inProcessPool(setup);
  const start = io.now?.();
  let summary: CohortSummary;
  try {
    summary = await runCohort(io, { chunks: chunksOf(io, args.records, args.limits.maxSize), pool, batchSize: BATCH, maxLineBytes: args.limits.maxSize });
  } catch (error) {
    io.stderr(`${args.records}: cannot read: ${describeReadError(error)}\n`);
    return EXIT_CODES.invalidData;
  } finally {
    await pool.close();
  }
  io.stderr(describeSummary(args.records, summary, start === undefined ? undefined : io.now!() - start));
  if (summary.errors > 0) return EXIT_CODES.invalidData;
  return args.failUnmet && summary.unsatisfied > 0 ? EXIT_CODES.unmet : EXIT_CODES.success;
}

/** The file as a stream of chunks; read whole (up to the size limit) where the `Io` cannot stream. */
function chunksOf(io: Io, path: string, maxBytes: number): AsyncIterable<Uint8Array> {
  if (io.readChunks) return io.readChunks(path);
  return (async function* whole() {
    yield await io.readFile(path, maxBytes);
  })();
}

function describeSummary(file: string, s: CohortSummary, ms: number | undefined): string {
  const n = (x: number): string => x.toLocaleString('en');
  const failed = s.errors === 0 ? '' : `, ${n(s.errors)} not audited (line${s.errorLines.length > 1 ? 's' : ''} ${s.errorLines.join(', ')}${s.errors > s.errorLines.length ? ', ...' : ''})`;
  const time = ms === undefined ? '' : ` in ${(ms / 1000).toFixed(1)} s`;
  return `${file}: ${n(s.records)} record${s.records === 1 ? '' : 's'}: ${n(s.satisfied)} satisfied, ${n(s.unsatisfied)} not satisfied${failed}${time}\n`;
}
