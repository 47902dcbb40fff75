import type { LearningOutcome } from '../../model/microcredential.js';
import type { EdcNode, EdcReader } from './EdcReader.js';

type Skill = NonNullable<LearningOutcome['skills']>[number];

/**
 * The learning outcomes of an ELM specification: each `learningOutcome`
 * with its title and the skills it relates to (`relatedESCOSkill` as ESCO
 * skills, `relatedSkill` as others); a `learningOutcomeSummary` alone
 * becomes one outcome. An outcome without a title is left out with a
 * warning (it stays in `extensions.edc`).
 *
 * @internal
 */
export function readLearningOutcomes(reader: EdcReader, spec: EdcNode): LearningOutcome[] {
  const outcomes: LearningOutcome[] = [];
  for (const node of reader.items(reader.field(spec, 'learningOutcome'))) {
    const title = reader.text(reader.field(node, 'title')) ?? reader.text(reader.field(node, 'description'));
    if (title === undefined) {
      reader.warn('unmapped', node, 'a learning outcome without a title is kept in extensions.edc only');
      continue;
    }
    const id = reader.id(node);
    const description = reader.text(reader.field(node, 'additionalNote'));
    const skills = [...readSkills(reader, reader.field(node, 'relatedESCOSkill'), 'ESCO'), ...readSkills(reader, reader.field(node, 'relatedSkill'))];
    outcomes.push({
      ...(id !== undefined && { id }),
      title,
      ...(description !== undefined && { description }),
      ...(skills.length > 0 && { skills }),
    });
  }
  if (outcomes.length > 0) return outcomes;
  const summary = reader.text(reader.field(spec, 'learningOutcomeSummary'));
  return summary === undefined ? [] : [{ title: summary }];
}

function readSkills(reader: EdcReader, node: EdcNode, framework?: string): Skill[] {
  const skills: Skill[] = [];
  for (const concept of reader.items(node)) {
    const label = reader.label(concept);
    const id = reader.id(concept);
    if (label === undefined && id === undefined) continue;
    skills.push({ label: label ?? id!, ...(id !== undefined && { id }), ...(framework !== undefined && { framework }) });
  }
  return skills;
}
