import type { UnitKind } from '../../model/unitKind.js';

/** Component and resource classes, and the kind of unit each becomes. */
const CLASS_KINDS: ReadonlyMap<string, UnitKind> = new Map<string, UnitKind>([
  ['CourseComponent', 'course'],
  ['AssessmentComponent', 'assessment'],
  ['CompetencyComponent', 'experience'],
  ['CocurricularComponent', 'experience'],
  ['ExtracurricularComponent', 'experience'],
  ['JobComponent', 'experience'],
  ['WorkExperienceComponent', 'experience'],
  ['BasicComponent', 'experience'],
  ['CollectionComponent', 'module'],
  ['MultiComponent', 'module'],
  ['Course', 'course'],
  ['LearningOpportunityProfile', 'course'],
  ['LearningProgram', 'course'],
  ['AssessmentProfile', 'assessment'],
  ['Job', 'experience'],
  ['Occupation', 'experience'],
  ['WorkRole', 'experience'],
  ['Task', 'experience'],
  ['Competency', 'experience'],
]);

const CREDENTIAL_KINDS: ReadonlyMap<string, UnitKind> = new Map<string, UnitKind>([
  ['MicroCredential', 'micro-credential'],
  ['Certification', 'certification'],
  ['License', 'certification'],
  ['QualityAssuranceCredential', 'certification'],
  ['Diploma', 'certificate'],
  ['SecondarySchoolDiploma', 'certificate'],
  ['GeneralEducationDevelopment', 'certificate'],
  ['Credential', 'certificate'],
]);

/**
 * The unit kind of a CTDL credential class (`ceterms:BachelorDegree` is a
 * degree, `ceterms:DigitalBadge` a badge), or `undefined` for a class that
 * is not a credential. Degrees and doctorates are degrees; badges are
 * badges; certificates of any sort are certificates.
 *
 * @internal
 */
export function credentialKind(name: string): UnitKind | undefined {
  const known = CREDENTIAL_KINDS.get(name);
  if (known) return known;
  if (/(Degree|Doctorate)$/.test(name)) return 'degree';
  if (/Badge$/.test(name)) return 'badge';
  if (/Certificate$/.test(name)) return 'certificate';
  return undefined;
}

/** The unit kind of a component or resource class (not a credential), or `undefined`. @internal */
export function classKind(name: string): UnitKind | undefined {
  return CLASS_KINDS.get(name);
}

/** Kinds that are credentials: their conditions are what earns them. @internal */
export function isCredentialKind(kind: UnitKind): boolean {
  return kind === 'badge' || kind === 'micro-credential' || kind === 'certificate' || kind === 'certification' || kind === 'degree';
}

/** The component class an export writes for a unit of this kind. @internal */
export function componentClass(kind: UnitKind): string {
  if (isCredentialKind(kind)) return 'ceterms:CredentialComponent';
  if (kind === 'assessment') return 'ceterms:AssessmentComponent';
  if (kind === 'experience') return 'ceterms:WorkExperienceComponent';
  return 'ceterms:CourseComponent';
}

/** The credential class an export writes for a credential kind. @internal */
export function credentialClass(kind: UnitKind): string {
  switch (kind) {
    case 'badge':
      return 'ceterms:DigitalBadge';
    case 'micro-credential':
      return 'ceterms:MicroCredential';
    case 'certification':
      return 'ceterms:Certification';
    case 'degree':
      return 'ceterms:Degree';
    default:
      return 'ceterms:Certificate';
  }
}

/** The resource class an export writes for a unit outside the pathway. @internal */
export function resourceClass(kind: UnitKind): string {
  if (isCredentialKind(kind)) return credentialClass(kind);
  if (kind === 'assessment') return 'ceterms:AssessmentProfile';
  if (kind === 'experience') return 'ceterms:LearningOpportunityProfile';
  return 'ceterms:Course';
}

/**
 * The kind an import gives a node of this class and credential type (both
 * bare names), without the warnings: what an export checks its choice of
 * class against.
 *
 * @internal
 */
export function naturalKind(type: string, credentialType: string | undefined): UnitKind {
  if (type === 'CredentialComponent') return (credentialType === undefined ? undefined : credentialKind(credentialType)) ?? 'certificate';
  return credentialKind(type) ?? classKind(type) ?? 'experience';
}
