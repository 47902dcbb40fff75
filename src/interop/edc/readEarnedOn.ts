import type { EdcNode, EdcReader } from './EdcReader.js';
import { readDate } from './readDate.js';
import { formatPath } from '../../issues/formatPath.js';

/**
 * The day a claim was earned: its `awardedBy.awardingDate`; else, with an
 * `assumed` warning, the day its assessment was issued
 * (`provenBy.dateIssued`), else the day the credential was issued
 * (`issued`, `issuanceDate`, `validFrom`). An issue when none is given.
 *
 * @internal
 */
export function readEarnedOn(reader: EdcReader, credential: EdcNode, claim: EdcNode): string | undefined {
  const awarding = reader.items(reader.field(claim, 'awardedBy')).map((a) => reader.field(a, 'awardingDate'));
  const assessed = reader.items(reader.field(claim, 'provenBy')).map((p) => reader.field(p, 'dateIssued'));
  const issued = ['issued', 'issuanceDate', 'validFrom'].map((key) => reader.field(credential, key));
  const exact = firstDate(reader, awarding);
  if (exact !== undefined) return exact.day;
  for (const [nodes, what] of [[assessed, 'the day its assessment was issued'], [issued, 'the day the credential was issued']] as const) {
    const found = firstDate(reader, nodes);
    if (found === undefined) continue;
    reader.warn('assumed', found.node, `the claim gives no awardedBy.awardingDate; earnedOn is ${found.day}, ${what} (${formatPath(found.node.path)})`);
    return found.day;
  }
  const at = awarding[0]?.path ?? [...claim.path, 'awardedBy', 'awardingDate'];
  return reader.fail('invalid_type', at, 'no date says when the claim was earned: neither awardedBy.awardingDate, provenBy.dateIssued, nor the credential\'s issued, issuanceDate or validFrom');
}

function firstDate(reader: EdcReader, nodes: readonly EdcNode[]): { day: string; node: EdcNode } | undefined {
  for (const node of nodes) {
    const day = readDate(reader, node);
    if (day !== undefined) return { day, node };
  }
  return undefined;
}
