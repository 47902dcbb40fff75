import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MICROCREDENTIAL_ELEMENTS } from '../../src/microcredential/MicrocredentialElement.js';
import { cells } from '../_helpers/formatDoc.js';

const DOC = readFileSync(new URL('../../docs/interop/eu-microcredentials.md', import.meta.url), 'utf8');

/** The codes in the second column of the table that follows a heading. */
function codesOf(heading: string, column: number): string[] {
  const from = DOC.indexOf(heading);
  const rows = DOC.slice(from).split('\n').slice(1);
  const table = rows.slice(rows.findIndex((l) => l.startsWith('|')));
  const end = table.findIndex((l) => !l.startsWith('|'));
  return table
    .slice(2, end)
    .map((l) => cells(l)[column] ?? '')
    .map((c) => /`([a-z-]+)`/.exec(c)?.[1] ?? c);
}

describe('docs/interop/eu-microcredentials.md', () => {
  it('lists every element, by its code, in the order of MICROCREDENTIAL_ELEMENTS, mandatory ones first', () => {
    expect(codesOf('## The elements and where they live', 1)).toEqual([...MICROCREDENTIAL_ELEMENTS]);
    const mandatory = DOC.slice(DOC.indexOf('## The elements')).split('\n').filter((l) => /^\| [^|]+ \| `[a-z-]+` \| yes \|/.test(l));
    expect(mandatory).toHaveLength(11);
  });

  it('describes what the check reports for each mandatory element of a unit', () => {
    expect(codesOf('## Which elements a unit lacks', 0)).toEqual([
      'title', 'country', 'awarding-body', 'learning-outcomes', 'workload', 'level', 'assessment', 'participation', 'quality-assurance',
    ]);
  });
});
