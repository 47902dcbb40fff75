import type { Issue, IssuePath } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import type { Catalog } from '../../catalog/Catalog.js';
import { REGISTRY_RESOURCES, blankNodeId, ctidIn, idFromNodeId } from './ctdlTerms.js';
import { isObject } from './readValues.js';

/** The export options, read and checked. @internal */
export interface ExportSettings {
  readonly language: string;
  readonly credstack: boolean;
  readonly recognitions: readonly string[] | undefined;
}

/** The state of one export: the catalog, the node ids given out, and the warnings. @internal */
export class ExportContext {
  readonly warnings: Issue[] = [];
  readonly #ids = new Map<object, Map<string, string>>();
  /** The program being exported, when it is a pathway export. */
  programId: string | undefined;
  readonly #used = new Set<string>();
  readonly #unitIndex = new Map<string, number>();

  constructor(
    readonly catalog: Catalog,
    readonly settings: ExportSettings,
  ) {
    catalog.units.forEach((u, i) => this.#unitIndex.set(u.id, i));
  }

  /** A language map of a text, in the chosen language. */
  text(value: string): Record<string, string> {
    return { [this.settings.language]: value };
  }

  /** The path of a unit in the catalog document, for warnings. */
  unitPath(id: string): IssuePath {
    return ['units', this.#unitIndex.get(id) ?? -1];
  }

  /**
   * Reports something with no place in CTDL: kept under a `credstack:` key
   * for a re-import, or left out when credstack data is not written.
   */
  notExported(path: IssuePath, what: string, key: string): void {
    const fate = this.settings.credstack ? `kept under ${key} for a re-import` : 'left out';
    this.warnings.push(issue('not_exported', path, `CTDL has no place for ${what}; ${fate}`));
  }

  /**
   * The node id a unit, organisation or recognition is written with (for the
   * program: its pathway, or its destination): the one it was imported
   * with, else its Registry address when it has a CTID, else a blank node id
   * that spells its id. Each is given out once.
   */
  nodeId(item: Identified, part: 'node' | 'pathway' | 'destination' = 'node'): string {
    const given = this.#ids.get(item) ?? new Map<string, string>();
    this.#ids.set(item, given);
    const known = given.get(part);
    if (known !== undefined) return known;
    const ctid = ctidOf(item);
    const suffix = part === 'destination' ? '/destination' : '';
    let id = keptNodeId(item.extensions, part) ?? (ctid !== undefined && suffix === '' ? REGISTRY_RESOURCES + ctid : blankNodeId(item.id + suffix));
    for (let n = 2; this.#used.has(id); n++) id = blankNodeId(`${item.id}${suffix}~${n}`);
    this.#used.add(id);
    given.set(part, id);
    return id;
  }

  /** The node id of the unit with this id: the pathway for the program, else its component or resource. */
  unitNodeId(id: string): string {
    const unit = this.catalog.unit(id);
    if (unit === undefined) return blankNodeId(id);
    return this.nodeId(unit, id === this.programId ? 'pathway' : 'node');
  }
}

/** Anything written as a node: it has an id, and may have been imported. @internal */
export interface Identified {
  readonly id: string;
  readonly externalIds?: readonly { readonly scheme: string; readonly id: string }[];
  readonly extensions?: Record<string, unknown>;
}

/** The CTID a unit or organisation lists among its external ids. @internal */
export function ctidOf(item: { readonly externalIds?: readonly { scheme: string; id: string }[] }): string | undefined {
  return item.externalIds?.find((e) => e.scheme === 'ctid')?.id;
}

/** The id an import gives a node written with this `@id` and CTID. @internal */
export function naturalId(nodeId: string, ctid: string | undefined): string {
  return ctid ?? ctidIn(nodeId) ?? idFromNodeId(nodeId);
}

function keptNodeId(extensions: Record<string, unknown> | undefined, part: string): string | undefined {
  const ctdl = extensions?.['ctdl'];
  const node = isObject(ctdl) ? ctdl[part] : undefined;
  const id = isObject(node) ? node['@id'] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
