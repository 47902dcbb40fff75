import type { LearnerRecord } from '../../model/recordDocument.js';
import type { Exception } from '../../model/exception.js';
import type { AuditResult } from '../AuditResult.js';
import type { CompiledProgram } from '../compile/CompiledProgram.js';
import { runAudit } from './runAudit.js';

/**
 * What {@link auditRecord} is told: the checked options of an audit.
 *
 * @internal
 */
export interface AuditRecordSettings {
  readonly asOf: string | undefined;
  readonly include: ReadonlySet<string>;
  /** The exceptions in force: the record's and the what-if ones. */
  readonly exceptions: readonly Exception[];
  readonly stepBudget: number;
  /** See `AuditContext.satisfyOnly`. */
  readonly satisfyOnly?: boolean;
}

/**
 * Audits a record already parsed and checked against a compiled program
 * with options already checked: for callers that audit many variants of
 * one record (a plan's candidate sets) and have validated it once.
 *
 * @internal
 */
export function auditRecord(compiled: CompiledProgram, record: LearnerRecord, settings: AuditRecordSettings): AuditResult {
  return runAudit(compiled, record, {
    catalog: compiled.catalog,
    asOf: settings.asOf,
    include: settings.include,
    exceptions: settings.exceptions,
    budget: { remaining: settings.stepBudget, steps: 0, exhausted: false },
    notes: new Map(),
    warnings: [],
    ...(settings.satisfyOnly === true && { satisfyOnly: true }),
  });
}
