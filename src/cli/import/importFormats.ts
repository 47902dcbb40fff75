import type { ImportFormat } from './ImportFormat.js';
import { clrFormat, openBadgeFormat } from './credentialFormats.js';
import { edcFormat } from './edcFormat.js';
import { ctdlFormat } from './ctdlFormat.js';

/**
 * The standards `credstack import` reads, in the order its help lists them.
 * Add a format here.
 *
 * @example
 * ```ts
 * const format = IMPORT_FORMATS.find((f) => f.name === 'ob3');
 * ```
 *
 * @category Command line
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = Object.freeze([openBadgeFormat, clrFormat, edcFormat, ctdlFormat]);
