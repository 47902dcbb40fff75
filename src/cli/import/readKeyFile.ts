import type { PublicJwk } from '../../interop/vc/JwtKey.js';
import type { Io } from '../Io.js';
import { readDocument } from '../readDocument.js';
import { UsageError } from '../UsageError.js';

/** A JWK file is small; anything larger is not one. */
const MAX_KEY_BYTES = 1_000_000;

/**
 * Reads `--key FILE`: one public JWK as JSON (`{ "kty": "RSA", "n": ..., "e": ... }`).
 *
 * @param io - where to read
 * @param file - the file name
 * @returns the key
 * @throws {@link UsageError} when the file cannot be read or is not a public JWK
 *
 * @example
 * ```ts
 * const key = await readKeyFile(io, 'issuer.jwk.json');
 * ```
 *
 * @category Command line
 */
export async function readKeyFile(io: Io, file: string): Promise<PublicJwk> {
  const read = await readDocument(io, file, MAX_KEY_BYTES);
  if (!read.ok) throw new UsageError(`--key ${file}: ${'reason' in read ? read.reason : read.issues[0]?.message ?? 'cannot be read'}`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    throw new UsageError(`--key ${file}: not JSON (a JWK is a JSON object such as { "kty": "RSA", "n": "...", "e": "AQAB" })`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || typeof (value as { kty?: unknown }).kty !== 'string') {
    throw new UsageError(`--key ${file}: not a JWK (a JSON object with "kty")`);
  }
  if (Object.hasOwn(value, 'd')) throw new UsageError(`--key ${file}: this is a private key; give the public key only`);
  return value as PublicJwk;
}
