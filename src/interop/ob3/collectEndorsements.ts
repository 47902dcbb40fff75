import { json, type Path } from '../vc/values.js';
import type { SubjectView } from './readSubject.js';

/** An endorsement found in a credential: an EndorsementCredential object or a VC-JWT of one. @internal */
export interface FoundEndorsement {
  readonly value: unknown;
  readonly path: Path;
}

/**
 * Every endorsement an Open Badge carries, wherever it is: on the
 * credential, its issuer Profile, the achievement, and the achievement's
 * creator (each as `endorsement` objects and `endorsementJwt` tokens).
 * Which organisation or achievement each is about is for the caller to
 * read from its subject.
 *
 * @internal
 */
export function collectEndorsements(credential: Readonly<Record<string, unknown>>, path: Path, view: SubjectView): FoundEndorsement[] {
  const holders: [unknown, Path][] = [
    [credential, path],
    [credential['issuer'], [...path, 'issuer']],
    [view.achievement, view.achievementPath],
    [view.achievement['creator'], [...view.achievementPath, 'creator']],
  ];
  const found: FoundEndorsement[] = [];
  for (const [holder, at] of holders) {
    if (!json.isObject(holder)) continue;
    for (const field of ['endorsement', 'endorsementJwt']) {
      json.list(holder[field]).forEach((value, i) => found.push({ value, path: json.itemPath(at, field, holder, i) }));
    }
  }
  return found;
}
