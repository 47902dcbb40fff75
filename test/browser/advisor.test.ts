/**
 * The advisor page (examples/advisor) in headless Chromium: built from the
 * browser entry, opened from the file system, checked for what it shows.
 * Skipped, saying so, where no Chromium is installed (`apt-get install
 * chromium`; .ci/run installs it).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAdvisor } from '../../examples/advisor/build.js';
import { findChromium } from './findChromium.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = pathToFileURL(join(ROOT, 'examples', 'advisor', 'index.html')).href;
const executable = findChromium();
const title = executable
  ? 'the advisor page in headless Chromium'
  : 'the advisor page in headless Chromium (SKIPPED: no chromium on PATH; install it with `apt-get install -y chromium`, or set CHROMIUM_PATH)';

if (!executable) console.warn(`skipped: ${title}`);

let browser: Browser | undefined;
let page: Page;
const errors: string[] = [];

async function ready(): Promise<void> {
  await page.waitForSelector('body[data-state=ready]');
}

/** Types into a field as a person would (trusted input events), and waits for the page to settle. */
async function typeInto(selector: string, text: string): Promise<void> {
  await page.evaluate(() => (document.body.dataset['state'] = 'typing'));
  await page.fill(selector, text);
  await ready();
}

describe.skipIf(!executable)(title, () => {
  beforeAll(async () => {
    await buildAdvisor();
    browser = await chromium.launch({ executablePath: executable!, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(PAGE);
    await ready();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('audits the bundled learner against the first program: status, credits, requirements', async () => {
    expect(await page.inputValue('#program')).toBe('mit-scmb');
    expect(await page.getAttribute('#status', 'data-status')).toBe('partial');
    expect(await page.textContent('#credits')).toBe('42 of 90 mit-unit');
    expect(await page.textContent('#requirements-met')).toBe('1 of 2');
    expect(await page.getAttribute('[data-requirement="online-semester"] > .status', 'data-status')).toBe('satisfied');
    expect(await page.getAttribute('[data-requirement="residence"] > .status', 'data-status')).toBe('unmet');
    expect(errors).toEqual([]);
  });

  it('ranks every program of the catalog, closest first', async () => {
    const rows = await page.$$eval('#rank-rows tr', (trs) => trs.map((tr) => ({ program: (tr as HTMLElement).dataset['program'], credits: tr.children[3]?.textContent })));
    expect(rows.map((r) => r.program).sort()).toEqual(['hes-almm', 'mit-scm', 'mit-scmb']);
    expect(rows.find((r) => r.program === 'hes-almm')?.credits).toBe('16 of 48');
  });

  it('audits another program when it is chosen', async () => {
    await page.evaluate(() => (document.body.dataset['state'] = 'choosing'));
    await page.selectOption('#program', 'hes-almm');
    await ready();
    expect(await page.getAttribute('#status', 'data-status')).toBe('partial');
    expect(await page.textContent('#credits')).toBe('16 of 48 us-semester');
  });

  it.skipIf(!existsSync(join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')))('draws the picture, and Mermaid parses every audit picture of the bundled examples', async () => {
    expect(await page.getAttribute('#picture', 'data-mermaid')).toBe('drawn');
    const records = await page.$$eval('#record-example option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== 'pasted'));
    const programs = await page.$$eval('#program option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    for (const record of records) {
      await page.evaluate(() => (document.body.dataset['state'] = 'choosing'));
      await page.selectOption('#record-example', record);
      await ready();
      for (const program of programs) {
        await page.evaluate(() => (document.body.dataset['state'] = 'choosing'));
        await page.selectOption('#program', program);
        await ready();
        const text = await page.textContent('#mermaid');
        expect(text).toMatch(/^flowchart /);
        // mermaid.parse throws on text that is not Mermaid; `true` when it reads it.
        const parsed = await page.evaluate(async (source) => {
          const mermaid = (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid;
          try {
            await mermaid.parse(source);
            return true;
          } catch (error) {
            return String(error);
          }
        }, text ?? '');
        expect(parsed, `record ${record}, program ${program}`).toBe(true);
        expect(await page.getAttribute('#picture', 'data-mermaid')).toBe('drawn');
      }
    }
  }, 60_000);

  it('shows the issue of a pasted catalog that is not JSON, with line and column', async () => {
    await typeInto('#catalog', '{\n  "units": [\n    { "id": "x", }\n  ]\n}');
    expect(await page.isHidden('#issues')).toBe(false);
    expect(await page.isHidden('#audit')).toBe(true);
    expect(await page.textContent('#issue-list')).toMatch(/^3:18 malformed at \(root\): the text is not valid JSON: /);
  });

  it('shows the issue of a pasted catalog that is JSON but not a valid catalog, with its path', async () => {
    const text = JSON.stringify({ units: [{ id: 'x', kind: 'course', title: 'X', provider: 'nowhere' }] });
    await typeInto('#catalog', text);
    expect(await page.inputValue('#catalog-example')).toBe('pasted');
    const issues = await page.$$eval('#issue-list li', (items) => items.map((li) => li.textContent));
    expect(issues).toEqual([`1:${text.indexOf('"nowhere"') + 1} unknown_reference at units[0].provider: unit "x" names organisation "nowhere", which is not in the catalog`]);
    expect(await page.isHidden('#audit')).toBe(true);
  });

  it('shows the issues of a pasted record, at paths under record', async () => {
    await page.evaluate(() => (document.body.dataset['state'] = 'choosing'));
    await page.selectOption('#catalog-example', '0');
    await ready();
    await typeInto('#record', JSON.stringify({ achievements: [{ id: 'a', unit: 'SC0x', earnedOn: '2023-02-30' }] }));
    expect(await page.textContent('#issue-list')).toMatch(/invalid_date at record\.achievements\[0\]\.earnedOn: expected a real date written YYYY-MM-DD, got "2023-02-30"/);
    expect(errors).toEqual([]);
  });
});
