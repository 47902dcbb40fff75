// C0 controls but tab, line feed and carriage return (handled by the callers'
// line rules), DEL, C1 controls (0x9B is a CSI on some terminals), the line
// and paragraph separators, and the bidirectional overrides and isolates that
// can make a terminal show text in another order than it is.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters in text from the data visible instead of
 * active: an escape sequence in a title (`\u001b[2J` clears a screen)
 * prints as `\x1B[2J`, a bidirectional override as `\u202E`. Everything
 * else, line breaks and tabs included, is left as it is.
 *
 * @internal
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    const hex = code.toString(16).toUpperCase();
    return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
  });
}
