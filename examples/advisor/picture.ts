// The audit as a Mermaid flowchart: always as text; drawn too where the
// page loaded Mermaid (dist/mermaid.min.js, copied there by the build
// when the mermaid package is installed).
import { renderAuditMermaid, type AuditResult } from '../../src/browser.js';
import { byId } from './view.js';

/** The part of Mermaid's browser API the page uses. */
interface Mermaid {
  initialize(config: { startOnLoad: boolean; securityLevel: 'strict' }): void;
  parse(text: string): Promise<unknown>;
  render(id: string, text: string): Promise<{ svg: string }>;
}

const mermaid = (globalThis as { mermaid?: Mermaid }).mermaid;
mermaid?.initialize({ startOnLoad: false, securityLevel: 'strict' });
let drawn = 0;

/**
 * Shows the audit's Mermaid text and, with Mermaid loaded, the drawing.
 * `#picture` gets `data-mermaid`: `text` (no Mermaid on the page), `drawn`,
 * or `invalid` (Mermaid refused the text; its message is shown).
 */
export async function showPicture(result: AuditResult): Promise<void> {
  const text = renderAuditMermaid(result, { direction: 'LR' });
  const section = byId('picture');
  byId('mermaid').textContent = text;
  const diagram = byId('diagram');
  diagram.replaceChildren();
  section.hidden = false;
  if (!mermaid) {
    section.dataset['mermaid'] = 'text';
    return;
  }
  try {
    await mermaid.parse(text);
    // Mermaid's own output, sanitised by it (securityLevel strict).
    diagram.innerHTML = (await mermaid.render(`audit-picture-${++drawn}`, text)).svg;
    section.dataset['mermaid'] = 'drawn';
  } catch (error) {
    diagram.textContent = `Mermaid could not read the picture: ${error instanceof Error ? error.message : String(error)}`;
    section.dataset['mermaid'] = 'invalid';
  }
}
