import { compile } from '../../audit/compile/compile.js';
import { parseCatalog } from '../../catalog/parseCatalog.js';
import { auditLine } from './auditLine.js';
import type { CohortPool, CohortSetup } from './CohortPool.js';

/**
 * Auditors on the calling thread: the catalog parsed and the program
 * compiled once, then each batch audited line by line. Used with
 * `--workers 1` and where the command line has no worker threads (tests).
 *
 * @param setup - the catalog, program, options and limits
 * @returns a pool of size 1
 * @throws CredstackError when the catalog or program is not valid (the command has checked both before)
 *
 * @example
 * ```ts
 * const pool = inProcessPool({ catalog, program: 'mit-scmb', options: { asOf: '2024-06-30' }, limits });
 * const [outcome] = await pool.run([{ line: 1, text: '{"achievements":[]}' }]);
 * ```
 *
 * @category Command line
 */
export function inProcessPool(setup: CohortSetup): CohortPool {
  const compiled = compile(parseCatalog(setup.catalog), setup.program);
  return {
    size: 1,
    run: async (batch) => batch.map((entry) => auditLine(compiled, setup, entry)),
    close: async () => undefined,
  };
}
