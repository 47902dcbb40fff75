import { scanJson } from './scanJson.js';

/** A key given twice in one object: the key, the path of its object, and where the second one is. @internal */
export interface DuplicateKey {
  readonly key: string;
  readonly path: readonly (string | number)[];
  readonly offset: number;
}

/**
 * The first key JSON text gives twice in one object, or undefined. Keys are
 * compared after unescaping (`"a"` and `"\u0061"` are one key). Assumes
 * text `JSON.parse` has accepted.
 *
 * @internal
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const seen: Set<string>[] = [];
  let found: DuplicateKey | undefined;
  scanJson(text, {
    enterObject: () => void seen.push(new Set()),
    leaveObject: () => void seen.pop(),
    key: (key, offset, path) => {
      const keys = seen[seen.length - 1]!;
      if (!keys.has(key)) return void keys.add(key);
      found = { key, path: [...path], offset };
      return true;
    },
  });
  return found;
}
