import type { EdcNode, EdcReader } from './EdcReader.js';

const EQF_CONCEPT = /\/eqf\/(\d+)$/;

/**
 * The level of an ELM `eqfLevel` Concept (`http://data.europa.eu/snb/eqf/6`,
 * or a label such as `Level 6`), from 1 to 8. A level outside them is an
 * issue; a concept that names none is left to `extensions.edc` with a
 * warning.
 *
 * @internal
 */
export function readEqfLevel(reader: EdcReader, node: EdcNode): number | undefined {
  const concept = reader.first(node);
  if (concept === undefined) return undefined;
  const fromId = EQF_CONCEPT.exec(reader.id(concept) ?? '')?.[1];
  const fromLabel = /(\d+)/.exec(reader.label(concept) ?? '')?.[1];
  const level = fromId ?? fromLabel ?? (typeof concept.value === 'number' ? String(concept.value) : undefined);
  if (level === undefined) {
    reader.warn('unmapped', concept, 'the EQF level names no number, so it is kept in extensions.edc');
    return undefined;
  }
  const value = Number(level);
  if (!Number.isInteger(value) || value < 1 || value > 8) return reader.fail('invalid_value', concept, `an EQF level is 1 to 8, got ${level}`);
  return value;
}
