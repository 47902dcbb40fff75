import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/parseCatalog.js';
import { audit } from '../../src/audit/audit.js';
import { renderAuditText } from '../../src/report/renderAuditText.js';

// The README shows a report and the values of a first example; both must be
// what the library gives for the bundled example data.

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const data = (name: string): string => readFileSync(new URL(`../../examples/data/${name}`, import.meta.url), 'utf8');
const catalog = parseCatalog(data('scm-catalog.yaml'));
const record = data('learner-scm.yaml');
const AS_OF = '2024-06-30';

/** A value the way the README's comments write it: `{ applied: 16, required: 48 }`. */
function literal(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value !== null && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
  return String(value);
}

/** The lines of the first fenced block of `lang` after `heading`. */
function block(heading: string, lang: string): string[] {
  const from = README.indexOf(heading);
  const start = README.indexOf(`\`\`\`${lang}\n`, from) + lang.length + 4;
  return README.slice(start, README.indexOf('```', start)).replace(/\n$/, '').split('\n');
}

describe('README', () => {
  it('shows the report `npm run demo` prints for MIT\'s blended master\'s', () => {
    const shown = block('## Try it', 'text').filter((l) => l !== '...');
    const printed = renderAuditText(audit(catalog, record, 'mit-scmb', { asOf: AS_OF })).split('\n');
    expect(shown.length).toBeGreaterThan(10);
    expect(printed.slice(0, shown.length)).toEqual(shown);
  });

  it('states the values its first example gives', () => {
    const result = audit(catalog, record, 'hes-almm', { asOf: AS_OF });
    const code = block('## First example in code', 'ts').join('\n');
    expect(code).toContain(`'hes-almm', { asOf: '${AS_OF}' }`);
    expect(code).toMatch(new RegExp(`result\\.satisfied; +// ${result.satisfied}\\n`));
    expect(code).toContain(`// ${literal(result.totals.credits)}\n`);
    expect(code).toContain(`// ${literal(result.inferred[0]?.unit)}, stacked`);
  });
});
