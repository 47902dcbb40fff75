import type { Achievement } from '../../model/achievement.js';

/** The options of an EDC import, checked. @internal */
export interface EdcSettings {
  readonly language: string;
  readonly gradeScale?: string;
  readonly verified?: NonNullable<Achievement['verified']>;
  readonly source?: string;
}
