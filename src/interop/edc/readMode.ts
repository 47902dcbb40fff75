import type { EdcNode, EdcReader } from './EdcReader.js';

/** How a unit is taken, in credstack's words. @internal */
export type Mode = 'online' | 'on-campus' | 'blended';

const MODES: readonly [RegExp, Mode][] = [
  [/blend|hybrid|mixed/i, 'blended'],
  [/on-?line|distance|remote|virtual/i, 'online'],
  [/in[- ]person|on-?site|face[- ]to[- ]face|campus|classroom|presen/i, 'on-campus'],
];

/**
 * The mode of learning (or assessment) of an ELM `mode` Concept, read from
 * its label: online, on campus (in person, onsite) or blended. A label of
 * none of them is left to `extensions.edc` with a warning.
 *
 * @internal
 */
export function readMode(reader: EdcReader, node: EdcNode): Mode | undefined {
  const concept = reader.first(node);
  if (concept === undefined) return undefined;
  const label = reader.label(concept);
  if (label === undefined) return undefined;
  const mode = MODES.find(([pattern]) => pattern.test(label))?.[1];
  if (mode === undefined) reader.warn('unmapped', concept, `the mode "${label}" is none of online, on campus or blended, so it is kept in extensions.edc`);
  return mode;
}
