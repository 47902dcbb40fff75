// The worker-thread entry of `audit --records` (built to dist/cohortWorker.js):
// compiles the program once, then audits each batch of lines it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { compile } from '../../audit/compile/compile.js';
import { parseCatalog } from '../../catalog/parseCatalog.js';
import { auditLine } from './auditLine.js';
import type { CohortLine, CohortSetup } from './CohortPool.js';

const setup = workerData as CohortSetup;
const compiled = compile(parseCatalog(setup.catalog), setup.program);

parentPort?.on('message', (batch: readonly CohortLine[]) => {
  parentPort?.postMessage(batch.map((entry) => auditLine(compiled, setup, entry)));
});
