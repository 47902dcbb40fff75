import type { Unit } from '../../src/model/unit.js';
import type { ProviderProfile } from './generateOrganisations.js';
import type { CoursesBySubject } from './generateUnits.js';

/** A platform and the subjects it offers online electives in. */
export interface PlatformOffer {
  readonly id: string;
  /** The level framework its units carry. */
  readonly framework: ProviderProfile['framework'];
  /** Subjects of its courses and modules at or above {@link ONLINE_LEVEL} of its framework. */
  readonly subjects: ReadonlySet<string>;
}

/** The lowest level an online elective counts at, on each framework: EQF 6 (bachelor's), or a US 300-level course. */
export const ONLINE_LEVEL: Readonly<Record<ProviderProfile['framework'], number>> = { eqf: 6, 'us-course-level': 300 };

/**
 * What each platform offers that an online-electives section can ask for:
 * the subjects of its courses and modules at the online level of the
 * framework its units carry. A section naming platforms and subjects from
 * these can be filled by units of the catalog.
 *
 * @param providers - every provider; platforms are picked out
 * @param bySubject - each provider's course ids by subject, by organisation id
 * @param units - the catalog's units so far, by id
 * @returns one offer per platform, in provider order
 */
export function platformOffers(
  providers: readonly ProviderProfile[], bySubject: ReadonlyMap<string, CoursesBySubject>, units: ReadonlyMap<string, Unit>,
): PlatformOffer[] {
  return providers.filter((p) => p.kind === 'platform').map((p) => {
    const subjects = new Set<string>();
    for (const id of [...(bySubject.get(p.org.id)?.values() ?? [])].flat()) {
      const unit = units.get(id);
      const online = unit !== undefined && (unit.kind === 'course' || unit.kind === 'module') && unit.offering !== undefined;
      if (online && unit.level?.framework === p.framework && unit.level.value >= ONLINE_LEVEL[p.framework]) for (const s of unit.subjects ?? []) subjects.add(s);
    }
    return { id: p.org.id, framework: p.framework, subjects };
  });
}
