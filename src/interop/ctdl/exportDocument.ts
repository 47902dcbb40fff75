import type { SafeResult } from '../../issues/Result.js';
import type { Catalog } from '../../catalog/Catalog.js';
import type { Recognition } from '../../model/recognition.js';
import type { Unit } from '../../model/unit.js';
import { issue } from '../../_internal/issue.js';
import { isCatalog } from '../../_internal/isCatalog.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import { safeParseCatalog } from '../../catalog/safeParseCatalog.js';
import { ExportContext, type ExportSettings } from './ExportContext.js';
import type { CtdlDocument } from './CtdlDocument.js';
import { CTDL_CONTEXT } from './ctdlTerms.js';
import { exportUnits } from './exportUnits.js';
import { exportPathway } from './exportPathway.js';
import { exportUnitNode } from './exportUnitNode.js';
import { exportOrganisation } from './exportOrganisation.js';
import { exportTransferValue } from './exportTransferValue.js';
import { referencedOrganisations } from './referencedOrganisations.js';

/**
 * The catalog to export from: a Catalog as it is, anything else checked
 * as `safeParseCatalog` checks it (a document with problems gives its
 * issues).
 *
 * @internal
 */
export function toCatalog(input: unknown): SafeResult<Catalog> {
  return isCatalog(input) ? { success: true, data: input, warnings: [] } : safeParseCatalog(input);
}

/**
 * The recognitions chosen by id (an unknown id is an issue), or, without a
 * choice, those `fallback` keeps.
 *
 * @internal
 */
export function chooseRecognitions(catalog: Catalog, settings: ExportSettings, fallback: (r: Recognition) => boolean): SafeResult<Recognition[]> {
  if (settings.recognitions === undefined) return { success: true, data: catalog.recognitions.filter(fallback), warnings: [] };
  const missing = settings.recognitions.findIndex((id) => catalog.recognition(id) === undefined);
  if (missing >= 0) {
    return { success: false, issues: [issue('invalid_option', ['options', 'recognitions', missing], `the catalog has no recognition "${settings.recognitions[missing]}"`)] };
  }
  return { success: true, data: catalog.recognitions.filter((r) => settings.recognitions!.includes(r.id)), warnings: [] };
}

/**
 * Writes the document: the pathway and its destination (when a program is
 * given), the components, the organisations, the transfer values and the
 * resources they name; the catalog's grade scales and credit systems are
 * kept on the first node.
 *
 * @internal
 */
export function exportDocument(catalog: Catalog, settings: ExportSettings, program: Unit | undefined, recognitions: readonly Recognition[]): SafeResult<CtdlDocument> {
  const ctx = new ExportContext(catalog, settings);
  ctx.programId = program?.id;
  const { components, resources } = exportUnits(catalog, program, recognitions);
  const organisations = referencedOrganisations(catalog, [...(program === undefined ? [] : [program]), ...components, ...resources], recognitions);
  const organisation = (id: string): string => {
    const found = catalog.organisation(id);
    return found === undefined ? id : ctx.nodeId(found);
  };
  const pathway = program === undefined ? [] : exportPathway(ctx, program, components.map((u) => ctx.nodeId(u)), organisation);
  const pathwayId = pathway[0]?.['@id'] as string | undefined;
  const componentIds = new Set(components.map((u) => u.id));
  const graph = [
    ...pathway,
    ...components.map((u) => exportUnitNode(ctx, u, pathwayId)),
    ...organisations.map((o) => exportOrganisation(ctx, o, catalog.organisations.indexOf(o))),
    ...recognitions.map((r) => exportTransferValue(ctx, r, catalog.recognitions.indexOf(r), componentIds, organisation)),
    ...resources.map((u) => exportUnitNode(ctx, u, undefined)),
  ];
  if (graph[0] !== undefined) keepCatalogParts(ctx, graph[0]);
  return { success: true, data: deepFreeze({ '@context': CTDL_CONTEXT, '@graph': graph }), warnings: ctx.warnings };
}

/** The catalog's grade scales and own credit systems, which CTDL has no place for: kept on the first node. */
function keepCatalogParts(ctx: ExportContext, first: Record<string, unknown>): void {
  const parts = [
    ['gradeScales', ctx.catalog.gradeScales, 'grade scales'],
    ['creditSystems', ctx.catalog.document.creditSystems ?? [], 'credit systems of its own'],
  ] as const;
  for (const [key, list, what] of parts) {
    if (list.length === 0) continue;
    ctx.notExported([key], `the catalog's ${what}`, `credstack:${key}`);
    if (ctx.settings.credstack) first[`credstack:${key}`] = list;
  }
}
