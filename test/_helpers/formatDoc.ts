/** Reads docs/format.md into sections: each type's field table and its YAML examples. */
import { readFileSync } from 'node:fs';

// ---- the document, read --------------------------------------------------

export const DOC = readFileSync(new URL('../../docs/format.md', import.meta.url), 'utf8');

export interface Row {
  readonly field: string;
  readonly type: string;
  readonly required: string;
  readonly meaning: string;
}

export interface Section {
  readonly key: string;
  readonly rows: Row[];
  readonly yaml: string[];
}

export function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Sections by heading: `Unit`, or `Requirement/select` for a `###` under `## Requirement`. */
export function readSections(text: string): Map<string, Section> {
  const sections = new Map<string, Section>();
  let h2 = '';
  let current: Section = { key: '', rows: [], yaml: [] };
  let fence: string[] | undefined;
  let inTable = false;
  sections.set('', current);
  for (const line of text.split('\n')) {
    if (fence) {
      if (line.startsWith('```')) {
        current.yaml.push(fence.join('\n'));
        fence = undefined;
      } else fence.push(line);
      continue;
    }
    if (line.startsWith('```yaml')) fence = [];
    const heading = /^(##|###) (.+)$/.exec(line);
    if (heading) {
      const title = heading[2]!.trim();
      const key = heading[1] === '##' ? (h2 = title) : `${h2}/${title}`;
      current = { key, rows: [], yaml: [] };
      if (sections.has(key)) throw new Error(`docs/format.md has two sections "${key}"`);
      sections.set(key, current);
    }
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const row = cells(line);
    if (row[0] === 'field') inTable = true;
    else if (inTable && !/^-+$/.test(row[0] ?? '')) {
      const [field = '', type = '', required = '', meaning = ''] = row;
      current.rows.push({ field: field.replace(/`/g, ''), type, required, meaning });
    }
  }
  return sections;
}

export const SECTIONS = readSections(DOC);

export function section(key: string): Section {
  const found = SECTIONS.get(key);
  if (!found) throw new Error(`docs/format.md has no section "${key}"`);
  return found;
}

export function documented(key: string): Map<string, Row> {
  return new Map(section(key).rows.map((r) => [r.field, r]));
}

