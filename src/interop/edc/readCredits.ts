import type { Credits } from '../../model/credits.js';
import { MAX_CREDITS } from '../../model/credits.js';
import { showValue } from '../../_internal/showValue.js';
import type { EdcNode, EdcReader } from './EdcReader.js';

/** The EU's concept for the ECTS credit framework. */
const ECTS_CONCEPT = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/**
 * The ECTS credits among an ELM `creditPoint` (one CreditPoint or a list:
 * `{ framework, point }`), or `undefined`. Points in other frameworks are
 * left to `extensions.edc`, with a warning; a point that is not a number,
 * is negative or is too large is an issue.
 *
 * @internal
 */
export function readCredits(reader: EdcReader, node: EdcNode): Credits | undefined {
  const points = reader.items(node);
  let found: Credits | undefined;
  for (const point of points) {
    const framework = reader.field(point, 'framework');
    const isEcts = reader.id(framework) === ECTS_CONCEPT || /\bects\b/i.test(reader.label(framework) ?? '');
    if (!isEcts) {
      const name = reader.label(framework) ?? reader.id(framework) ?? 'no framework';
      reader.warn('unmapped', point, `credit points in "${name}" are kept in extensions.edc: credstack reads ECTS credit points`);
      continue;
    }
    const value = readPoint(reader, reader.field(point, 'point'));
    if (value !== undefined && found === undefined) found = { value, system: 'ects' };
  }
  return found;
}

function readPoint(reader: EdcReader, node: EdcNode): number | undefined {
  const raw = node.value;
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (text === undefined || !NUMBER.test(text)) {
    return reader.fail('invalid_credits', node, `expected a number of credit points such as "5", got ${showValue(raw)}`);
  }
  const value = Number(text.replace(',', '.'));
  if (value > MAX_CREDITS) return reader.fail('invalid_credits', node, `expected at most ${MAX_CREDITS} credit points, got ${text}`);
  return value;
}
