import { escapeControls } from '../_internal/escapeControls.js';
import { clipText } from '../_internal/clipText.js';
import { clipMessage } from '../_internal/clipMessage.js';

// Longer than any real id (a URL, a URN); a 10 MB id is cut, with its length.
const MAX_ID_CHARACTERS = 200;

/**
 * How the report helpers write ids and prose, so that the text and the
 * Markdown reports share their wording and differ only in markup.
 *
 * @category Reports
 */
export interface ReportStyle {
  /** Writes an id (of a unit, an achievement, a requirement, ...). */
  id(text: string): string;
  /** Writes prose taken from the data (a title, a message, a reason). */
  text(text: string): string;
}

/**
 * Plain text: ids and prose as they are, on one line, with control
 * characters made visible (`\x1B`) so that data cannot move a terminal's
 * cursor, change its colours or reorder what it shows, and huge values cut
 * (with their length) so that a 10 MB id cannot fill a report.
 *
 * @category Reports
 */
export const PLAIN_STYLE: ReportStyle = Object.freeze({
  id: (text: string) => escapeControls(oneLine(clipText(text, MAX_ID_CHARACTERS))),
  text: (text: string) => escapeControls(oneLine(clipMessage(text))),
});

// Characters that could start emphasis, links, code, HTML or headings.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#|~]/g;

/**
 * Markdown: ids as code spans, prose with Markdown's special characters
 * escaped so that a title like `C*-algebras` prints as written, and control
 * characters made visible as in {@link PLAIN_STYLE}.
 *
 * @category Reports
 */
export const MARKDOWN_STYLE: ReportStyle = Object.freeze({
  id: codeSpan,
  text: (text: string) => escapeControls(oneLine(clipMessage(text)).replace(MARKDOWN_SPECIAL, '\\$&')),
});

function codeSpan(text: string): string {
  const flat = escapeControls(oneLine(clipText(text, MAX_ID_CHARACTERS)));
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// A list item is one line: newlines in the data would break the list.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
