import type { Io } from '../Io.js';

/** Milliseconds before the first progress line, and between two. */
const FIRST_MS = 1_000;
const EVERY_MS = 500;

/**
 * The progress line of a long cohort run: on a terminal only (standard
 * error is a TTY and the `Io` has a clock), first after a second, then at
 * most twice a second, rewritten in place; cleared when the run is done.
 *
 * @param io - the terminal
 * @returns `update` (records printed so far) and `done`
 *
 * @example
 * ```ts
 * const progress = cohortProgress(io);
 * progress.update(5_000);
 * progress.done();
 * ```
 *
 * @category Command line
 */
export function cohortProgress(io: Io): { update(records: number): void; done(): void } {
  const now = io.now;
  if (io.stderrIsTTY !== true || now === undefined) return { update: () => undefined, done: () => undefined };
  const start = now();
  let last = start + FIRST_MS - EVERY_MS;
  let shown = false;
  return {
    update(records) {
      const t = now();
      if (t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const rate = Math.round((records * 1000) / Math.max(1, t - start));
      io.stderr(`\r\u001b[2Kcredstack: ${records.toLocaleString('en')} records audited (${rate.toLocaleString('en')} a second)`);
    },
    done() {
      if (shown) io.stderr('\r\u001b[2K');
    },
  };
}
