import type { UnitKind } from '../../model/unitKind.js';

/** Open Badges achievement types (CTDL terms) and the unit kind each is. */
const KINDS: ReadonlyMap<string, UnitKind> = new Map<string, UnitKind>([
  ...(['Achievement', 'Award', 'Badge', 'CoCurricular', 'CommunityService', 'Competency', 'Membership'] as const).map((t) => [t, 'badge'] as const),
  ...(['Assessment', 'Assignment'] as const).map((t) => [t, 'assessment'] as const),
  ['Course', 'course'],
  ['Fieldwork', 'experience'],
  ['MicroCredential', 'micro-credential'],
  ...(['Certification', 'License', 'QualityAssuranceCredential'] as const).map((t) => [t, 'certification'] as const),
  ...(['ApprenticeshipCertificate', 'Certificate', 'CertificateOfCompletion', 'JourneymanCertificate', 'MasterCertificate'] as const).map((t) => [t, 'certificate'] as const),
  ...(['Diploma', 'GeneralEducationDevelopment', 'LearningProgram', 'SecondarySchoolDiploma'] as const).map((t) => [t, 'certificate'] as const),
  ...(['AssociateDegree', 'BachelorDegree', 'Degree', 'DoctoralDegree', 'MasterDegree', 'ProfessionalDoctorate', 'ResearchDoctorate'] as const).map((t) => [t, 'degree'] as const),
]);

/**
 * The unit kind of an Open Badges `achievementType`: `Course` → course,
 * `Badge` → badge, `MicroCredential` → micro-credential, `Degree` and the
 * named degrees → degree, diplomas and certificates → certificate, and so
 * on (docs/interop/open-badges.md has the table). No type is a badge (an
 * Open Badge); a type credstack does not know (`ext:...`) is a badge too,
 * with `assumed` set so the caller can say so.
 *
 * @internal
 */
export function unitKindOf(achievementType: unknown): { kind: UnitKind; assumed: boolean } {
  if (achievementType === undefined) return { kind: 'badge', assumed: false };
  const kind = typeof achievementType === 'string' ? KINDS.get(achievementType) : undefined;
  return kind === undefined ? { kind: 'badge', assumed: true } : { kind, assumed: false };
}
