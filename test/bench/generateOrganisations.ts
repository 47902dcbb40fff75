import type { Organisation } from '../../src/model/organisation.js';
import { PLACES, SUBJECTS, isoDay } from './catalogParts.js';
import type { Prng } from './prng.js';

/** The built-in credit systems the generators use. */
export type CreditSystemId = 'ects' | 'us-semester' | 'us-quarter' | 'ceu' | 'uk-cats' | 'clock-hour';

/** An organisation that offers units, with what its units look like. */
export interface ProviderProfile {
  readonly org: Organisation;
  /** Short uppercase code that starts its unit ids (`ASH CS 401`). */
  readonly code: string;
  readonly kind: 'university' | 'platform' | 'employer';
  readonly system: CreditSystemId;
  readonly currency: string;
  /** The level framework of its units: US course numbers or EQF. */
  readonly framework: 'us-course-level' | 'eqf';
  /** Subject codes it teaches. */
  readonly subjects: readonly string[];
  /** Relative share of the catalog's courses it offers. */
  readonly weight: number;
}

/** The generated organisations and, among them, those that offer units. */
export interface GeneratedOrganisations {
  readonly organisations: Organisation[];
  readonly providers: ProviderProfile[];
}

/** The accreditor whose accreditation recognitions may require. */
export const MOOC_ACCREDITOR = 'emc';
const US_ACCREDITOR = 'rhlc';

const UNIVERSITY_REGIONS: readonly (readonly [country: string, system: CreditSystemId, currency: string])[] = [
  ['US', 'us-semester', 'USD'], ['US', 'us-semester', 'USD'], ['US', 'us-semester', 'USD'], ['US', 'us-semester', 'USD'],
  ['US', 'us-quarter', 'USD'], ['GB', 'uk-cats', 'GBP'], ['GB', 'uk-cats', 'GBP'], ['DE', 'ects', 'EUR'],
  ['NL', 'ects', 'EUR'], ['FR', 'ects', 'EUR'], ['ES', 'ects', 'EUR'], ['IE', 'ects', 'EUR'],
];
const PLATFORM_SYSTEMS: readonly CreditSystemId[] = ['ects', 'ceu', 'clock-hour', 'us-semester', 'ects'];
const UNIVERSITY_NAMES = ['University of {p}', '{p} State University', '{p} Institute of Technology', '{p} College'];
const PLATFORM_NAMES = ['{p}X', 'Learn{p}', '{p} Online Academy', 'Open{p}', '{p} Skills'];

/**
 * Generates about twenty organisations: twelve universities (US, UK and
 * European credit systems), five learning platforms, an employer and two
 * accreditors, with accreditations of the platforms and US universities.
 *
 * @param rng - the generator
 * @returns the organisations and the profiles of those that offer units
 */
export function generateOrganisations(rng: Prng): GeneratedOrganisations {
  const places = rng.sample(PLACES, UNIVERSITY_REGIONS.length + PLATFORM_SYSTEMS.length + 1);
  const subjectCodes = SUBJECTS.map(([code]) => code);
  const organisations: Organisation[] = [
    { id: MOOC_ACCREDITOR, name: 'European MOOC Consortium', country: 'BE', kind: 'accreditor' },
    { id: US_ACCREDITOR, name: 'Regional Higher Learning Commission', country: 'US', kind: 'accreditor' },
  ];
  const providers: ProviderProfile[] = [];
  let next = 0;
  const add = (
    kind: ProviderProfile['kind'], system: CreditSystemId, country: string, currency: string,
    name: string, subjects: readonly string[], weight: number, accreditedBy?: string,
  ): void => {
    const place = places[next++] ?? `Place${next}`;
    const code = place.slice(0, 3).toUpperCase();
    const org: Organisation = {
      id: `${kind === 'university' ? 'uni' : kind === 'platform' ? 'plat' : 'emp'}-${place.toLowerCase()}`,
      name: name.replace('{p}', place),
      country,
      kind,
      ...(accreditedBy === undefined
        ? {}
        : { accreditations: [{ by: accreditedBy, from: isoDay(rng.int(1995, 2020), rng.int(0, 364)), ...(rng.chance(0.3) ? { until: isoDay(2030, rng.int(0, 364)) } : {}) }] }),
      ...(rng.chance(0.5) ? { externalIds: [{ scheme: 'ctid', id: `ce-${hex(rng, 8)}-${hex(rng, 4)}` }] } : {}),
    };
    organisations.push(org);
    const framework = system === 'us-semester' || system === 'us-quarter' ? 'us-course-level' : 'eqf';
    providers.push({ org, code, kind, system, currency, framework, subjects, weight });
  };
  for (const [country, system, currency] of UNIVERSITY_REGIONS) {
    const subjects = ['ENG', 'MATH', ...rng.sample(subjectCodes.filter((s) => s !== 'ENG' && s !== 'MATH'), rng.int(5, 8))];
    add('university', system, country, currency, rng.pick(UNIVERSITY_NAMES), subjects, 1, country === 'US' ? US_ACCREDITOR : undefined);
  }
  PLATFORM_SYSTEMS.forEach((system, i) => {
    const subjects = rng.sample(['CS', 'DS', 'STAT', 'BUS', 'SCM', 'MKT', 'FIN'], rng.int(3, 5));
    add('platform', system, rng.pick(['US', 'GB', 'FR', 'ES']), 'USD', PLATFORM_NAMES[i] ?? '{p}', subjects, 0.8, i < 4 ? MOOC_ACCREDITOR : undefined);
  });
  add('employer', 'clock-hour', 'US', 'USD', '{p} Systems Inc.', ['CS', 'DS'], 0.3);
  return { organisations, providers };
}

/**
 * Lowercase hexadecimal digits from the generator.
 *
 * @param rng - the generator
 * @param length - how many digits
 * @returns the digits
 */
export function hex(rng: Prng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += rng.int(0, 15).toString(16);
  return out;
}
