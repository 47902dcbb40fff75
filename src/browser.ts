// The browser entry of credstack (`credstack/browser`): the engine without
// the YAML parser, the file system or the interop importers. Its parsers
// read plain data and JSON text; YAML is read only where `readYaml` is
// imported. Explicit named exports, nothing else.

// Issues and errors
export type { Issue, IssuePath } from './issues/Issue.js';
export type { IssueCode } from './issues/issueCode.js';
export { ISSUE_CODES } from './issues/issueCode.js';
export { CredstackError } from './issues/CredstackError.js';
export { formatPath } from './issues/formatPath.js';
export type { SafeResult } from './issues/Result.js';

// Documents
export type { CatalogDocument } from './model/catalogDocument.js';
export type { LearnerRecord, LearnerRecordInput } from './model/recordDocument.js';
export type { Unit, Offering } from './model/unit.js';
export type { UnitKind } from './model/unitKind.js';
export type { Organisation, Accreditation } from './model/organisation.js';
export type { Recognition } from './model/recognition.js';
export type { GradeScale } from './model/gradeScale.js';
export type { CreditSystemDefinition } from './model/creditSystemDefinition.js';
export type { Credits } from './model/credits.js';
export type { Achievement, AchievementInput } from './model/achievement.js';
export type { Exception } from './model/exception.js';
export type { Extensions } from './model/extensions.js';
export type {
  Requirement,
  RequirementBase,
  AllRequirement,
  AnyRequirement,
  AtLeastRequirement,
  UnitRequirement,
  SelectRequirement,
} from './model/requirement.js';
export type { Filter } from './model/filter.js';
export type { Qualifiers, MinGrade, RecognizedCap } from './model/qualifiers.js';
export type { Amounts } from './model/amounts.js';
export type { Policies } from './model/policies.js';
export type { Id } from './model/id.js';
export type { IsoDate } from './model/isoDate.js';
export type { Duration } from './model/duration.js';

// Reading documents: data or JSON text; YAML through readYaml
export { safeParseCatalog } from './browser/safeParseCatalog.js';
export { parseCatalog } from './browser/parseCatalog.js';
export { safeParseRecord } from './browser/safeParseRecord.js';
export { parseRecord } from './browser/parseRecord.js';
export { readYaml, type ReadYamlOptions, type TextDocument } from './browser/readYaml.js';
export type { ParseCatalogOptions } from './catalog/ParseCatalogOptions.js';
export type { ParseRecordOptions } from './record/ParseRecordOptions.js';

// Catalog
export { Catalog } from './catalog/Catalog.js';
export type { CatalogRelation, CatalogRelationKind } from './catalog/CatalogRelation.js';

// Rules
export { compileFilter, type UnitPredicate } from './rules/compileFilter.js';
export { matchesFilter } from './rules/matchesFilter.js';
export { compilePattern } from './rules/compilePattern.js';
export { forEachRequirementNode, requirementChildren, type RequirementVisit } from './rules/forEachRequirementNode.js';

// Grades
export { gradeRank } from './grades/gradeRank.js';
export { gradePoints } from './grades/gradePoints.js';
export { isPassingGrade } from './grades/isPassingGrade.js';

// Dates
export { isIsoDate } from './model/isoDate.js';
export { parseDuration, type DurationParts } from './model/duration.js';

// Credits
export { BUILTIN_CREDIT_SYSTEMS } from './credits/builtinCreditSystems.js';
export { CreditSystems } from './credits/CreditSystems.js';
export { createCreditSystems } from './credits/createCreditSystems.js';
export { convertCredits, safeConvertCredits } from './credits/convertCredits.js';
export type { ConvertedCredits } from './credits/ConvertedCredits.js';

// Audit
export { audit } from './audit/audit.js';
export { safeAudit } from './audit/safeAudit.js';
export { compile } from './audit/compile/compile.js';
export { auditCompiled } from './audit/auditCompiled.js';
export { safeAuditCompiled } from './audit/safeAuditCompiled.js';
export type { CompiledProgram } from './audit/compile/CompiledProgram.js';
export type { AuditOptions } from './audit/AuditOptions.js';
export type {
  AuditResult,
  NodeResult,
  NodeStatus,
  Progress,
  AppliedAchievement,
  Provenance,
  PolicyOutcome,
  UnusedAchievement,
  InferredCredential,
  AppliedException,
} from './audit/AuditResult.js';
export type { Reason, ReasonCode } from './audit/ReasonCode.js';

// Planning
export { plan } from './plan/plan.js';
export { safePlan } from './plan/safePlan.js';
export { safePlanCompiled } from './plan/safePlanCompiled.js';
export type { PlanOptions, PlanObjective, PlanCalendar } from './plan/PlanOptions.js';
export type { PlanResult, PlanOption, PlannedUnit, PlanTerm, PlanNote } from './plan/PlanResult.js';
export { rank } from './rank/rank.js';
export { safeRank } from './rank/safeRank.js';
export { compileCatalog } from './rank/compileCatalog.js';
export type { CompiledCatalog } from './rank/CompiledCatalog.js';
export type { RankOptions } from './rank/RankOptions.js';
export type { RankResult, RankedProgram, CountedCredential } from './rank/RankResult.js';

// Reports
export { renderAuditText, type RenderAuditTextOptions } from './report/renderAuditText.js';
export { renderAuditMarkdown } from './report/renderAuditMarkdown.js';
export { renderPlanText, type RenderPlanTextOptions } from './report/renderPlanText.js';
export { renderPlanMarkdown } from './report/renderPlanMarkdown.js';
export { renderRankText, type RenderRankTextOptions } from './report/renderRankText.js';
export { renderRankMarkdown } from './report/renderRankMarkdown.js';
export { renderAuditMermaid, type RenderAuditMermaidOptions } from './report/renderAuditMermaid.js';
export { renderAuditDot, type RenderAuditDotOptions } from './report/renderAuditDot.js';
export { renderPlanMermaid, type RenderPlanMermaidOptions } from './report/renderPlanMermaid.js';
export { renderPlanDot, type RenderPlanDotOptions } from './report/renderPlanDot.js';
export { renderCreditMapDot, type RenderCreditMapDotOptions } from './report/renderCreditMapDot.js';

// Credit map
export { creditMap } from './creditMap/creditMap.js';
export { safeCreditMap } from './creditMap/safeCreditMap.js';
export type { CreditMapOptions } from './creditMap/CreditMapOptions.js';
export type { CreditMap, CreditMapEntry, CreditMapProgram, CreditMapCredential, CreditRoute, CreditAssumption } from './creditMap/CreditMapEntry.js';
export type { CreditCondition, ConditionSource } from './creditMap/CreditCondition.js';
export { renderCreditMapText } from './creditMap/renderCreditMapText.js';
export { renderCreditMapMarkdown } from './creditMap/renderCreditMapMarkdown.js';
export { renderCreditMapMermaid, type RenderCreditMapMermaidOptions } from './creditMap/renderCreditMapMermaid.js';

export { MICROCREDENTIAL_ELEMENTS, type MicrocredentialElement } from './microcredential/MicrocredentialElement.js';
export { missingMicrocredentialElements, type MissingMicrocredentialElement } from './microcredential/missingMicrocredentialElements.js';
export type { LearningOutcome, Microcredential } from './model/microcredential.js';
