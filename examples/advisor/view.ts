// What the advisor page shows: DOM built with textContent only, so nothing
// pasted into the page is ever read as HTML.
import { formatPath, type AuditResult, type Issue, type NodeResult, type RankResult } from '../../src/browser.js';

/** The element with this id; the page is static, so a missing one is a bug of the page. */
export function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

function element(tag: string, text?: string, className?: string): HTMLElement {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className !== undefined) made.className = className;
  return made;
}

/** A status as a coloured label whose class and `data-status` carry the status itself. */
function statusLabel(status: string): HTMLElement {
  const label = element('span', status, `status ${status}`);
  label.dataset['status'] = status;
  return label;
}

/** Lists issues as `line:column code at path: message` under a heading naming the document. */
export function showIssues(title: string, issues: readonly Issue[]): void {
  byId('issues-title').textContent = title;
  const list = byId('issue-list');
  list.replaceChildren(
    ...issues.map((i) => {
      const where = i.line === undefined ? '' : `${i.line}:${i.column ?? '-'} `;
      return element('li', `${where}${i.code} at ${formatPath(i.path)}: ${i.message}`);
    }),
  );
  byId('issues').hidden = issues.length === 0;
}

function credits(c: AuditResult['totals']['credits']): string {
  return c.required === undefined ? `${c.applied}` : `${c.applied} of ${c.required}`;
}

function progress(node: NodeResult): string {
  const p = node.progress.credits ?? node.progress.count ?? node.progress.children;
  if (!p) return '';
  const what = node.progress.credits ? 'credits' : node.progress.count ? 'achievements' : 'parts';
  return ` ${p.applied}/${p.needed} ${what}`;
}

function requirementItem(node: NodeResult): HTMLElement {
  const item = element('li');
  item.dataset['requirement'] = node.id;
  item.append(statusLabel(node.status), ` ${node.title ?? node.id}${progress(node)}`);
  if (node.applied.length > 0) {
    item.append(element('div', `applied: ${node.applied.map((a) => `${a.unit} (${a.credits} credits, ${a.provenance.kind})`).join(', ')}`, 'applied'));
  }
  if (node.children.length > 0) {
    const children = element('ul', undefined, 'tree');
    children.append(...node.children.map(requirementItem));
    item.append(children);
  }
  return item;
}

/** Shows an audit: the program, its status, credits, and the requirement tree with each node's status. */
export function showAudit(result: AuditResult): void {
  byId('program-title').textContent = `${result.program.title} (${result.program.id})`;
  const status = byId('status');
  status.textContent = result.status;
  status.className = `status ${result.status}`;
  status.dataset['status'] = result.status;
  byId('credits').textContent = `${credits(result.totals.credits)}${result.creditSystem ? ` ${result.creditSystem}` : ''}`;
  byId('requirements-met').textContent = `${result.totals.requirements.satisfied} of ${result.totals.requirements.total}`;
  byId('requirements').replaceChildren(requirementItem(result.root));
  byId('audit').hidden = false;
}

/** Shows the ranking: every program of the catalog, closest first, with what is left to finish it. */
export function showRanking(ranking: RankResult): void {
  byId('rank-rows').replaceChildren(
    ...ranking.programs.map((p, k) => {
      const row = element('tr');
      row.dataset['program'] = p.program.id;
      const plan = p.plan;
      const finish = p.satisfied ? 'complete' : plan?.units.length ? `${plan.units.join(', ')}${plan.cost !== undefined ? ` (${plan.cost.toLocaleString('en')} ${plan.currency ?? ''})` : ''}` : 'no plan found';
      const cells = [`${k + 1}`, `${p.program.title} (${p.program.id})`, '', credits(p.credits), `${p.requirements.satisfied} of ${p.requirements.total}`, finish];
      row.append(...cells.map((text) => element('td', text)));
      row.children[2]!.append(statusLabel(p.status));
      return row;
    }),
  );
  byId('ranking').hidden = false;
}

/** Hides what an earlier run showed. */
export function clearResults(): void {
  for (const id of ['audit', 'ranking', 'picture']) byId(id).hidden = true;
}
