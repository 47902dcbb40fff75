/**
 * Small CTDL documents for tests: a pathway whose destination states the
 * conditions given, and course components C1 to C5 (3 semester hours each).
 */
export const COURSES = ['C1', 'C2', 'C3', 'C4', 'C5'] as const;

export function course(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@id': `_:${id}`,
    '@type': 'ceterms:CourseComponent',
    'ceterms:name': { 'en-US': `Course ${id}` },
    'ceterms:creditValue': [{ '@type': 'ceterms:ValueProfile', 'ceterms:creditUnitType': ['creditUnit:SemesterHour'], 'schema:value': 3 }],
    ...extra,
  };
}

/** A pathway document: `_:P` with destination `_:D` (a certificate) stating `conditions`. */
export function pathwayDoc(conditions: unknown, extra: { destination?: Record<string, unknown>; nodes?: Record<string, unknown>[]; pathway?: Record<string, unknown> } = {}): Record<string, unknown> {
  return {
    '@context': 'https://credreg.net/ctdl/schema/context/json',
    '@graph': [
      {
        '@id': '_:P',
        '@type': 'ceterms:Pathway',
        'ceterms:name': { 'en-US': 'Program' },
        'ceterms:hasDestinationComponent': ['_:D'],
        'ceterms:hasPart': ['_:D', ...COURSES.map((c) => `_:${c}`)],
        ...extra.pathway,
      },
      {
        '@id': '_:D',
        '@type': 'ceterms:CredentialComponent',
        'ceterms:name': { 'en-US': 'Program' },
        'ceterms:credentialType': 'ceterms:Certificate',
        ...(conditions === undefined ? {} : { 'ceterms:hasCondition': conditions }),
        ...extra.destination,
      },
      ...COURSES.map((c) => course(c)),
      ...(extra.nodes ?? []),
    ],
  };
}

/** A condition over courses, with more terms. */
export function condition(targets: readonly string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { '@type': 'ceterms:ComponentCondition', 'ceterms:targetComponent': targets.map((t) => `_:${t}`), ...extra };
}
