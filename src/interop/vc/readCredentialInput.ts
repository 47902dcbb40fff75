import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { readInput } from '../../_internal/readInput.js';
import type { Locate } from '../../_internal/parseText.js';
import type { ParseLimits } from '../../_internal/parseLimits.js';
import { looksLikeJwt } from './decodeJwt.js';
import { credentialSource, type CredentialSource } from './credentialSource.js';

const AS_IS: Locate = (issues) => [...issues];

/**
 * Reads what a caller passed to an importer: a compact VC-JWT, JSON text,
 * or a parsed object (copied once, so getters and proxies are read once and
 * the caller's data is never touched). Text is held to `limits.maxSize`
 * characters and data to `limits.maxNodes` nodes. Returns the credential
 * source and a way to add line and column to issues about JSON text.
 *
 * @internal
 */
export function readCredentialInput(input: unknown, limits: ParseLimits): { ok: true; source: CredentialSource; locate: Locate } | { ok: false; issues: Issue[] } {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.length > limits.maxSize) {
      return { ok: false, issues: [issue('too_large', [], `the text is ${text.length} characters long, more than the limit of ${limits.maxSize}; raise maxSize if it is genuine`)] };
    }
    if (looksLikeJwt(text)) {
      const read = credentialSource(text, [], limits);
      return read.ok ? { ...read, locate: AS_IS } : read;
    }
    if (!text.startsWith('{')) {
      return { ok: false, issues: [issue('malformed', [], 'expected a credential as JSON text (starting with "{") or as a VC-JWT (base64url parts separated by dots)')] };
    }
  }
  const read = readInput(input, limits);
  if (!read.ok) return read;
  const source = credentialSource(read.value, [], limits);
  return source.ok ? { ...source, locate: read.locate } : { ok: false, issues: read.locate(source.issues) };
}
