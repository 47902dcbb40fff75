import type { Issue } from '../../issues/Issue.js';
import type { GradeScale } from '../../model/gradeScale.js';
import type { Organisation } from '../../model/organisation.js';
import type { Unit } from '../../model/unit.js';
import { issue } from '../../_internal/issue.js';
import type { IssuerRef } from '../vc/readEnvelope.js';
import { json, type Path } from '../vc/values.js';
import type { ImportSettings } from './readImportSettings.js';
import type { SubjectView } from './readSubject.js';
import type { Content } from './readContent.js';
import { catalogOrganisation, organisationOf } from './organisationOf.js';
import { collectEndorsements } from './collectEndorsements.js';
import { accreditEndorsed } from './accreditEndorsed.js';
import { readCredits } from './readCredits.js';
import { unitOf } from './unitOf.js';

/** The catalog parts one Open Badge describes. @internal */
export interface AchievementParts {
  readonly unit?: Unit;
  readonly organisations: readonly Organisation[];
  readonly gradeScale?: GradeScale;
}

/**
 * The catalog parts an Open Badge describes: organisations for its issuer
 * and the achievement's creator (unless the catalog has them), accredited
 * by the endorsers whose EndorsementCredentials are about them (and the
 * endorsers themselves); the achievement's unit (unless it maps to a
 * catalog unit); the grade scale its result description describes.
 *
 * @internal
 */
export async function achievementParts(
  settings: ImportSettings,
  at: { credential: Readonly<Record<string, unknown>>; path: Path; issuer: IssuerRef },
  view: SubjectView,
  content: Content,
  warnings: Issue[],
): Promise<AchievementParts> {
  const drafts = new Map<string, Organisation>();
  const draft = (id: string, profile: Readonly<Record<string, unknown>> | undefined): string => {
    const known = catalogOrganisation(settings.catalog, id);
    if (known !== undefined) return known;
    if (!drafts.has(id)) drafts.set(id, organisationOf(id, profile, settings.language));
    return id;
  };
  draft(at.issuer.id, at.issuer.profile);
  const creator = view.achievement['creator'];
  const creatorId = typeof creator === 'string' ? creator : json.text(json.get(creator, 'id'));
  const provider = creatorId === undefined ? content.issuer : draft(creatorId, json.isObject(creator) ? creator : undefined);
  const endorsers = await accreditEndorsed(collectEndorsements(at.credential, at.path, view), drafts, settings, warnings);
  const unit = content.unit ? undefined : unitFor(settings, view, provider, warnings);
  return {
    ...(unit && { unit }),
    organisations: [...drafts.values(), ...endorsers],
    ...(content.grade?.scale && { gradeScale: content.grade.scale }),
  };
}

function unitFor(settings: ImportSettings, view: SubjectView, provider: string | undefined, warnings: Issue[]): Unit {
  const issues: Issue[] = [];
  const at = [...view.achievementPath, 'creditsAvailable'];
  const credits = readCredits(view.achievement['creditsAvailable'], at, { settings, achievement: view.achievement, achievementPath: view.achievementPath, issues, warnings });
  // A malformed creditsAvailable spoils the unit's credits, not the learner's achievement.
  for (const i of issues) warnings.push(issue(i.code, i.path, `${i.message}; the unit carries no credits`));
  return unitOf(view.achievementId, view.achievement, {
    path: view.achievementPath,
    warnings,
    ...(provider !== undefined && { provider }),
    ...(credits && { credits }),
    ...(settings.language !== undefined && { language: settings.language }),
  });
}
