import { Worker } from 'node:worker_threads';
import type { CohortLine, CohortOutcome, CohortPool, CohortSetup } from './CohortPool.js';

interface Job {
  readonly batch: readonly CohortLine[];
  readonly resolve: (outcomes: readonly CohortOutcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Auditors on worker threads, each running `script` (the built
 * `cohortWorker.js`) with the setup as its data. A batch goes to an idle
 * worker, or waits for one. A worker that fails rejects its batch.
 *
 * @param script - the worker's module
 * @param setup - what every worker starts from
 * @param count - how many workers
 * @returns the pool
 *
 * @example
 * ```ts
 * const pool = await workerPool(new URL('./cohortWorker.js', import.meta.url), setup, 2);
 * ```
 *
 * @category Command line
 */
export async function workerPool(script: URL, setup: CohortSetup, count: number): Promise<CohortPool> {
  const idle: Worker[] = [];
  const waiting: Job[] = [];
  const current = new Map<Worker, Job>();
  const give = (worker: Worker, job: Job): void => {
    current.set(worker, job);
    worker.postMessage(job.batch);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(script, { workerData: setup });
    worker.on('message', (outcomes: readonly CohortOutcome[]) => {
      current.get(worker)?.resolve(outcomes);
      current.delete(worker);
      const next = waiting.shift();
      if (next) give(worker, next);
      else idle.push(worker);
    });
    worker.on('error', (error) => {
      current.get(worker)?.reject(error);
      current.delete(worker);
      for (const job of waiting.splice(0)) job.reject(error);
    });
    idle.push(worker);
    return worker;
  });
  return {
    size: count,
    run: (batch) =>
      new Promise((resolve, reject) => {
        const job = { batch, resolve, reject };
        const worker = idle.pop();
        if (worker) give(worker, job);
        else waiting.push(job);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
