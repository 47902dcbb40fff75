import { expect } from 'vitest';

/** Checks a command's usage-error outcome: exit 2, nothing on stdout, one message matching `message` and a hint on stderr. */
export function expectUsageError(outcome: { code: number; out: string; err: string }, message: RegExp): void {
  expect(outcome.code).toBe(2);
  expect(outcome.out).toBe('');
  const lines = outcome.err.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(message);
  expect(lines[1]).toContain('credstack --help');
}
