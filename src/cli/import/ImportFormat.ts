import type { Catalog } from '../../catalog/Catalog.js';
import type { Issue } from '../../issues/Issue.js';
import type { CatalogDocument } from '../../model/catalogDocument.js';
import type { LearnerRecord } from '../../model/recordDocument.js';
import type { PublicJwk } from '../../interop/vc/JwtKey.js';

/**
 * What `credstack import` passes an importer, from its arguments.
 *
 * @category Command line
 */
export interface ImportSettings {
  readonly catalog?: Catalog;
  readonly asOf?: string;
  readonly creditSystem?: string;
  readonly key?: PublicJwk;
  readonly trustHeaderKey: boolean;
  /** Also make the catalog parts the document describes. */
  readonly parts: boolean;
  /** The file name, recorded as the achievements' `source`. */
  readonly source: string;
}

/**
 * What an importer gave: credstack documents (a record, catalog parts, or
 * both) and warnings, or the issues that stopped it.
 *
 * @category Command line
 */
export type ImportOutcome =
  | { readonly success: true; readonly record?: LearnerRecord; readonly catalog?: CatalogDocument; readonly warnings: readonly Issue[] }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * One standard `credstack import` reads.
 *
 * @category Command line
 */
export interface ImportFormat {
  /** The word on the command line: `ob3`, `clr`, `ctdl`, `edc`. */
  readonly name: string;
  /** One line for the help. */
  readonly summary: string;
  /** The document printed when `--emit` is not given. */
  readonly emits: 'record' | 'catalog';
  /** The format always gives its catalog parts (`--parts` is not needed). */
  readonly partsAlways?: boolean;
  run(text: string, settings: ImportSettings): Promise<ImportOutcome>;
}
