import type { CatalogDocument } from '../model/catalogDocument.js';
import type { Unit } from '../model/unit.js';
import type { Organisation } from '../model/organisation.js';
import type { Recognition } from '../model/recognition.js';
import type { GradeScale } from '../model/gradeScale.js';
import type { Filter } from '../model/filter.js';
import type { CreditSystems } from '../credits/CreditSystems.js';
import { externalKey, type CatalogIndex } from './CatalogIndex.js';
import type { CatalogRelation, CatalogRelationKind } from './CatalogRelation.js';
import { type CatalogGraph, buildGraph, nodeKey } from './buildGraph.js';
import { compileFilter } from '../rules/compileFilter.js';
import { topologicalGenerations } from 'graphology-dag';
import { byCodeUnits } from '../_internal/byCodeUnits.js';
import { programsFor } from './programsFor.js';

/**
 * A validated catalog: its document (deep-frozen), lookups by id and by
 * filter, and the relations between its units (part of a composite,
 * prerequisite of, recognised as, counts toward a program) in both
 * directions. Made by {@link parseCatalog} or {@link safeParseCatalog}; the
 * constructor is not for callers.
 *
 * @example
 * ```ts
 * const catalog = parseCatalog(yamlText);
 * catalog.unit('SC0x')?.title;
 * catalog.select({ patterns: ['SC*x'] }).map((u) => u.id);
 * catalog.compositesOf('SC0x'); // ['mitx-scm-micromasters']
 * ```
 *
 * @category Catalog
 */
export class Catalog {
  /** @internal */
  readonly #index: CatalogIndex;
  #topological: readonly string[] | undefined;
  /** @internal Built when first needed: validating a catalog does not need it. */
  #graphCache: CatalogGraph | undefined;
  /** @internal */
  #countsToward: Map<string, CatalogRelation[]> | undefined;

  /** @internal */
  constructor(
    /** The catalog document, deep-frozen. */
    readonly document: CatalogDocument,
    index: CatalogIndex,
    /** The credit systems: built-ins with the catalog's additions and overrides. */
    readonly creditSystems: CreditSystems,
  ) {
    this.#index = index;
  }

  get #graph(): CatalogGraph {
    return (this.#graphCache ??= buildGraph(this.document, this.#index));
  }

  /** Every unit, in document order. */
  get units(): readonly Unit[] {
    return this.document.units;
  }

  /** The units that are programs: degrees and certificates with requirements. */
  get programs(): readonly Unit[] {
    return this.document.units.filter((u) => u.requirements !== undefined && (u.kind === 'degree' || u.kind === 'certificate'));
  }

  /** Every organisation, in document order. */
  get organisations(): readonly Organisation[] {
    return this.document.organisations ?? [];
  }

  /** Every recognition, in document order. */
  get recognitions(): readonly Recognition[] {
    return this.document.recognitions ?? [];
  }

  /** Every grade scale, in document order. */
  get gradeScales(): readonly GradeScale[] {
    return this.document.gradeScales ?? [];
  }

  /** The unit with this id. */
  unit(id: string): Unit | undefined {
    return this.#index.units.get(id);
  }

  /** The organisation with this id. */
  organisation(id: string): Organisation | undefined {
    return this.#index.organisations.get(id);
  }

  /** The recognition with this id. */
  recognition(id: string): Recognition | undefined {
    return this.#index.recognitions.get(id);
  }

  /** The grade scale with this id. */
  gradeScale(id: string): GradeScale | undefined {
    return this.#index.gradeScales.get(id);
  }

  /** The unit that lists this external id (a CTID, an Open Badges achievement id). */
  unitByExternalId(scheme: string, id: string): Unit | undefined {
    return this.#index.externalIds.get(externalKey(scheme, id));
  }

  /** The units a filter picks, in document order. */
  select(filter: Filter): Unit[] {
    return this.document.units.filter(compileFilter(filter));
  }

  /** The units a composite's requirements name (its parts). */
  partsOf(id: string): string[] {
    return this.#neighbours(id, 'in', 'part-of');
  }

  /** The composites whose requirements name this unit. */
  compositesOf(id: string): string[] {
    return this.#neighbours(id, 'out', 'part-of');
  }

  /** The units this unit's prerequisites name. */
  prerequisitesOf(id: string): string[] {
    return this.#neighbours(id, 'in', 'prerequisite-of');
  }

  /** The units whose prerequisites name this unit. */
  prerequisiteFor(id: string): string[] {
    return this.#neighbours(id, 'out', 'prerequisite-of');
  }

  /** The local units achievements of this unit are recognised as. */
  recognisedAs(id: string): string[] {
    return this.#neighbours(id, 'out', 'recognised-as');
  }

  /** The programs this unit can count toward, by name or through a filter, with the requirement node. */
  countsToward(id: string): readonly CatalogRelation[] {
    this.#countsToward ??= programsFor(this.units, this.programs);
    return this.#countsToward.get(id) ?? [];
  }

  /** Every relation of the graph as plain data (counts-toward included). */
  relations(): CatalogRelation[] {
    const out: CatalogRelation[] = [];
    this.#graph.forEachEdge((_e, data, source, target) => {
      const from = this.#graph.getNodeAttribute(source, 'id');
      const to = this.#graph.getNodeAttribute(target, 'id');
      out.push(data.via === undefined ? { from, to, kind: data.kind } : { from, to, kind: data.kind, via: data.via });
    });
    for (const unit of this.units) out.push(...this.countsToward(unit.id));
    return out;
  }

  /**
   * Unit ids ordered so that prerequisites and parts come before what needs
   * them: generation by generation, each generation in id order, so the
   * order does not depend on the order the document lists units in.
   */
  topologicalOrder(): string[] {
    // Worked out once (the catalog never changes) and handed out as a copy.
    this.#topological ??= Object.freeze(
      topologicalGenerations(this.#dependencyView())
        .map((generation) => generation.map((key) => this.#graph.getNodeAttribute(key, 'id') as string).sort(byCodeUnits))
        .flat(),
    );
    return [...this.#topological];
  }

  /** The catalog document (plain data): `parseCatalog(catalog.toJSON())` gives the same catalog. */
  toJSON(): CatalogDocument {
    return this.document;
  }

  #dependencyView(): CatalogGraph {
    const view = this.#graph.emptyCopy();
    this.#graph.forEachEdge((_e, data, source, target) => {
      if (data.kind !== 'recognised-as') view.addEdge(source, target, data);
    });
    return view;
  }

  #neighbours(id: string, direction: 'in' | 'out', kind: CatalogRelationKind): string[] {
    const key = nodeKey(id);
    if (!this.#graph.hasNode(key)) return [];
    const seen = new Set<string>();
    const edges = direction === 'in' ? this.#graph.inEdges(key) : this.#graph.outEdges(key);
    for (const edge of edges) {
      if (this.#graph.getEdgeAttribute(edge, 'kind') !== kind) continue;
      const other = direction === 'in' ? this.#graph.source(edge) : this.#graph.target(edge);
      seen.add(this.#graph.getNodeAttribute(other, 'id'));
    }
    return [...seen];
  }
}
