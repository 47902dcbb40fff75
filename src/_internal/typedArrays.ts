/**
 * Many typed arrays carved from one buffer.
 *
 * @internal
 */

/** The element types {@link typedArrays} makes. @internal */
export type TypedKind = 'f64' | 'i32' | 'u8' | 'i8';

/** The array a {@link TypedKind} makes. @internal */
export type TypedArrayOf<K extends TypedKind> = K extends 'f64' ? Float64Array : K extends 'i32' ? Int32Array : K extends 'u8' ? Uint8Array : Int8Array;

const BYTES: Readonly<Record<TypedKind, number>> = { f64: 8, i32: 4, u8: 1, i8: 1 };

/**
 * Zeroed typed arrays, one per entry of `spec` (its kind and length), all
 * views of one `ArrayBuffer`, in the order given.
 *
 * Why: V8 keeps a typed array of more than 64 bytes outside the heap, and
 * making one costs about as much as a thousand small objects (some 2 µs
 * on a slow machine, against 30 ns for a view of a buffer that exists). A
 * search that needs twenty arrays per problem makes one buffer, not
 * twenty. The views never overlap; each starts on a multiple of 8 bytes.
 * They come back as a tuple, not as an object keyed by name, so that the
 * caller's own object literal keeps one hidden class.
 *
 * @param spec - per array, its kind and length
 * @returns the arrays, in the order of `spec`
 * @example
 * ```ts
 * const [credits, count] = typedArrays([['f64', 30], ['i32', 30]] as const);
 * ```
 * @internal
 */
export function typedArrays<const S extends readonly (readonly [TypedKind, number])[]>(spec: S): { -readonly [K in keyof S]: TypedArrayOf<S[K][0]> } {
  let bytes = 0;
  for (const [kind, length] of spec) bytes += Math.ceil((BYTES[kind] * length) / 8) * 8;
  const buffer = new ArrayBuffer(bytes);
  const out: (Float64Array | Int32Array | Uint8Array | Int8Array)[] = [];
  let offset = 0;
  for (const [kind, length] of spec) {
    out.push(kind === 'f64' ? new Float64Array(buffer, offset, length) : kind === 'i32' ? new Int32Array(buffer, offset, length) : kind === 'u8' ? new Uint8Array(buffer, offset, length) : new Int8Array(buffer, offset, length));
    offset += Math.ceil((BYTES[kind] * length) / 8) * 8;
  }
  return out as { -readonly [K in keyof S]: TypedArrayOf<S[K][0]> };
}
