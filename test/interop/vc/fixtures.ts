import { readFileSync } from 'node:fs';
import { base64url } from 'jose';

/** The shared fixtures folder (real credentials published by others, kept unchanged). */
const FIXTURES = new URL('../../fixtures/standards/', import.meta.url);

/** The text of a fixture, by its path under the fixtures folder (`ob3/simple.json`). */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A JSON fixture, parsed afresh on each call. */
export function fixtureJson(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

/** The decoded parts of a compact JWS. */
export function jwtParts(token: string): { header: Record<string, unknown>; payload: Record<string, unknown>; signature: string } {
  const [h, p, signature] = token.trim().split('.');
  const decode = (part: string): Record<string, unknown> => JSON.parse(new TextDecoder().decode(base64url.decode(part))) as Record<string, unknown>;
  return { header: decode(h!), payload: decode(p!), signature: signature! };
}

/** A compact JWS with its payload changed and its header and signature kept (so the signature no longer matches). */
export function tamper(token: string, change: (payload: Record<string, unknown>) => void): string {
  const [h, p, s] = token.trim().split('.');
  const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p!))) as Record<string, unknown>;
  change(payload);
  return `${h}.${base64url.encode(JSON.stringify(payload))}.${s}`;
}

/** Every path to a leaf (a scalar, an empty list or object) of plain data. */
export function leafPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  if (entries.length === 0) return [at];
  return entries.flatMap(([k, v]) => leafPaths(v, [...at, k]));
}

/** The value at a path of plain data. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

/** Deep-freezes plain data (test data is small). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
