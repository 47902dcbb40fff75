/** What {@link scanJson} reports as it goes. @internal */
export interface JsonVisitor {
  /** A value starts at `offset`; `path` leads to it (the same array each time: copy it to keep it). */
  value?(path: readonly (string | number)[], offset: number): void;
  /** An object's key, at `offset` (its opening quote), in the object at `path`; return true to stop the scan. */
  key?(key: string, offset: number, path: readonly (string | number)[]): boolean | void;
  /** An object starts (`{`). */
  enterObject?(): void;
  /** An object ends (`}`). */
  leaveObject?(): void;
}

const OBJECT = 0;
const ARRAY = 1;

/** The scan's place: an offset, the path to it, and the kinds of the containers open there. */
class Cursor {
  readonly path: (string | number)[] = [];
  readonly kinds: number[] = [];
  i: number;
  stopped = false;

  constructor(
    readonly text: string,
    readonly visitor: JsonVisitor,
  ) {
    this.i = skipSpace(text, 0);
  }

  /** Reads the start of a value; returns whether a value follows at once (inside a container just opened). */
  value(): boolean {
    const { text, visitor } = this;
    visitor.value?.(this.path, this.i);
    const c = text.charCodeAt(this.i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) return this.open(c === 0x7b ? OBJECT : ARRAY);
    this.i = c === 0x22 ? endOfString(text, this.i) + 1 : endOfScalar(text, this.i);
    return false;
  }

  /** Opens an object or array; returns whether a value follows (false when it is empty). */
  open(kind: number): boolean {
    this.kinds.push(kind);
    if (kind === OBJECT) this.visitor.enterObject?.();
    this.i = skipSpace(this.text, this.i + 1);
    if (this.text.charCodeAt(this.i) === (kind === OBJECT ? 0x7d : 0x5d)) {
      this.close();
      return false;
    }
    if (kind === ARRAY) this.path.push(0);
    else this.key(this.i);
    return true;
  }

  close(): void {
    if (this.kinds.pop() === OBJECT) this.visitor.leaveObject?.();
    this.i++;
  }

  /** After a value: a comma and the next, or the ends of the containers it closes. Returns whether a value follows. */
  after(): boolean {
    for (;;) {
      this.i = skipSpace(this.text, this.i);
      const kind = this.kinds[this.kinds.length - 1];
      if (kind === undefined) return false;
      // A value of an object is done: its key leaves the path; an array's index stays until its end.
      if (kind === OBJECT) this.path.pop();
      if (this.text.charCodeAt(this.i) === 0x2c /* , */) break;
      if (kind === ARRAY) this.path.pop();
      this.close();
    }
    this.i = skipSpace(this.text, this.i + 1);
    if (this.kinds[this.kinds.length - 1] === ARRAY) this.path[this.path.length - 1] = (this.path[this.path.length - 1] as number) + 1;
    else this.key(this.i);
    return true;
  }

  /** Reads `"key":` at `at` and puts the key on the path. */
  key(at: number): void {
    const end = endOfString(this.text, at);
    const raw = this.text.slice(at + 1, end);
    const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    if (this.visitor.key?.(key, at, this.path) === true) this.stopped = true;
    this.path.push(key);
    this.i = skipSpace(this.text, skipSpace(this.text, end + 1) + 1);
  }
}

/**
 * Walks the structure of JSON text that `JSON.parse` has already accepted,
 * without recursion and without building values: where each value starts,
 * with its path, and each key. Linear in the text.
 *
 * @internal
 */
export function scanJson(text: string, visitor: JsonVisitor): void {
  const cursor = new Cursor(text, visitor);
  let more = cursor.i < text.length;
  while (more && !cursor.stopped) more = cursor.value() || cursor.after();
}

/** The index of the quote that closes the string opening at `start`. */
function endOfString(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
  return end === -1 ? text.length : end;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let j = quote - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
  return backslashes % 2 === 1;
}

function endOfScalar(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c)) break;
    j++;
  }
  return j;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  return j;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
