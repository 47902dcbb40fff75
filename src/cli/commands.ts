import type { Command } from './Command.js';
import { audit } from './commands/audit.js';
import { plan } from './commands/plan.js';
import { rank } from './commands/rank.js';
import { validate } from './commands/validate.js';
import { map } from './commands/map.js';
import { importCommand } from './commands/import.js';
import { exportCommand } from './commands/export.js';
import { schema } from './commands/schema.js';

/**
 * The subcommands of `credstack`, in the order `credstack --help` lists
 * them. Add a new command here.
 *
 * @example
 * ```ts
 * const command = COMMANDS.find((c) => c.name === 'validate');
 * ```
 *
 * @category Command line
 */
export const COMMANDS: readonly Command[] = Object.freeze([validate, audit, plan, rank, map, importCommand, exportCommand, schema]);
