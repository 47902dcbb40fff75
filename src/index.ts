// The one public entry of credstack: explicit named exports, nothing else.

// Issues and errors
export type { Issue, IssuePath } from './issues/Issue.js';
export type { IssueCode } from './issues/issueCode.js';
export { ISSUE_CODES } from './issues/issueCode.js';
export { CredstackError } from './issues/CredstackError.js';
export { formatPath } from './issues/formatPath.js';
export type { SafeResult } from './issues/Result.js';

// Documents and their schemas
export type { CatalogDocument } from './model/catalogDocument.js';
export { catalogDocumentSchema } from './model/catalogDocument.js';
export type { LearnerRecord, LearnerRecordInput } from './model/recordDocument.js';
export { recordDocumentSchema } from './model/recordDocument.js';
export type { Unit, Offering } from './model/unit.js';
export { unitSchema } from './model/unit.js';
export type { UnitKind } from './model/unitKind.js';
export type { Organisation, Accreditation } from './model/organisation.js';
export type { Recognition } from './model/recognition.js';
export type { GradeScale } from './model/gradeScale.js';
export type { CreditSystemDefinition } from './model/creditSystemDefinition.js';
export type { Credits } from './model/credits.js';
export type { Achievement, AchievementInput } from './model/achievement.js';
export type { Exception } from './model/exception.js';
export type { Extensions } from './model/extensions.js';
export { extensionsSchema } from './model/extensions.js';
export type {
  Requirement,
  RequirementBase,
  AllRequirement,
  AnyRequirement,
  AtLeastRequirement,
  UnitRequirement,
  SelectRequirement,
} from './model/requirement.js';
export { requirementSchema, MAX_REQUIREMENT_DEPTH } from './model/requirement.js';
export { accreditationSchema, organisationSchema } from './model/organisation.js';
export { achievementSchema } from './model/achievement.js';
export { amountsSchema } from './model/amounts.js';
export { creditSystemDefinitionSchema } from './model/creditSystemDefinition.js';
export { creditsSchema, MAX_CREDITS } from './model/credits.js';
export { durationSchema } from './model/duration.js';
export { exceptionSchema } from './model/exception.js';
export { gradeScaleSchema } from './model/gradeScale.js';
export { idSchema } from './model/id.js';
export { isoDateSchema } from './model/isoDate.js';
export { minGradeSchema, qualifiersShape, recognizedCapSchema } from './model/qualifiers.js';
export { offeringSchema } from './model/unit.js';
export { policiesSchema } from './model/policies.js';
export { recognitionSchema } from './model/recognition.js';
export { unitKindSchema } from './model/unitKind.js';
export type { Filter } from './model/filter.js';
export { filterSchema } from './model/filter.js';
export type { Qualifiers, MinGrade, RecognizedCap } from './model/qualifiers.js';
export { applyLimitSchema, type ApplyLimit } from './model/applyLimit.js';
export type { Amounts } from './model/amounts.js';
export type { Policies } from './model/policies.js';
export type { Id } from './model/id.js';
export type { IsoDate } from './model/isoDate.js';
export type { Duration } from './model/duration.js';
export { catalogJsonSchema, recordJsonSchema, CATALOG_JSON_SCHEMA_ID, RECORD_JSON_SCHEMA_ID, type JsonSchema } from './model/jsonSchema.js';

// Catalog
export { Catalog } from './catalog/Catalog.js';
export { parseCatalog } from './catalog/parseCatalog.js';
export { safeParseCatalog, type ParseCatalogOptions } from './catalog/safeParseCatalog.js';
export type { CatalogRelation, CatalogRelationKind } from './catalog/CatalogRelation.js';

// Records
export { parseRecord } from './record/parseRecord.js';
export { safeParseRecord, type ParseRecordOptions } from './record/safeParseRecord.js';

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

// Interop: Open Badges 3.0, CLR 2.0, Verifiable Credentials
export { safeImportOpenBadge } from './interop/ob3/safeImportOpenBadge.js';
export { importOpenBadge } from './interop/ob3/importOpenBadge.js';
export type { ImportOpenBadgeOptions } from './interop/ob3/ImportOpenBadgeOptions.js';
export type { CredentialImport } from './interop/ob3/CredentialImport.js';
export { GRADE_RESULT_TYPES, type GradeResultType } from './interop/ob3/GradeResultType.js';
export { safeImportClr } from './interop/clr/safeImportClr.js';
export { importClr } from './interop/clr/importClr.js';
export type { ImportClrOptions } from './interop/clr/ImportClrOptions.js';
export type { CredentialCheckOptions } from './interop/vc/CredentialCheckOptions.js';
export type { CredentialVerifier, VerifierOutcome } from './interop/vc/CredentialVerifier.js';
export type { CredentialStatusChecker, CredentialStatusOutcome } from './interop/vc/CredentialStatusChecker.js';
export type { JwtKey, JwtKeyResolver, PublicJwk } from './interop/vc/JwtKey.js';

// Interop: the EU micro-credential elements and the European Digital Credential
export { learningOutcomeSchema, microcredentialSchema, type LearningOutcome, type Microcredential } from './model/microcredential.js';
export { MICROCREDENTIAL_ELEMENTS, type MicrocredentialElement } from './microcredential/MicrocredentialElement.js';
export { missingMicrocredentialElements, type MissingMicrocredentialElement } from './microcredential/missingMicrocredentialElements.js';
export { safeImportEdc, type ImportEdcOptions } from './interop/edc/safeImportEdc.js';
export { importEdc } from './interop/edc/importEdc.js';
export type { EdcImport } from './interop/edc/EdcImport.js';

// Interop: CTDL pathways and transfer values (Credential Engine)
export { safeImportCtdlPathway } from './interop/ctdl/safeImportCtdlPathway.js';
export { importCtdlPathway } from './interop/ctdl/importCtdlPathway.js';
export { safeImportCtdlTransferValues } from './interop/ctdl/safeImportCtdlTransferValues.js';
export { importCtdlTransferValues } from './interop/ctdl/importCtdlTransferValues.js';
export { safeExportCtdlPathway } from './interop/ctdl/safeExportCtdlPathway.js';
export { exportCtdlPathway } from './interop/ctdl/exportCtdlPathway.js';
export { safeExportCtdlTransferValues } from './interop/ctdl/safeExportCtdlTransferValues.js';
export { exportCtdlTransferValues } from './interop/ctdl/exportCtdlTransferValues.js';
export type { CtdlImport } from './interop/ctdl/CtdlImport.js';
export type { CtdlDocument } from './interop/ctdl/CtdlDocument.js';
export type { ImportCtdlPathwayOptions } from './interop/ctdl/ImportCtdlPathwayOptions.js';
export type { ImportCtdlTransferValuesOptions } from './interop/ctdl/ImportCtdlTransferValuesOptions.js';
export type { ExportCtdlPathwayOptions } from './interop/ctdl/ExportCtdlPathwayOptions.js';
export type { ExportCtdlTransferValuesOptions } from './interop/ctdl/ExportCtdlTransferValuesOptions.js';
