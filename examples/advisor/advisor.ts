// The advisor page: a catalog and a record (pasted JSON or a bundled
// example), a program of the catalog, and what credstack says: the audit,
// where else the record counts, and the picture. Built into dist/advisor.js
// by build.ts. It imports the library through its browser entry only
// (`src/browser.ts`; in an application, `credstack/browser`).
import { safeAudit, safeParseCatalog, safeRank, type Catalog } from '../../src/browser.js';
import { catalogs, records, type Example } from 'advisor:examples';
import { byId, clearResults, showAudit, showIssues, showRanking } from './view.js';
import { showPicture } from './picture.js';

const catalogText = byId<HTMLTextAreaElement>('catalog');
const recordText = byId<HTMLTextAreaElement>('record');
const programSelect = byId<HTMLSelectElement>('program');
const asOf = byId<HTMLInputElement>('as-of');
let catalog: Catalog | undefined;

function fillExamples(select: HTMLSelectElement, examples: readonly Example[], target: HTMLTextAreaElement): void {
  select.replaceChildren(...examples.map((e, k) => new Option(`${e.label} (${e.file})`, String(k))), new Option('pasted JSON', 'pasted'));
  const load = (): void => {
    const chosen = examples[Number(select.value)];
    if (chosen) target.value = JSON.stringify(chosen.data, null, 2);
  };
  select.addEventListener('change', () => {
    load();
    target.dispatchEvent(new Event('input'));
  });
  // Typed or pasted text is no longer the example.
  target.addEventListener('input', (event) => {
    if (event.isTrusted) select.value = 'pasted';
  });
  load();
}

/** Reads the catalog text; on success lists its programs, keeping the one chosen when it is still there. */
function readCatalog(): boolean {
  const parsed = safeParseCatalog(catalogText.value);
  if (!parsed.success) {
    catalog = undefined;
    programSelect.replaceChildren();
    clearResults();
    showIssues('The catalog has issues', parsed.issues);
    return false;
  }
  catalog = parsed.data;
  const chosen = programSelect.value;
  programSelect.replaceChildren(...catalog.programs.map((p) => new Option(`${p.title} (${p.id})`, p.id)));
  if (catalog.programs.some((p) => p.id === chosen)) programSelect.value = chosen;
  return true;
}

async function run(): Promise<void> {
  document.body.dataset['state'] = 'running';
  if (catalog && programSelect.value !== '') {
    const options = asOf.value === '' ? {} : { asOf: asOf.value };
    const audited = safeAudit(catalog, recordText.value, programSelect.value, options);
    if (!audited.success) {
      clearResults();
      showIssues('The record or the options have issues', audited.issues);
    } else {
      showIssues('', []);
      showAudit(audited.data);
      const ranked = safeRank(catalog, recordText.value, options);
      if (ranked.success) showRanking(ranked.data);
      await showPicture(audited.data);
    }
  }
  document.body.dataset['state'] = 'ready';
}

const rerun = (): void => void run();
fillExamples(byId('catalog-example'), catalogs, catalogText);
fillExamples(byId('record-example'), records, recordText);
catalogText.addEventListener('input', () => {
  if (readCatalog()) rerun();
  else document.body.dataset['state'] = 'ready';
});
for (const input of [recordText, programSelect, asOf]) input.addEventListener('input', rerun);
programSelect.addEventListener('change', rerun);
byId('run').addEventListener('click', rerun);
if (readCatalog()) rerun();
else document.body.dataset['state'] = 'ready';
