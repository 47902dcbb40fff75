/** The EDC sample of test/fixtures/standards (MyNextID, MIT), read fresh for each test, and small credentials built like it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../fixtures/standards/edc/edc-mc-example.json', import.meta.url));
const TEXT = readFileSync(FILE, 'utf8');

/** The sample's JSON text. */
export const EDC_TEXT: string = TEXT;

/** A fresh copy of the sample credential. */
export function edcSample(): Record<string, any> {
  return JSON.parse(TEXT) as Record<string, any>;
}

/** A small credential in the same shape, with plain strings and single items, to vary in tests. */
export function smallEdc(): Record<string, any> {
  return {
    id: 'urn:credential:small',
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    issued: '2025-03-01T09:00:00Z',
    credentialSubject: {
      id: 'urn:person:ada',
      fullName: 'Ada Lovelace',
      hasClaim: {
        id: 'urn:claim:1',
        type: 'LearningAchievement',
        title: 'Short course',
        awardedBy: {
          awardingDate: '2025-02-20',
          awardingBody: {
            id: 'urn:org:uni',
            legalName: 'Example University',
            location: { address: { countryCode: { id: 'http://publications.europa.eu/resource/authority/country/DEU' } } },
          },
        },
        specifiedBy: {
          id: 'urn:spec:short',
          title: 'Data Literacy',
          creditPoint: { framework: { prefLabel: { en: 'ECTS' } }, point: '3' },
          volumeOfLearning: 'PT75H',
          eqfLevel: { id: 'http://data.europa.eu/snb/eqf/5' },
          mode: { prefLabel: 'Blended' },
          learningOutcome: { title: 'Read a chart critically' },
          accreditation: { dcType: { prefLabel: { en: 'Programme accreditation' } }, title: 'Accredited by the national agency' },
        },
        provenBy: {
          title: 'Final project',
          specifiedBy: { dcType: { prefLabel: { en: 'Project' } } },
          idVerification: { prefLabel: { en: 'Unsupervised with no identity verification' } },
          grade: { noteLiteral: { en: 'B' } },
        },
      },
    },
  };
}
