import type { Issue } from '../../issues/Issue.js';
import type { SafeResult } from '../../issues/Result.js';
import type { Achievement } from '../../model/achievement.js';
import type { LearnerRecord } from '../../model/recordDocument.js';
import type { Extensions } from '../../model/extensions.js';
import { issue } from '../../_internal/issue.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import { checkDepth, MAX_DOCUMENT_DEPTH } from '../../_internal/checkDepth.js';
import { gradeRank } from '../../grades/gradeRank.js';
import type { Locate } from '../../_internal/parseText.js';
import type { CredentialImport } from './CredentialImport.js';
import type { ImportSettings } from './readImportSettings.js';
import type { ImportedAchievement } from './importAchievementCredential.js';
import { PartsBuilder } from './PartsBuilder.js';

/**
 * Gathers imported achievements into one record (each id once: a second
 * credential with the same id gets `#2`, with a warning) and their catalog
 * parts, and writes the importers' result.
 *
 * @internal
 */
export class ImportAssembly {
  readonly warnings: Issue[] = [];
  readonly parts: PartsBuilder | undefined;
  readonly #achievements: Achievement[] = [];
  readonly #ids = new Set<string>();

  constructor(settings: ImportSettings) {
    this.parts = settings.catalogParts ? new PartsBuilder() : undefined;
  }

  /** Adds one imported credential: its warnings, its parts, and its achievement, pointed at its unit of the parts. */
  add(imported: ImportedAchievement, path: readonly (string | number)[]): void {
    this.warnings.push(...imported.warnings);
    let achievement = imported.achievement;
    if (this.parts) {
      for (const org of imported.parts.organisations) this.parts.addOrganisation(org);
      if (imported.parts.gradeScale) achievement = this.#onHeldScale(achievement, imported);
      if (imported.parts.unit) {
        const unit = this.parts.addUnit(imported.achievementId, imported.parts.unit, imported.achievementPath, this.warnings);
        const { externalId: _external, ...rest } = achievement;
        achievement = { ...rest, unit };
      }
    }
    this.#achievements.push(this.#uniqueId(achievement, path));
  }

  /** The result: the record, the parts when asked for, the extensions given; deep-frozen, issues placed in the text. */
  finish(record: { id?: string; learner?: string }, locate: Locate, extensions?: Extensions): SafeResult<CredentialImport> {
    const doc: LearnerRecord = {
      ...(record.id !== undefined && { id: record.id }),
      ...(record.learner !== undefined && { learner: { id: record.learner } }),
      achievements: this.#achievements,
    };
    const data: CredentialImport = { record: doc, ...(this.parts && { catalog: this.parts.build() }), ...(extensions && { extensions }) };
    // The record keeps each credential five levels down: a credential near the depth limit would make a record past it.
    const deep = checkDepth(doc) ?? (data.catalog && checkDepth(data.catalog));
    if (deep) return { success: false, issues: [issue('too_deep', [], `a credential nests so deeply that the record or catalog keeping it would pass the limit of ${MAX_DOCUMENT_DEPTH} levels`)] };
    return { success: true, data: deepFreeze(data), warnings: locate(this.warnings) };
  }

  /** Adds the grade scale an achievement's grade is on; a grade not on the scale the parts keep for that id is left out. */
  #onHeldScale(achievement: Achievement, imported: ImportedAchievement): Achievement {
    const held = this.parts!.addGradeScale(imported.parts.gradeScale!, imported.achievementPath, this.warnings);
    if (!achievement.grade || gradeRank(held, achievement.grade.value) !== undefined) return achievement;
    this.warnings.push(issue('invalid_grade', imported.achievementPath, `grade ${JSON.stringify(achievement.grade.value)} is not on scale "${held.id}" as the catalog parts keep it; left out (kept in extensions.ob3)`));
    const { grade: _dropped, ...rest } = achievement;
    return rest;
  }

  #uniqueId(achievement: Achievement, path: readonly (string | number)[]): Achievement {
    if (!this.#ids.has(achievement.id)) {
      this.#ids.add(achievement.id);
      return achievement;
    }
    let n = 2;
    while (this.#ids.has(`${achievement.id}#${n}`)) n++;
    const id = `${achievement.id}#${n}`;
    this.#ids.add(id);
    this.warnings.push(issue('duplicate_id', [...path, 'id'], `a credential with id "${achievement.id}" was already imported; this one's achievement is "${id}"`));
    return { ...achievement, id };
  }
}
