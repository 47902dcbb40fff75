import { describe, expect, it } from 'vitest';
import { readData } from '../../src/_internal/readData.js';

const COPY = { maxNodes: 1000, copy: true } as const;

/** A small graph that unfolds into 2^depth paths: each level refers to the next twice. */
function sharedTree(depth: number): unknown {
  let node: unknown = { unit: 'C1' };
  for (let i = 0; i < depth; i++) node = { all: [node, node] };
  return node;
}

describe('readData', () => {
  it('copies plain data into fresh objects, __proto__ kept as a key', () => {
    const input = JSON.parse('{"a": [1, {"b": null}], "__proto__": {"x": 1}}') as Record<string, unknown>;
    const read = readData(input, COPY);
    expect(read).toMatchObject({ ok: true, keys: 4 });
    if (!read.ok) return;
    expect(read.value).toEqual(input);
    expect(read.value).not.toBe(input);
    expect(Object.keys(read.value as object)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(read.value)).toBe(Object.prototype);
  });

  it('reads each getter once, and a getter that throws is an issue at its path', () => {
    let reads = 0;
    const counted = { get id() { reads++; return 'a'; } };
    expect(readData({ units: [counted] }, COPY)).toMatchObject({ ok: true, value: { units: [{ id: 'a' }] } });
    expect(reads).toBe(1);
    const throwing = { units: [{ get id(): string { throw new Error('no'); } }] };
    expect(readData(throwing, COPY)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid_type', path: ['units', 0, 'id'] }) });
  });

  it('turns a revoked Proxy into an issue, wherever it is', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(readData(proxy, COPY)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid_type', path: [] }) });
    expect(readData({ a: [proxy] }, COPY)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'invalid_type', path: ['a', 0] }) });
  });

  // Before: a tree sharing its subtrees was walked as a tree, 2^60 nodes, and never returned.
  it('refuses shared subtrees that unfold past the node budget', () => {
    expect(readData(sharedTree(60), { maxNodes: 1_000_000, copy: true })).toEqual({ ok: false, issue: expect.objectContaining({ code: 'too_large' }) });
    expect(readData(sharedTree(3), COPY)).toMatchObject({ ok: true });
  });

  it('refuses a long list before reading it', () => {
    const sparse: unknown[] = [];
    sparse.length = 4_000_000_000;
    expect(readData({ list: sparse }, COPY)).toEqual({ ok: false, issue: expect.objectContaining({ code: 'too_large', path: ['list'] }) });
  });

  it('names the path where the data nests too deep', () => {
    expect(readData({ a: [{ b: 1 }] }, { ...COPY, maxDepth: 3 })).toMatchObject({ ok: true });
    expect(readData({ a: [{ b: { c: 1 } }] }, { ...COPY, maxDepth: 3 })).toEqual({ ok: false, issue: expect.objectContaining({ code: 'too_deep', path: ['a', 0, 'b'] }) });
  });
});
