import type { Provenance } from '../audit/AuditResult.js';
import { PLAIN_STYLE, type ReportStyle } from './ReportStyle.js';

/**
 * Where an applied achievement came from, in words: `from the record`,
 * `inferred from a-sc0x, a-sc1x`, `recognised via hes-scm-pathway from
 * inferred:mitx-scm-micromasters`, `pinned by exception x1` (followed by
 * where the achievement itself came from when that is not the record).
 *
 * @param provenance - the provenance
 * @param style - how to write ids (plain text by default)
 * @returns the phrase
 *
 * @example
 * ```ts
 * describeProvenance({ kind: 'recognized', recognition: 'hes-scm-pathway', from: 'a1' });
 * // 'recognised via hes-scm-pathway from a1'
 * ```
 *
 * @category Reports
 */
export function describeProvenance(provenance: Provenance, style: ReportStyle = PLAIN_STYLE): string {
  switch (provenance.kind) {
    case 'direct':
      return 'from the record';
    case 'inferred':
      return `inferred from ${provenance.parts.map(style.id).join(', ')}`;
    case 'recognized':
      return `recognised via ${style.id(provenance.recognition)} from ${style.id(provenance.from)}`;
    case 'substituted':
    case 'pinned': {
      const verb = provenance.kind === 'pinned' ? 'pinned' : 'substituted';
      const origin = provenance.origin.kind === 'direct' ? '' : `; ${describeProvenance(provenance.origin, style)}`;
      return `${verb} by exception ${style.id(provenance.exception)}${origin}`;
    }
  }
}
