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
 * Plain text: ids and prose as they are.
 *
 * @category Reports
 */
export const PLAIN_STYLE: ReportStyle = Object.freeze({
  id: (text: string) => text,
  text: (text: string) => text,
});

// Characters that could start emphasis, links, code, HTML or headings.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#|~]/g;

/**
 * Markdown: ids as code spans, prose with Markdown's special characters
 * escaped so that a title like `C*-algebras` prints as written.
 *
 * @category Reports
 */
export const MARKDOWN_STYLE: ReportStyle = Object.freeze({
  id: codeSpan,
  text: (text: string) => oneLine(text).replace(MARKDOWN_SPECIAL, '\\$&'),
});

function codeSpan(text: string): string {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// A list item is one line: newlines in the data would break the list.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
