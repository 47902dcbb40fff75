import type { CommandEntry } from './Command.js';

/**
 * The subcommands of `credstack`, in the order `credstack --help` lists
 * them, each loaded only when it runs. Add a new command here.
 *
 * @example
 * ```ts
 * const validate = await COMMANDS.find((c) => c.name === 'validate')!.load();
 * ```
 *
 * @category Command line
 */
export const COMMANDS: readonly CommandEntry[] = Object.freeze([
  { name: 'validate', summary: "Check catalogs and learners' records (JSON or YAML) for errors", load: async () => (await import('./commands/validate.js')).validate },
  { name: 'audit', summary: "Audit a learner's record against a program and print the report", load: async () => (await import('./commands/audit.js')).audit },
  { name: 'plan', summary: 'Plan the cheapest (or fastest) units that complete a program', load: async () => (await import('./commands/plan.js')).plan },
  { name: 'rank', summary: 'Rank the programs a record counts toward, closest first', load: async () => (await import('./commands/rank.js')).rank },
  { name: 'map', summary: 'Map which credentials count toward which programs, how and for how much', load: async () => (await import('./commands/map.js')).map },
  { name: 'import', summary: 'Read an Open Badge, CLR or other standard document into credstack documents', load: async () => (await import('./commands/import.js')).importCommand },
  { name: 'export', summary: 'Write a program as a CTDL pathway, or recognitions as CTDL transfer values', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'schema', summary: "Print the JSON Schema of a catalog or a learner's record", load: async () => (await import('./commands/schema.js')).schema },
]);
