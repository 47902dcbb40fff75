import { isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml';

/** A key of a YAML mapping: its text and the path of the mapping that holds it. @internal */
export interface YamlKey {
  readonly key: string;
  readonly path: readonly (string | number)[];
}

/**
 * The mapping key that starts at `offset` in a parsed YAML document, with
 * the path of its mapping: to say which key a `DUPLICATE_KEY` error of the
 * parser is about, and where. The document's depth has been bounded by
 * `scanYaml`, so walking it cannot overflow the stack.
 *
 * @internal
 */
export function findYamlKey(doc: Document.Parsed, offset: number): YamlKey | undefined {
  let found: YamlKey | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isNode(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      found = { key: keyText(pair.key), path: pathOf(ancestors) };
      return visit.BREAK;
    },
  });
  return found;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function pathOf(ancestors: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((node, i) => {
    if (isPair(node)) path.push(keyText(node.key));
    else if (isSeq(node)) path.push(node.items.indexOf(ancestors[i + 1] as never));
  });
  return path;
}
