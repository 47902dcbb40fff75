import type { Candidate } from '../Candidate.js';

/**
 * The order in which stacking prefers a composite's parts: verified before
 * unverified, completed before look-ahead, later earned before earlier, then
 * key order. A composite dated by its most recent possible parts stays valid
 * longest and meets `earnedWithin` most often, so one more achievement can
 * only keep its date or move it later.
 *
 * @internal
 */
export function comparePartCandidates(a: Candidate, b: Candidate): number {
  if (a.verified !== b.verified) return a.verified ? -1 : 1;
  if (a.lookAhead !== b.lookAhead) return a.lookAhead ? 1 : -1;
  if (a.earnedOn !== b.earnedOn) return a.earnedOn > b.earnedOn ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
