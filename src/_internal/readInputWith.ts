import type { Issue } from '../issues/Issue.js';
import type { Locate, ReadText } from './ReadText.js';
import { readData } from './readData.js';
import type { ParseLimits } from './parseLimits.js';
import { TextDocument } from './TextDocument.js';

/** Input read and checked, with a way to place issues in its text, or the issues that stopped it. @internal */
export type ReadInput = { ok: true; value: unknown; locate: Locate } | { ok: false; issues: Issue[] };

const AS_IS: Locate = (issues) => [...issues];

/**
 * The first steps every parser shares: text is read into data by
 * `readText`, within `limits`; data from a caller is copied once into
 * plain data (so getters and proxies are read once, and a getter that
 * throws is an issue) and checked for hostile nesting and size before
 * anything recursive looks at it. A {@link TextDocument} was read already.
 * The reader is a parameter so that a module that reads input need not
 * import the YAML parser (see `readInput` for the one that does).
 *
 * @internal
 */
export function readInputWith(readText: ReadText, input: unknown, limits: ParseLimits): ReadInput {
  if (isTextDocument(input)) return { ok: true, value: input.value, locate: input.locate };
  if (typeof input === 'string') return readText(input, limits);
  const read = readData(input, { maxNodes: limits.maxNodes, copy: true });
  if (!read.ok) return { ok: false, issues: [read.issue] };
  return { ok: true, value: read.value, locate: AS_IS };
}

function isTextDocument(input: unknown): input is TextDocument {
  try {
    return input instanceof TextDocument;
  } catch {
    // A revoked Proxy throws even here; readData reports it.
    return false;
  }
}
