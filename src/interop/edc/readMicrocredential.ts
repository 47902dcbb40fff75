import type { Microcredential } from '../../model/microcredential.js';
import type { EdcNode, EdcReader } from './EdcReader.js';
import { readLearningOutcomes } from './readLearningOutcomes.js';
import { readAssessment } from './readAssessment.js';

type QualityAssurance = NonNullable<Microcredential['qualityAssurance']>[number];

/**
 * A unit's `microcredential` block from an ELM claim and its
 * specification: learning outcomes, assessment, quality assurance (the
 * specification's `accreditation`), entry requirements (`entryRequirement`),
 * stackability (`isPartOf`: stackable toward what it is part of) and
 * further information (`additionalNote`). `undefined` when none is given.
 *
 * @internal
 */
export function readMicrocredential(reader: EdcReader, claim: EdcNode, spec: EdcNode): Microcredential | undefined {
  const learningOutcomes = readLearningOutcomes(reader, spec);
  const assessment = readAssessment(reader, claim, spec);
  const qualityAssurance = reader.items(reader.field(spec, 'accreditation')).flatMap((a) => readQualityAssurance(reader, a));
  const entryRequirements = reader.text(reader.field(spec, 'entryRequirement'));
  const towards = reader.items(reader.field(spec, 'isPartOf')).flatMap((p) => reader.text(reader.field(p, 'title')) ?? reader.id(p) ?? []);
  const notes = reader.items(reader.field(spec, 'additionalNote')).flatMap((n) => reader.text(n) ?? []);
  const block: Microcredential = {
    ...(learningOutcomes.length > 0 && { learningOutcomes }),
    ...(assessment !== undefined && { assessment }),
    ...(qualityAssurance.length > 0 && { qualityAssurance }),
    ...(entryRequirements !== undefined && { entryRequirements }),
    ...(towards.length > 0 && { stackability: { option: 'stackable' as const, towards } }),
    ...(notes.length > 0 && { furtherInformation: notes.join('\n\n') }),
  };
  return Object.keys(block).length > 0 ? block : undefined;
}

function readQualityAssurance(reader: EdcReader, node: EdcNode): QualityAssurance[] {
  const kind = reader.label(reader.field(node, 'dcType'));
  const title = reader.text(reader.field(node, 'title'));
  const type = kind ?? title;
  if (type === undefined) {
    reader.warn('unmapped', node, 'an accreditation that names neither its type nor a title is kept in extensions.edc only');
    return [];
  }
  return [{ type, ...(title !== undefined && title !== type && { description: title }) }];
}
