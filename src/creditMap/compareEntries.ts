import type { CreditMapEntry } from './CreditMapEntry.js';
import { byCodeUnits } from '../_internal/byCodeUnits.js';

const ROUTES = ['direct', 'recognized', 'stacked'] as const;

/**
 * The map's canonical order: credential id, program id, route (`direct`,
 * `recognized`, `stacked`), the stack, then the recognition; ids in
 * code-unit order.
 *
 * @internal
 */
export function compareEntries(a: CreditMapEntry, b: CreditMapEntry): number {
  return (
    byCodeUnits(a.credential, b.credential) ||
    byCodeUnits(a.program, b.program) ||
    ROUTES.indexOf(a.route) - ROUTES.indexOf(b.route) ||
    byCodeUnits((a.stack ?? []).join('\u0000'), (b.stack ?? []).join('\u0000')) ||
    byCodeUnits(a.recognition ?? '', b.recognition ?? '')
  );
}
