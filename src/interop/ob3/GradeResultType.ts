/**
 * The Open Badges 3.0 result types whose values the importers read as
 * grades (a `ResultDescription`'s `resultType`), in the order one is
 * preferred when a credential gives several: a letter grade first.
 *
 * @example
 * ```ts
 * const scales: Partial<Record<GradeResultType, string>> = { LetterGrade: 'us-letter', Percent: 'percent' };
 * ```
 *
 * @category Interop
 */
export type GradeResultType = 'LetterGrade' | 'Percent' | 'GradePointAverage' | 'ScaledScore' | 'RawScore' | 'PerformanceLevel';

/**
 * Every {@link GradeResultType}, most preferred first.
 *
 * @example
 * ```ts
 * GRADE_RESULT_TYPES[0]; // 'LetterGrade'
 * ```
 *
 * @category Interop
 */
export const GRADE_RESULT_TYPES: readonly GradeResultType[] = Object.freeze(['LetterGrade', 'Percent', 'GradePointAverage', 'ScaledScore', 'RawScore', 'PerformanceLevel']);
