import type { Issue } from '../../issues/Issue.js';
import type { Achievement } from '../../model/achievement.js';
import type { Credits } from '../../model/credits.js';
import type { Unit } from '../../model/unit.js';
import { issue } from '../../_internal/issue.js';
import type { Envelope, IssuerRef } from '../vc/readEnvelope.js';
import type { Path } from '../vc/values.js';
import type { ImportSettings } from './readImportSettings.js';
import type { SubjectView } from './readSubject.js';
import { resultStatus } from './resultStatus.js';
import { earnedOn } from './earnedOn.js';
import { readGrade, type FoundGrade } from './readGrade.js';
import { readCredits } from './readCredits.js';
import { findUnit } from './findUnit.js';
import { catalogOrganisation } from './organisationOf.js';

/** What an Open Badge says about the achievement, read and mapped. @internal */
export interface Content {
  readonly status: Achievement['status'];
  readonly earnedOn?: string;
  readonly expiresOn?: string;
  readonly grade?: FoundGrade;
  readonly credits?: Credits;
  /** The catalog unit the achievement maps to. */
  readonly unit?: Unit;
  /** The issuer's organisation id, when it can be given. */
  readonly issuer?: string;
}

/**
 * Reads what an Open Badge says about its achievement: status, the day it
 * was earned and expires, grade, credits, the catalog unit and issuing
 * organisation it maps to. Content that contradicts itself or is of the
 * wrong form goes to `issues`; what had to be assumed or could not be
 * mapped, to `warnings`.
 *
 * @internal
 */
export function readContent(
  settings: ImportSettings,
  at: { credential: Readonly<Record<string, unknown>>; path: Path; envelope: Envelope & { issuer: IssuerRef } },
  view: SubjectView,
  issues: Issue[],
  warnings: Issue[],
): Content {
  const status = resultStatus(view.subject, view.subjectPath, warnings);
  const earned = earnedOn(at.credential, at.path, at.envelope, view, issues);
  if (status === 'completed' && !earned) {
    issues.push(issue('invalid_type', [...at.path, 'validFrom'], 'nothing says when this achievement was earned: give awardedDate, credentialSubject.activityEndDate, validFrom or issuanceDate'));
  }
  const until = at.envelope.validUntil;
  if (until && earned && status === 'completed' && until.value.date < earned.date) {
    issues.push(issue('invalid_range', until.path, `the credential's validity ends (${until.value.text}) before the achievement was earned (${earned.date})`));
  }
  const unit = mappedUnit(settings, view, warnings);
  const ctx = { settings, achievement: view.achievement, achievementPath: view.achievementPath, issues, warnings, ...(unit && { unit }) };
  const credits = readCredits(view.subject['creditsEarned'], [...view.subjectPath, 'creditsEarned'], ctx);
  const grade = readGrade(view, settings, warnings);
  const issuer = issuerOrganisation(settings, at.envelope.issuer, warnings);
  return {
    status,
    ...(status === 'completed' && earned && { earnedOn: earned.date }),
    ...(until && { expiresOn: until.value.date }),
    ...(grade && { grade }),
    ...(credits && { credits }),
    ...(unit && { unit }),
    ...(issuer !== undefined && { issuer }),
  };
}

function mappedUnit(settings: ImportSettings, view: SubjectView, warnings: Issue[]): Unit | undefined {
  if (!settings.catalog) return undefined;
  const found = findUnit(settings.catalog, view.achievementId, view.achievement);
  if (!found) {
    const what = settings.catalogParts ? 'a unit of the catalog parts stands for it' : 'it counts toward nothing until one does';
    warnings.push(issue('unmapped', [...view.achievementPath, 'id'], `no unit of the catalog lists Open Badges achievement "${view.achievementId}" (by external id, unit id or alignment); ${what}`));
  }
  return found?.unit;
}

function issuerOrganisation(settings: ImportSettings, issuer: IssuerRef, warnings: Issue[]): string | undefined {
  const known = catalogOrganisation(settings.catalog, issuer.id);
  if (known !== undefined) return known;
  if (settings.catalog && !settings.catalogParts) {
    warnings.push(issue('unmapped', issuer.path, `issuer "${issuer.id}" is not an organisation of the catalog, so the achievement names no issuer (pass catalogParts: true to get one)`));
    return undefined;
  }
  return issuer.id;
}
