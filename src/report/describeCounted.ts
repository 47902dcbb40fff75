import type { CountedCredential } from '../rank/RankResult.js';
import { formatCredits } from './formatCredits.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

const HOW: Readonly<Record<CountedCredential['how'], string>> = { direct: 'directly', stacked: 'stacked', recognised: 'recognised' };

/**
 * What counts toward a ranked program, in words: the unit that counts, its
 * credits, and how (`directly`, `stacked`, `recognised`) through which
 * composite and recognition.
 *
 * @param counted - the credential that counts
 * @param style - how to write ids (plain text by default)
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeCounted(ranked.counted[0]!);
 * // 'mit-scmb-online-semester, 42 credits, recognised through mitx-scm-micromasters, mit-scmb-pathway'
 * ```
 *
 * @category Reports
 */
export function describeCounted(counted: CountedCredential, style: ReportStyle = PLAIN_STYLE): string {
  const through = counted.through === undefined || counted.through.length === 0 ? '' : ` through ${counted.through.map(style.id).join(', ')}`;
  return `${style.id(counted.unit)}, ${formatCredits(counted.credits)}, ${HOW[counted.how]}${through}`;
}
