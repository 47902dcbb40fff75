import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import type { IssuerRef } from '../vc/readEnvelope.js';
import { json } from '../vc/values.js';
import type { ImportSettings } from '../ob3/readImportSettings.js';
import type { PartsBuilder } from '../ob3/PartsBuilder.js';
import { catalogOrganisation, organisationOf } from '../ob3/organisationOf.js';
import { findUnit } from '../ob3/findUnit.js';
import { readCredits } from '../ob3/readCredits.js';
import { unitOf } from '../ob3/unitOf.js';
import type { ClrSubjectView } from './readClrSubject.js';

/**
 * Adds to the catalog parts what a CLR describes beside its credentials:
 * its issuer's organisation, and a unit for each Achievement of its
 * `achievement` list (definitions a learner has not necessarily earned,
 * such as a program its courses stack into), unless the catalog has it.
 * They make no achievements of the record: nothing asserts them.
 *
 * @internal
 */
export function addDefinitions(settings: ImportSettings, view: ClrSubjectView, issuer: IssuerRef, parts: PartsBuilder, warnings: Issue[]): void {
  const organisation = (id: string, profile: Readonly<Record<string, unknown>> | undefined): string => {
    const known = catalogOrganisation(settings.catalog, id);
    if (known !== undefined) return known;
    parts.addOrganisation(organisationOf(id, profile, settings.language));
    return id;
  };
  const issuerId = organisation(issuer.id, issuer.profile);
  for (const { value, path } of view.achievements) {
    const id = json.text(json.get(value, 'id'));
    if (!json.isObject(value) || id === undefined) {
      warnings.push(issue('invalid_value', path, 'an achievement of a ClrSubject must be an Achievement object with an id; ignored'));
      continue;
    }
    if (parts.unitFor(id) !== undefined || (settings.catalog && findUnit(settings.catalog, id, value))) continue;
    const creator = value['creator'];
    const creatorId = typeof creator === 'string' ? creator : json.text(json.get(creator, 'id'));
    const provider = creatorId === undefined ? issuerId : organisation(creatorId, json.isObject(creator) ? creator : undefined);
    const issues: Issue[] = [];
    const credits = readCredits(value['creditsAvailable'], [...path, 'creditsAvailable'], { settings, achievement: value, achievementPath: path, issues, warnings });
    warnings.push(...issues);
    const unit = unitOf(id, value, { path, warnings, provider, ...(credits && { credits }), ...(settings.language !== undefined && { language: settings.language }) });
    parts.addUnit(id, unit, path, warnings);
  }
}
