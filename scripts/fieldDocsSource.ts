// The text of src/model/fieldDocs.ts, from docs/format.md (see writeFieldDocs.ts).
import { SECTIONS } from '../test/_helpers/formatDoc.js';

/** Markdown to the plain text an editor shows: links to their words, escaped pipes to pipes. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\\\|/g, '|')
    .trim();
}

/** The module: every section with a field table, its fields and their meanings. */
export function fieldDocsSource(): string {
  const entries: string[] = [];
  for (const [key, section] of SECTIONS) {
    if (section.rows.length === 0) continue;
    const fields = section.rows.map((r) => `    [${JSON.stringify(r.field)}, ${JSON.stringify(plain(r.meaning))}],`);
    entries.push(`  [\n    ${JSON.stringify(key)},\n    new Map([\n${fields.map((f) => `  ${f}`).join('\n')}\n    ]),\n  ],`);
  }
  return `// Generated from docs/format.md by scripts/writeFieldDocs.ts: do not edit by hand.

/**
 * What each field of each document type means, as docs/format.md says it:
 * type (or \`Requirement/select\` for a kind of a union) → field path
 * (\`externalIds[].scheme\`) → meaning. The JSON Schemas carry these as
 * descriptions.
 *
 * @internal
 */
export const FIELD_DOCS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
${entries.join('\n')}
]);
`;
}
