import type { Issue, IssuePath } from '../../issues/Issue.js';
import type { IssueCode } from '../../issues/issueCode.js';
import { issue } from '../../_internal/issue.js';
import { MAX_REQUIREMENT_DEPTH } from '../../model/requirement.js';
import type { CtdlGraph } from './CtdlGraph.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportSettings } from './readImportOptions.js';
import { ctidIn, idFromNodeId } from './ctdlTerms.js';
import { firstText, isObject } from './readValues.js';

/**
 * The most requirement nodes one import builds. A document small enough to
 * read can still name a selection component from many places, each copy
 * expanded where it is named; past this budget the import stops with
 * `too_large` rather than running on.
 *
 * @internal
 */
export const MAX_IMPORTED_NODES = 10_000;

/** The state of one import: the document, what was decided, and what went wrong. @internal */
export class ImportContext {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];
  /** The unit id each node became, in the order they were first named. */
  readonly unitIds = new Map<CtdlNode, string>();
  /** Nodes named but not yet made into units. */
  readonly queue: CtdlNode[] = [];
  /** The pathway and its destination: both stand for the program. */
  readonly programNodes = new Set<CtdlNode>();
  programId = '';
  /** The components the pathway lists (its destination included). */
  readonly pathwayComponents = new Set<CtdlNode>();
  /** Organisations named so far, by the id they take, with the node when the document holds one. */
  readonly organisations = new Map<string, { readonly node: CtdlNode | undefined; readonly path: IssuePath }>();
  /** Resources named by a reference the document does not hold, by the id they take. */
  readonly externals = new Map<string, IssuePath>();
  readonly #owners = new Map<string, CtdlNode>();
  readonly #open: CtdlNode[] = [];
  readonly #children = new Map<CtdlNode, CtdlNode[]>();
  readonly #predecessors = new Map<CtdlNode, CtdlNode[]>();
  #built = 0;
  readonly #anonymous = new Map<CtdlNode, string>();

  constructor(
    readonly graph: CtdlGraph,
    readonly settings: ImportSettings,
  ) {
    for (const node of graph.nodes) {
      this.#invert(node, 'isChildOf', this.#children);
      this.#invert(node, 'precedes', this.#predecessors);
    }
  }

  /** Records an issue that stops the import. */
  fail(code: IssueCode, path: IssuePath, message: string, extra: Partial<Pick<Issue, 'expected' | 'received' | 'cycle'>> = {}): null {
    this.issues.push(issue(code, path, message, extra));
    return null;
  }

  /** Records a warning: the import goes on. */
  warn(code: IssueCode, path: IssuePath, message: string): void {
    this.warnings.push(issue(code, path, message));
  }

  /** A term's text, in the preferred language. */
  text(node: CtdlNode, term: string): string | undefined {
    return firstText(node.values(term), this.settings.language);
  }

  /** Components that say they are children of this node (`isChildOf`), beside its own `hasChild`. */
  childrenOf(node: CtdlNode): readonly CtdlNode[] {
    return this.#children.get(node) ?? [];
  }

  /** Components that say they come before this node (`precedes`, `preceeds`). */
  predecessorsOf(node: CtdlNode): readonly CtdlNode[] {
    return this.#predecessors.get(node) ?? [];
  }

  /** Whether a node stands for the program (the pathway or its destination). */
  isProgram(node: CtdlNode): boolean {
    return this.programNodes.has(node);
  }

  /** The unit a node becomes, named now and made later; two nodes claiming one id is an issue. */
  unitFor(node: CtdlNode): string {
    const known = this.unitIds.get(node);
    if (known !== undefined) return known;
    const id = this.idOf(node);
    const owner = this.#owners.get(id);
    if (owner !== undefined || id === this.programId) {
      this.fail('duplicate_id', node.path, `two resources of the document become the unit "${id}"`, { received: id });
    }
    this.#owners.set(id, node);
    this.unitIds.set(node, id);
    this.queue.push(node);
    return id;
  }

  /** The id a node's unit or organisation takes: credstack's own, else its CTID, else its `@id`. */
  idOf(node: CtdlNode, own = 'credstack:unit'): string {
    const kept = node.raw[own];
    if (isObject(kept) && typeof kept['id'] === 'string' && kept['id'] !== '') return kept['id'];
    const ctid = this.text(node, 'ctid');
    if (ctid !== undefined && ctid !== '') return ctid;
    if (node.id !== undefined) return ctidIn(node.id) ?? idFromNodeId(node.id);
    // A node with neither (an object given inline) gets one, the same each time it is asked.
    const given = this.#anonymous.get(node) ?? `node-${this.#anonymous.size + 1}`;
    this.#anonymous.set(node, given);
    return given;
  }

  /**
   * Enters a node while building a requirement tree: refused (with an
   * issue) past the depth limit, past the node budget, or when the node is
   * already being built (a loop).
   */
  enter(node: CtdlNode, depth: number, name: string): boolean {
    if (depth > MAX_REQUIREMENT_DEPTH) {
      this.fail('too_deep', node.path, `the requirements nest deeper than ${MAX_REQUIREMENT_DEPTH} levels here`, { expected: `at most ${MAX_REQUIREMENT_DEPTH} levels` });
      return false;
    }
    if (++this.#built > MAX_IMPORTED_NODES) {
      if (this.#built === MAX_IMPORTED_NODES + 1) this.fail('too_large', node.path, `the requirements expand to more than ${MAX_IMPORTED_NODES} nodes`);
      return false;
    }
    const at = this.#open.indexOf(node);
    if (at >= 0) {
      const cycle = [...this.#open.slice(at), node].map((n) => this.#label(n));
      this.fail('cycle', node.path, `${name} refer to each other in a loop: ${cycle.join(' → ')}`, { cycle });
      return false;
    }
    this.#open.push(node);
    return true;
  }

  /** Leaves a node entered with {@link enter}. */
  leave(): void {
    this.#open.pop();
  }

  #label(node: CtdlNode): string {
    return this.unitIds.get(node) ?? this.text(node, 'name') ?? node.id ?? 'a condition';
  }

  #invert(node: CtdlNode, term: string, into: Map<CtdlNode, CtdlNode[]>): void {
    for (const v of node.values(term)) {
      const other = this.graph.resolve(v.value);
      if (other === undefined || other === node) continue;
      const list = into.get(other) ?? [];
      list.push(node);
      into.set(other, list);
    }
  }
}
