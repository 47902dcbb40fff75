/**
 * The two entries list their exports by name (the house style), so the
 * browser entry's list repeats much of the main entry's. This keeps the
 * repetition honest: everything `credstack/browser` exports, value or type,
 * the main entry exports too, and each value is the very same binding,
 * apart from the browser's own readers (data and JSON only; YAML through
 * `readYaml`).
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser.js';
import * as main from '../../src/index.js';

const TSCONFIG = fileURLToPath(new URL('../../tsconfig.src.json', import.meta.url));
const entry = (name: string): string => fileURLToPath(new URL(`../../src/${name}`, import.meta.url));

/** The browser entry's own: readers without the YAML parser, and what reads YAML on request. */
const BROWSER_OWN = new Set(['safeParseCatalog', 'parseCatalog', 'safeParseRecord', 'parseRecord', 'readYaml', 'ReadYamlOptions', 'TextDocument']);

function exportedNames(files: readonly string[]): Map<string, Set<string>> {
  const config = ts.getParsedCommandLineOfConfigFile(TSCONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error(`cannot read ${TSCONFIG}`);
  const program = ts.createProgram([...files], config.options);
  const checker = program.getTypeChecker();
  return new Map(files.map((f) => [f, new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(f)!)!).map((s) => s.name))]));
}

describe('credstack/browser against the main entry', () => {
  it('exports nothing, value or type, that the main entry does not, but its own readers', () => {
    const [browserFile, mainFile] = [entry('browser.ts'), entry('index.ts')];
    const names = exportedNames([browserFile, mainFile]);
    const extra = [...names.get(browserFile)!].filter((n) => !names.get(mainFile)!.has(n) && !BROWSER_OWN.has(n));
    expect(names.get(browserFile)!.size).toBeGreaterThan(100);
    expect(extra).toEqual([]);
  });

  it('exports the very same values as the main entry, but its own readers', () => {
    const shared = Object.keys(browser).filter((n) => !BROWSER_OWN.has(n));
    expect(shared.length).toBeGreaterThan(40);
    for (const name of shared) expect((browser as Record<string, unknown>)[name], name).toBe((main as Record<string, unknown>)[name]);
    for (const name of BROWSER_OWN) if (name in main) expect((browser as Record<string, unknown>)[name], name).not.toBe((main as Record<string, unknown>)[name]);
  });
});
