import { clipText, MAX_SHOWN_CHARACTERS } from './clipText.js';

/** Messages up to this long are kept as they are: the usual case, and cheap. */
const SHORT_MESSAGE = 400;
/** No message is longer than this, whatever it quotes. */
const MAX_MESSAGE = 2000;

/**
 * Shortens a message that quotes huge values: each quoted part (`"..."`)
 * and each run without spaces longer than a value may be is cut with
 * {@link clipText}, so the words around them survive; what is still too
 * long is cut at the end. Linear in the message (no regular expression,
 * whose backtracking a 10 MB run could overflow).
 *
 * @internal
 */
export function clipMessage(message: string): string {
  if (message.length <= SHORT_MESSAGE) return message;
  const parts = message.split('"');
  const clipped = parts.map((part, i) => (i % 2 === 1 ? clipText(part) : clipRuns(part))).join('"');
  return clipText(clipped, MAX_MESSAGE);
}

/** Cuts each run of characters other than spaces that is longer than a value may be. */
function clipRuns(text: string): string {
  let out = '';
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) > 0x20) end++;
    out += clipText(text.slice(start, end), MAX_SHOWN_CHARACTERS);
    let next = end;
    while (next < text.length && text.charCodeAt(next) <= 0x20) next++;
    out += text.slice(end, next);
    start = next;
  }
  return out;
}
