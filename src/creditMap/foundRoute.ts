import type { CreditAssumption, CreditRoute } from './CreditMapEntry.js';

/**
 * A route one audit of a one-credential record applied the credential by:
 * what counted, where, and through what.
 *
 * @internal
 */
export interface FoundRoute {
  readonly route: CreditRoute;
  readonly recognition?: string;
  /** `stacked`: the composite the credential stacked into on its own. */
  readonly composite?: string;
  readonly countsAs: readonly string[];
  readonly credits: number;
  readonly approximate: boolean;
  readonly requirements: readonly string[];
  readonly assumed: CreditAssumption;
}

/**
 * The key two found routes are the same route by.
 *
 * @internal
 */
export function routeKey(found: Pick<FoundRoute, 'route' | 'recognition' | 'composite'>): string {
  return `${found.route}\u0000${found.composite ?? ''}\u0000${found.recognition ?? ''}`;
}
