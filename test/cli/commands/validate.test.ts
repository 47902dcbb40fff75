import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { memoryIo, SCM_CATALOG } from '../memoryIo.js';
import { expectUsageError } from '../expectUsageError.js';

const RECORD = `learner: { id: ada }
achievements:
  - { id: a1, unit: SC0x, earnedOn: "2023-05-20", grade: { scale: percent, value: 86 } }
  - { id: a2, unit: SC1x, earnedOn: "2023-09-01" }
`;
const RECORD_UNKNOWN_UNIT = `achievements:
  - { id: a1, unit: SC0x, earnedOn: "2023-05-20" }
  - { id: a2, unit: SC9x, earnedOn: "2023-09-01" }
`;
const BROKEN_YAML = 'name: x\nunits:\n  - id: a\n    kind: [course\n';
const INVALID_CATALOG = SCM_CATALOG.replace('provider: mitx\n', 'provider: mitxx\n');
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

async function validate(files: Record<string, string | Uint8Array>, ...argv: string[]) {
  const io = memoryIo(files);
  const code = await run(['validate', ...argv], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('credstack validate', () => {
  it('exits 0 for the example catalog and summarises it', async () => {
    const { code, out } = await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml');
    expect(code).toBe(0);
    expect(out).toMatch(/^scm\.yaml: valid catalog \(21 units, \d+ programs?\)$/m);
  });

  it('reports a YAML syntax error with its line and column, exit 3', async () => {
    const { code, out } = await validate({ 'bad.yaml': BROKEN_YAML }, 'bad.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^bad\.yaml:\d+:\d+: malformed: /m);
    expect(out).toMatch(/^bad\.yaml: 1 issues?$/m);
  });

  it('reports malformed JSON with its position', async () => {
    const { code, out } = await validate({ 'bad.json': '{\n  "units": [1,\n}\n' }, 'bad.json');
    expect(code).toBe(3);
    expect(out).toMatch(/^bad\.json:\d+:\d+: malformed: /m);
  });

  it('reports an invalid catalog with line, column and path, exit 3', async () => {
    const { code, out } = await validate({ 'c.yaml': INVALID_CATALOG }, 'c.yaml');
    expect(code).toBe(3);
    const line = INVALID_CATALOG.split('\n').findIndex((l) => l.includes('mitxx')) + 1;
    expect(out).toContain(`c.yaml:${line}:15: unknown_reference at units[0].provider: `);
    expect(out).toMatch(/^c\.yaml: 1 issue$/m);
  });

  it('reports a missing file clearly, without a stack trace, exit 3', async () => {
    const { code, out, err } = await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml', 'missing.yaml');
    expect(code).toBe(3);
    expect(out).toContain('missing.yaml: cannot read: no such file\n');
    expect(out).toContain('scm.yaml: valid catalog');
    expect(`${out}${err}`).not.toMatch(STACK_LINE);
    expect(`${out}${err}`).not.toContain('ENOENT');
  });

  it('asks for --kind when a document is neither a catalog nor a record', async () => {
    const { code, out } = await validate({ 'x.yaml': 'name: hello\n' }, 'x.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^x\.yaml: invalid_type: cannot tell .*--kind/m);
  });

  it('checks every file as the --kind given', async () => {
    const { code, out } = await validate({ 'scm.yaml': SCM_CATALOG }, '--kind', 'record', 'scm.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^scm\.yaml:\d+:\d+: invalid_type at achievements: /m);
  });

  it('checks a record against the --catalog', async () => {
    const files = { 'scm.yaml': SCM_CATALOG, 'ok.yaml': RECORD, 'bad.yaml': RECORD_UNKNOWN_UNIT };
    const { code, out } = await validate(files, '--catalog', 'scm.yaml', 'ok.yaml', 'bad.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^scm\.yaml: valid catalog/m);
    expect(out).toMatch(/^ok\.yaml: valid record \(2 achievements, checked against scm\.yaml\)$/m);
    expect(out).toMatch(/^bad\.yaml:3:\d+: unknown_reference at achievements\[1\]\.unit: .*SC9x/m);
  });

  it('checks a record against a catalog among the files, whatever their order', async () => {
    const { code, out } = await validate({ 'scm.yaml': SCM_CATALOG, 'r.yaml': RECORD_UNKNOWN_UNIT }, 'r.yaml', 'scm.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^r\.yaml:3:\d+: unknown_reference at achievements\[1\]\.unit/m);
    expect(out.indexOf('r.yaml')).toBeLessThan(out.indexOf('scm.yaml'));
  });

  it('without a catalog checks only the record itself', async () => {
    const { code, out } = await validate({ 'r.yaml': RECORD_UNKNOWN_UNIT }, 'r.yaml');
    expect(code).toBe(0);
    expect(out).toMatch(/^r\.yaml: valid record \(2 achievements, no valid catalog/m);
  });

  it('prints warnings with "warning" and still exits 0', async () => {
    const record = 'achievements:\n  - { id: a1, externalId: { scheme: x, id: y }, earnedOn: "2023-05-20" }\n';
    const { code, out } = await validate({ 'scm.yaml': SCM_CATALOG, 'r.yaml': record }, 'scm.yaml', 'r.yaml');
    expect(code).toBe(0);
    expect(out).toMatch(/^r\.yaml:2:\d+: warning unknown_reference at achievements\[0\]\.externalId: /m);
    expect(out).toMatch(/^r\.yaml: valid record \(1 achievement, checked against scm\.yaml; 1 warning\)$/m);
  });

  it('--json prints one parsable object with a report a file', async () => {
    const files = { 'scm.yaml': SCM_CATALOG, 'c.yaml': INVALID_CATALOG };
    const { code, out } = await validate(files, '--json', 'scm.yaml', 'c.yaml', 'gone.yaml');
    expect(code).toBe(3);
    const parsed = JSON.parse(out) as { files: { file: string; kind: string | null; valid: boolean; issues: { code: string; path: unknown[]; line?: number }[]; error?: string }[] };
    expect(parsed.files.map((f) => [f.file, f.kind, f.valid])).toEqual([['scm.yaml', 'catalog', true], ['c.yaml', 'catalog', false], ['gone.yaml', null, false]]);
    expect(parsed.files[1]?.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['units', 0, 'provider'], line: expect.any(Number) });
    expect(parsed.files[2]?.error).toBe('no such file');
  });

  it('--quiet prints nothing when all is valid, and only the issues otherwise', async () => {
    const files = { 'scm.yaml': SCM_CATALOG, 'c.yaml': INVALID_CATALOG };
    expect((await validate(files, '-q', 'scm.yaml')).out).toBe('');
    const { code, out } = await validate(files, '--quiet', 'scm.yaml', 'c.yaml');
    expect(code).toBe(3);
    expect(out.trimEnd().split('\n')).toEqual([expect.stringMatching(/^c\.yaml:\d+:15: unknown_reference at units\[0\]\.provider/)]);
  });

  it.each([
    [[], /needs at least one FILE/],
    [['--kind', 'program', 'scm.yaml'], /--kind must be one of catalog, record/],
    [['--kind'], /argument missing/],
    [['--verbose', 'scm.yaml'], /unknown option '--verbose'/],
    [['--json=yes', 'scm.yaml'], /does not take an argument/],
  ])('%j is a usage error: exit 2, one message and a hint', async (argv, message) => {
    expectUsageError(await validate({ 'scm.yaml': SCM_CATALOG }, ...argv), message);
  });

  // Before: the bytes were decoded with replacement characters and the file was reported valid.
  it('reports bytes that are not UTF-8 with their line and column, exit 3', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('learner: { id: ada }\nachievements:\n  - { id: a\u00e9'), 0xff, ...new TextEncoder().encode(', unit: SC0x }\n')]);
    const { code, out } = await validate({ 'r.yaml': bytes }, 'r.yaml');
    expect(code).toBe(3);
    expect(out).toMatch(/^r\.yaml:3:13: malformed: the file is not UTF-8 text: byte 0xFF /m);
  });

  it('refuses a file larger than --max-size, and takes it under a larger one', async () => {
    const small = await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml', '--max-size', '1K');
    expect(small.code).toBe(3);
    expect(small.out).toMatch(/^scm\.yaml: too_large: the file is larger than 1000 bytes; raise --max-size/m);
    const large = await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml', '--max-size', '10M');
    expect(large.code).toBe(0);
  });

  it('refuses a document with more nodes than --max-nodes', async () => {
    const { code, out } = await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml', '--max-nodes', '100');
    expect(code).toBe(3);
    expect(out).toMatch(/^scm\.yaml:\d+:\d+: too_large: the document holds more than 100 nodes/m);
  });

  it.each([['--max-size', '0'], ['--max-size', '12Q'], ['--max-nodes', '0'], ['--max-nodes', '1e6']])('%s %s is a usage error', async (flag, value) => {
    expectUsageError(await validate({ 'scm.yaml': SCM_CATALOG }, 'scm.yaml', flag, value), new RegExp(`${flag} must be a whole number`));
  });

  // Before: JSON.parse kept the second "kind" and the file was valid.
  it('reports a key given twice in JSON with its line and column', async () => {
    const { code, out } = await validate({ 'c.json': '{\n  "units": [\n    { "id": "a", "kind": "course", "title": "A", "kind": "module" }\n  ]\n}\n' }, 'c.json');
    expect(code).toBe(3);
    expect(out).toContain('c.json:3:50: duplicate_key at units[0]: the key "kind" is given twice in this object\n');
  });

  it('prints control characters from the data visibly, never to the terminal', async () => {
    const { code, out } = await validate({ 'r.yaml': 'achievements:\n  - { id: "a\\e[2J", unit: "SC\\e]0;x\\a", earnedOn: "2023-05-20" }\n', 'scm.yaml': SCM_CATALOG }, 'scm.yaml', 'r.yaml');
    expect(code).toBe(3);
    expect(out).toContain('names unit "SC\\x1B]0;x\\x07"');
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
