import { clipText } from './clipText.js';

/**
 * What was thrown, in a few words, for a message: an error's message (its
 * first line, cut short), else a generic phrase. Never throws itself, even
 * when what was thrown is a revoked Proxy or has a throwing getter.
 *
 * @internal
 */
export function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error && typeof thrown.message === 'string') return clipText(thrown.message.split('\n')[0] ?? '', 200);
  } catch {
    // fall through
  }
  return 'an error was thrown';
}
