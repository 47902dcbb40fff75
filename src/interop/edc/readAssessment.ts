import type { Microcredential } from '../../model/microcredential.js';
import type { EdcNode, EdcReader } from './EdcReader.js';
import { readMode } from './readMode.js';

type Assessment = NonNullable<Microcredential['assessment']>;

/**
 * The assessment of a claim: its first `provenBy` (a LearningAssessment),
 * or else the specification's. The type is the assessment
 * specification's `dcType` (else its title, else the assessment's title);
 * the mode is its `mode`; supervision and identity verification are read
 * from the label of the assessment's `idVerification`
 * ("Supervised with ID Verification").
 *
 * @internal
 */
export function readAssessment(reader: EdcReader, claim: EdcNode, spec: EdcNode): Assessment | undefined {
  const taken = reader.first(reader.field(claim, 'provenBy'));
  const specified = (taken && reader.first(reader.field(taken, 'specifiedBy'))) ?? reader.first(reader.field(spec, 'provenBy'));
  if (taken === undefined && specified === undefined) return undefined;
  const title = taken && reader.text(reader.field(taken, 'title'));
  const type = (specified && (reader.label(reader.field(specified, 'dcType')) ?? reader.text(reader.field(specified, 'title')))) ?? title;
  const verification = taken && reader.label(reader.field(taken, 'idVerification'));
  if (type === undefined) {
    if (verification !== undefined) reader.warn('unmapped', taken!, 'the assessment names no type, so its supervision is kept in extensions.edc only');
    return undefined;
  }
  const mode = specified && readMode(reader, reader.field(specified, 'mode'));
  return {
    type,
    ...(title !== undefined && title !== type && { description: title }),
    ...(mode !== undefined && { mode }),
    ...(verification !== undefined && readSupervision(verification)),
  };
}

/** `Supervised with ID Verification` → supervised, identity verified; `Unsupervised with no identity verification` → neither. */
function readSupervision(label: string): Pick<Assessment, 'supervised' | 'identityVerified'> {
  const text = label.toLowerCase();
  const unsupervised = /\bun-?supervised\b|\bnot supervised\b|\bwithout supervision\b|\bno supervision\b/.test(text);
  const supervised = unsupervised ? false : /supervis|proctor|invigilat/.test(text) ? true : undefined;
  const unverified = /\b(?:no|without|not)\b[^,;]*\b(?:id|identity)\b/.test(text);
  const verified = unverified ? false : /\b(?:id|identity)\b[^,;]*\b(?:verif|check)/.test(text) ? true : undefined;
  return { ...(supervised !== undefined && { supervised }), ...(verified !== undefined && { identityVerified: verified }) };
}
