import type { Issue } from '../../issues/Issue.js';
import type { Credits } from '../../model/credits.js';
import type { Unit } from '../../model/unit.js';
import { issue } from '../../_internal/issue.js';
import { readText } from '../vc/readText.js';
import { json, type Path } from '../vc/values.js';
import { unitKindOf } from './unitKindOf.js';

/** What a unit is made of beside the Achievement itself. @internal */
export interface UnitContext {
  readonly path: Path;
  readonly provider?: string;
  readonly credits?: Credits;
  readonly language?: string;
  readonly warnings: Issue[];
}

const SKILL_TYPES = new Set(['ceasn:Competency', 'ceterms:Competency', 'ceterms:Skill']);
const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\//;

/**
 * The catalog unit an Open Badges Achievement describes: its id, kind (from
 * `achievementType`), title (`name`, else the id), description, provider,
 * credits (`creditsAvailable`, read by the caller), subjects
 * (`fieldOfStudy`), tags (`tag`), competencies (the names of alignments to
 * competencies or ESCO skills), the achievement id as an `ob3` external id,
 * and the Achievement as received in `extensions.ob3`.
 *
 * @internal
 */
export function unitOf(id: string, achievement: Readonly<Record<string, unknown>>, ctx: UnitContext): Unit {
  const kind = unitKindOf(achievement['achievementType']);
  if (kind.assumed) {
    ctx.warnings.push(issue('assumed', [...ctx.path, 'achievementType'], `achievement type ${JSON.stringify(achievement['achievementType'])} is not one credstack knows; the unit is taken to be a badge`));
  }
  const description = readText(achievement['description'], ctx.language);
  const field = readText(achievement['fieldOfStudy'], ctx.language);
  const tags = json.list(achievement['tag']).filter((t): t is string => typeof t === 'string' && t !== '');
  const competencies = competenciesOf(achievement, ctx.language);
  return {
    id,
    kind: kind.kind,
    title: readText(achievement['name'], ctx.language) ?? id,
    ...(description !== undefined && { description }),
    ...(ctx.provider !== undefined && { provider: ctx.provider }),
    ...(ctx.credits && { credits: ctx.credits }),
    ...(field !== undefined && { subjects: [field] }),
    ...(tags.length > 0 && { tags }),
    ...(competencies.length > 0 && { competencies }),
    externalIds: [{ scheme: 'ob3', id }],
    extensions: { ob3: achievement },
  };
}

function competenciesOf(achievement: Readonly<Record<string, unknown>>, language?: string): string[] {
  const out: string[] = [];
  for (const alignment of json.list(achievement['alignment'])) {
    const type = json.text(json.get(alignment, 'targetType'));
    const url = json.text(json.get(alignment, 'targetUrl')) ?? '';
    if (!(type !== undefined && SKILL_TYPES.has(type)) && !ESCO_SKILL.test(url)) continue;
    const name = readText(json.get(alignment, 'targetName'), language);
    if (name !== undefined && !out.includes(name)) out.push(name);
  }
  return out;
}
