/**
 * Freezes plain data all the way down, without recursion. Returns its input.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (Object.isFrozen(current)) continue;
    Object.freeze(current);
    for (const key of Object.keys(current)) {
      const child: unknown = (current as Record<string, unknown>)[key];
      // Only objects go on the stack: most values are strings and numbers.
      if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
  return value;
}
