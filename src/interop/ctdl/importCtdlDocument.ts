import type { IssuePath } from '../../issues/Issue.js';
import type { SafeResult } from '../../issues/Result.js';
import type { Unit } from '../../model/unit.js';
import type { Recognition } from '../../model/recognition.js';
import { readInput } from '../../_internal/readInput.js';
import { deepFreeze } from '../../_internal/deepFreeze.js';
import { issue } from '../../_internal/issue.js';
import { CtdlGraph } from './CtdlGraph.js';
import type { CtdlNode } from './CtdlNode.js';
import { ImportContext } from './ImportContext.js';
import type { CtdlImport } from './CtdlImport.js';
import { readImportOptions } from './readImportOptions.js';
import { importProgram } from './importProgram.js';
import { importComponent } from './importComponent.js';
import { importTransferValue } from './importTransferValue.js';
import { importOrganisations } from './importOrganisations.js';
import { checkImport } from './checkImport.js';
import { assumeCreditSystem } from './assumeCreditSystem.js';
import { ctidIn } from './ctdlTerms.js';
import { isObject } from './readValues.js';

/**
 * The import both public importers share: reads the input (JSON text or
 * data, within the size limits), finds the nodes, builds the program of a
 * pathway (when asked) and the recognitions of every transfer value, then
 * the units they name and the organisations, and checks the result as a
 * catalog would. Issues have paths into the document (and line and column
 * when it was text).
 *
 * @internal
 */
export function importCtdlDocument(input: unknown, options: unknown, withPathway: boolean): SafeResult<CtdlImport> {
  const asked = readImportOptions(options, withPathway);
  if (!asked.ok) return { success: false, issues: asked.issues };
  const read = readInput(input, asked.settings.limits);
  if (!read.ok) return { success: false, issues: read.issues };
  if (!isObject(read.value) && !Array.isArray(read.value)) {
    return { success: false, issues: read.locate([issue('invalid_type', [], 'expected a CTDL JSON-LD document: an object (a node or an @graph envelope) or a list of nodes')]) };
  }
  const ctx = new ImportContext(new CtdlGraph(read.value), asked.settings);
  const sources = new Map<object, IssuePath>();
  const program = withPathway ? pathwayProgram(ctx, sources) : undefined;
  const transfers = ctx.graph.ofClass('TransferValueProfile');
  if (!withPathway && transfers.length === 0) ctx.fail('invalid_type', [], 'the document holds no ceterms:TransferValueProfile');
  const recognitions = recognitionsOf(ctx, transfers, program, sources);
  // What an export wrote as a unit is one, even when nothing in CTDL names it (a part of a resource).
  for (const node of ctx.graph.nodes) if (isObject(node.raw['credstack:unit']) && !ctx.isProgram(node)) ctx.unitFor(node);
  const units = unitsOf(ctx, program, sources);
  const organisations = importOrganisations(ctx);
  organisations.forEach((o) => sources.set(o, ctx.organisations.get(o.id)?.path ?? []));
  if (ctx.issues.length > 0) return { success: false, issues: read.locate(ctx.issues) };
  const result = assemble(ctx, organisations, units, recognitions);
  // Checked as a catalog before anything walks the trees: an export's kept data may be anything.
  const checked = checkImport(result, sources);
  if (checked.issues.length > 0) return { success: false, issues: read.locate(checked.issues) };
  const destination = [...ctx.programNodes][1];
  if (program !== undefined && destination !== undefined && !isObject(destination.raw['credstack:unit'])) {
    assumeCreditSystem(ctx, program as unknown as Record<string, unknown>, units.slice(1));
  }
  return { success: true, data: deepFreeze(result), warnings: read.locate([...ctx.warnings, ...checked.warnings]) };
}

function pathwayProgram(ctx: ImportContext, sources: Map<object, IssuePath>): Unit | undefined {
  const pathways = ctx.graph.ofClass('Pathway');
  if (pathways.length === 0) {
    ctx.fail('invalid_type', [], 'the document holds no ceterms:Pathway');
    return undefined;
  }
  const pathway = choose(ctx, pathways);
  if (pathway === undefined) return undefined;
  const program = importProgram(ctx, pathway, pathways.length === 1);
  if (program !== undefined) sources.set(program, pathway.path);
  return program;
}

function choose(ctx: ImportContext, pathways: readonly CtdlNode[]): CtdlNode | undefined {
  const wanted = ctx.settings.pathway;
  if (wanted === undefined) {
    if (pathways.length > 1) ctx.warn('assumed', pathways[0]!.path, `the document holds ${pathways.length} pathways: the first was imported (choose one with the pathway option)`);
    return pathways[0];
  }
  const found = pathways.find((p) => p.id === wanted || ctx.text(p, 'ctid') === wanted || (p.id !== undefined && ctidIn(p.id) === wanted));
  if (found === undefined) ctx.fail('invalid_option', ['options', 'pathway'], `the document holds no pathway "${wanted}"`);
  return found;
}

function recognitionsOf(ctx: ImportContext, transfers: readonly CtdlNode[], program: Unit | undefined, sources: Map<object, IssuePath>): Recognition[] {
  const ids = new Set<string>();
  const out: Recognition[] = [];
  for (const node of transfers) {
    const recognition = importTransferValue(ctx, node, program?.provider);
    if (recognition === undefined) continue;
    if (ids.has(recognition.id)) ctx.fail('duplicate_id', node.path, `two transfer values become the recognition "${recognition.id}"`, { received: recognition.id });
    ids.add(recognition.id);
    sources.set(recognition, node.path);
    out.push(recognition);
  }
  return out;
}

function unitsOf(ctx: ImportContext, program: Unit | undefined, sources: Map<object, IssuePath>): Unit[] {
  const units: Unit[] = program === undefined ? [] : [program];
  for (let i = 0; i < ctx.queue.length; i++) {
    const node = ctx.queue[i]!;
    const unit = importComponent(ctx, node);
    sources.set(unit, node.path);
    units.push(unit);
  }
  for (const [id, path] of ctx.externals) {
    const stub: Unit = { id, kind: 'course', title: id };
    sources.set(stub, path);
    units.push(stub);
  }
  return units;
}

function assemble(ctx: ImportContext, organisations: CtdlImport['organisations'], units: Unit[], recognitions: Recognition[]): CtdlImport {
  const result: Record<string, unknown> = { organisations, units, recognitions };
  // An export keeps the catalog's grade scales and credit systems on its first node.
  for (const key of ['gradeScales', 'creditSystems']) {
    const kept = ctx.graph.nodes.map((n) => n.raw[`credstack:${key}`]).find((k) => Array.isArray(k) && k.length > 0);
    if (kept !== undefined) result[key] = kept;
  }
  return result as unknown as CtdlImport;
}

