import { safeImportEdc } from '../../interop/edc/safeImportEdc.js';
import type { ImportFormat } from './ImportFormat.js';

/**
 * `credstack import edc`: a European Digital Credential (ELM) into the
 * learner's record, with {@link safeImportEdc}; its unit (carrying the EU
 * micro-credential elements) and awarding body with `--emit catalog`.
 *
 * @example
 * ```ts
 * const outcome = await edcFormat.run(text, settings);
 * ```
 *
 * @category Command line
 */
export const edcFormat: ImportFormat = {
  name: 'edc',
  summary: 'a European Digital Credential (ELM) → a record; its micro-credential unit with --emit catalog',
  emits: 'record',
  partsAlways: true,
  run: async (text, settings) => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return { success: false, issues: [{ code: 'malformed', path: [], message: `the file is not JSON: ${error instanceof Error ? error.message : 'unreadable'}` }] };
    }
    const result = safeImportEdc(input, { source: settings.source });
    if (!result.success) return result;
    return { success: true, record: result.data.record, catalog: result.data.catalog, warnings: result.warnings };
  },
};
