/**
 * The most characters of one value (an id, a key, a title) a message shows.
 *
 * @internal
 */
export const MAX_SHOWN_CHARACTERS = 80;

/**
 * Cuts a long text for a message: its start, an ellipsis and its length
 * (`SC0xSC0x… (10485760 characters)`), so that a hostile 10 MB id cannot
 * fill a report. Short text comes back as it is. Never splits a surrogate
 * pair.
 *
 * @internal
 */
export function clipText(text: string, max: number = MAX_SHOWN_CHARACTERS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length} characters)`;
}
