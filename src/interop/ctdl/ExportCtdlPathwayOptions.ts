import type { ExportCtdlTransferValuesOptions } from './ExportCtdlTransferValuesOptions.js';

/**
 * Options for {@link safeExportCtdlPathway} and {@link exportCtdlPathway}:
 * the language of the text written, whether to keep credstack's round-trip
 * data, and which recognitions to write beside the pathway (see
 * {@link ExportCtdlTransferValuesOptions}).
 *
 * @example
 * ```ts
 * const options: ExportCtdlPathwayOptions = { credstack: false, recognitions: [] };
 * ```
 *
 * @category Interop
 */
export interface ExportCtdlPathwayOptions extends ExportCtdlTransferValuesOptions {}
