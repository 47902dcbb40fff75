import type { Locate } from './ReadText.js';

/**
 * A text already read by `parseText`, handed to a safe parser in place of
 * the text so that it is not read twice (the command line reads a file to
 * tell its kind, then validates it), or so that a browser bundle reads
 * YAML only where `readYaml` is imported. Callers cannot make one: to
 * them the parsers' input is text or data as documented, or what
 * `readYaml` hands out.
 *
 * @internal
 */
export class TextDocument {
  /** The data read from the text. */
  readonly value: unknown;
  /** Places issues about the data in the text. */
  readonly locate: Locate;

  constructor(value: unknown, locate: Locate) {
    this.value = value;
    this.locate = locate;
  }
}
