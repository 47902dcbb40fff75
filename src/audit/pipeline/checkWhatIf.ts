import type { Issue } from '../../issues/Issue.js';
import type { Exception } from '../../model/exception.js';
import type { LearnerRecord } from '../../model/recordDocument.js';
import type { CompiledProgram } from '../compile/CompiledProgram.js';
import { forEachRequirementNode } from '../../rules/forEachRequirementNode.js';
import { issue } from '../../_internal/issue.js';

/**
 * Checks the what-if exceptions an audit's options add. A record's own
 * exceptions may be meant for other programs and are reported as not
 * applied when they cannot take effect; but an exception the caller passes
 * for this audit that names a program the catalog does not have, a
 * requirement the program it applies to does not have, or an achievement
 * the record does not have, is a mistake, and an issue (at
 * `options.exceptions[k]`).
 *
 * @internal
 */
export function checkWhatIf(compiled: CompiledProgram, record: LearnerRecord, exceptions: readonly Exception[]): Issue[] {
  const issues: Issue[] = [];
  const achievements = new Set(record.achievements.map((a) => a.id));
  const trees = new Map<string, Set<string> | undefined>();
  const idsOf = (programId: string): Set<string> | undefined => {
    if (!trees.has(programId)) {
      const unit = compiled.catalog.unit(programId);
      let ids: Set<string> | undefined;
      if (programId === compiled.program.id) ids = new Set(compiled.tree.byId.keys());
      else if (unit?.requirements) {
        const found = new Set<string>();
        forEachRequirementNode(unit.requirements, unit.id, [], ({ id }) => void found.add(id));
        ids = found;
      }
      trees.set(programId, ids);
    }
    return trees.get(programId);
  };
  exceptions.forEach((e, k) => {
    const at = ['options', 'exceptions', k];
    const program = e.program ?? compiled.program.id;
    const ids = idsOf(program);
    if (ids === undefined) {
      issues.push(issue('unknown_reference', [...at, 'program'], `what-if exception "${e.id}" names program "${program}", which is not a program of the catalog`));
      return;
    }
    if ('requirement' in e && !ids.has(e.requirement)) {
      issues.push(issue('unknown_reference', [...at, 'requirement'], `what-if exception "${e.id}" names requirement "${e.requirement}", which program "${program}" does not have`));
    }
    if ('achievement' in e && !achievements.has(e.achievement)) {
      issues.push(issue('unknown_reference', [...at, 'achievement'], `what-if exception "${e.id}" names achievement "${e.achievement}", which is not in the record`));
    }
  });
  return issues;
}
