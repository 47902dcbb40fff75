import type { CtdlValue } from './CtdlNode.js';
import { conceptName } from './ctdlTerms.js';

/** Whether a value is a plain object (not an array, not null). @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Text from a value that may be a string, a language map
 * (`{ "en-US": "..." }`, whose entries may themselves be lists), a JSON-LD
 * value object (`{ "@value": "..." }`) or a list of these. From a language
 * map, the preferred language wins, then one of the same primary language,
 * then the first text given.
 *
 * @internal
 */
export function readText(value: unknown, language: string): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length > 0 ? readText(value[0], language) : undefined;
  if (!isObject(value)) return undefined;
  if (Object.hasOwn(value, '@value')) return readText(value['@value'], language);
  const keys = Object.keys(value);
  const primary = language.toLowerCase().split('-')[0];
  const bare = (key: string): string => key.replace(/^@/, '').toLowerCase();
  const chosen =
    keys.find((k) => bare(k) === language.toLowerCase()) ??
    keys.find((k) => bare(k).split('-')[0] === primary) ??
    keys.find((k) => readText(value[k], language) !== undefined);
  return chosen === undefined ? undefined : readText(value[chosen], language);
}

/** The text of a term's first value that gives some. @internal */
export function firstText(values: readonly CtdlValue[], language: string): string | undefined {
  for (const v of values) {
    const text = readText(v.value, language);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * A number from a number, a numeric string (`"12"`, `"4.5"`) or a JSON-LD
 * value object; `undefined` otherwise. Non-finite numbers are refused.
 *
 * @internal
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  if (isObject(value) && Object.hasOwn(value, '@value')) return readNumber(value['@value']);
  return undefined;
}

/**
 * The id a reference names: a string, or an object's `@id` (or `id`);
 * `undefined` otherwise.
 *
 * @internal
 */
export function refId(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (!isObject(value)) return undefined;
  const id = Object.hasOwn(value, '@id') ? value['@id'] : value['id'];
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * The bare name of a concept given as text (`logic:Or`, `Or`), as a URI, or
 * as an alignment object (`{ "ceterms:targetNode": "creditUnit:SemesterHour" }`).
 *
 * @internal
 */
export function readConcept(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : conceptName(value);
  if (!isObject(value)) return undefined;
  for (const key of ['ceterms:targetNode', 'targetNode', '@id', 'ceterms:targetNodeName', 'targetNodeName']) {
    if (!Object.hasOwn(value, key)) continue;
    const found = typeof value[key] === 'string' ? readConcept(value[key]) : readText(value[key], 'en');
    if (found !== undefined) return conceptName(found);
  }
  return undefined;
}
