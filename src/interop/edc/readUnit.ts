import type { Unit } from '../../model/unit.js';
import { isObject, type EdcNode, type EdcReader } from './EdcReader.js';
import { keepRest } from './keepRest.js';
import { readCredits } from './readCredits.js';
import { readHours } from './readHours.js';
import { readEqfLevel } from './readEqfLevel.js';
import { readMode } from './readMode.js';
import { readMicrocredential } from './readMicrocredential.js';

/**
 * The catalog unit a LearningAchievement claim is an achievement of, read
 * from its `specifiedBy` (the specification or qualification): a unit of
 * kind `micro-credential` with its title, description, ECTS credits,
 * hours, EQF level, form of participation (`mode`), the skills of its
 * learning outcomes as `competencies`, and the `microcredential` block.
 * Its id is the specification's, also listed in `externalIds` under the
 * scheme `edc`. What is not mapped exactly stays in `extensions.edc`.
 *
 * @param fallbackId - the unit's id when the specification has none
 * @internal
 */
export function readUnit(reader: EdcReader, claim: EdcNode, provider: string | undefined, fallbackId: string): Unit | undefined {
  const spec = reader.first(reader.field(claim, 'specifiedBy')) ?? { value: {}, path: [...claim.path, 'specifiedBy'] };
  const specId = reader.id(spec);
  if (specId === undefined) reader.warn('assumed', spec, `the specification has no id; the unit's id is "${fallbackId}"`);
  const id = specId ?? fallbackId;
  const titleNode = reader.field(spec, 'title');
  const title = reader.text(titleNode) ?? reader.text(reader.field(claim, 'title'));
  if (title === undefined) return reader.fail('invalid_type', titleNode, 'the specification (and the claim) has no title, and a unit needs one');
  const descriptionNode = reader.field(spec, 'description');
  const description = reader.text(descriptionNode);
  const credits = readCredits(reader, reader.field(spec, 'creditPoint'));
  const volume = reader.field(spec, 'volumeOfLearning');
  const hours = readHours(reader, volume);
  const eqf = readEqfLevel(reader, reader.field(spec, 'eqfLevel'));
  const mode = readMode(reader, reader.field(spec, 'mode'));
  const microcredential = readMicrocredential(reader, claim, spec);
  const competencies = [...new Set((microcredential?.learningOutcomes ?? []).flatMap((o) => (o.skills ?? []).map((s) => s.label)))];
  const exact = {
    id: specId !== undefined && reader.field(spec, 'id').value === specId,
    title: titleNode.value === title,
    description: descriptionNode.value === description,
    volumeOfLearning: hours !== undefined && volume.value === `PT${hours}H`,
  };
  const rest = isObject(spec.value) ? keepRest(spec.value, Object.keys(exact).filter((k) => exact[k as keyof typeof exact])) : undefined;
  return {
    id,
    kind: 'micro-credential',
    title,
    ...(description !== undefined && { description }),
    ...(provider !== undefined && { provider }),
    ...(credits !== undefined && { credits }),
    ...(hours !== undefined && { workload: { hours } }),
    ...(eqf !== undefined && { level: { framework: 'EQF', value: eqf } }),
    ...(competencies.length > 0 && { competencies }),
    ...(mode !== undefined && { offering: { mode } }),
    ...(specId !== undefined && { externalIds: [{ scheme: 'edc', id: specId }] }),
    ...(microcredential !== undefined && { microcredential }),
    ...(rest !== undefined && { extensions: { edc: rest } }),
  };
}
