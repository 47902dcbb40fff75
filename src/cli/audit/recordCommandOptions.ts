import { LIMIT_OPTIONS } from '../parseLimitArgs.js';

/**
 * The options every command that reads one catalog and one record shares
 * (`audit`, `plan`, `rank`): the files, the day, the statuses to include,
 * the output format, help and the parse limits.
 *
 * @example
 * ```ts
 * parseCommandArgs({ args, strict: true, options: { ...RECORD_COMMAND_OPTIONS, program: { type: 'string' } } });
 * ```
 *
 * @category Command line
 */
export const RECORD_COMMAND_OPTIONS = Object.freeze({
  catalog: { type: 'string' },
  record: { type: 'string' },
  'as-of': { type: 'string' },
  include: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  markdown: { type: 'boolean' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  ...LIMIT_OPTIONS,
} as const);
