import type { ReportFormat } from './parseFormatArg.js';

/**
 * The formats of a command that also draws its result: the reports, JSON,
 * and the pictures (`--format mermaid`, `--format dot`).
 *
 * @category Command line
 */
export const PICTURE_FORMATS: readonly ReportFormat[] = Object.freeze(['text', 'markdown', 'json', 'mermaid', 'dot']);
