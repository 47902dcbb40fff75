import type { Io } from '../Io.js';
import type { DocumentKind } from '../DocumentKind.js';
import type { TextDocument } from '../../_internal/TextDocument.js';
import { DEFAULT_LIMITS, type ParseLimits } from '../../_internal/parseLimits.js';
import { detectKind } from '../detectKind.js';
import { loadDocument } from '../loadDocument.js';
import { checkCatalogFile } from './checkCatalogFile.js';
import { checkRecordFile, type CatalogFile } from './checkRecordFile.js';
import { invalidReport, type FileReport } from './FileReport.js';

/**
 * Options for {@link validateFiles}.
 *
 * @category Command line
 */
export interface ValidateFilesOptions {
  /** Treat every file as this kind instead of telling by content. */
  readonly kind?: DocumentKind;
  /** A catalog file to check records against; validated and reported too. */
  readonly catalog?: string;
  /** The most bytes a file and nodes a document may have; 50,000,000 and 1,000,000 by default. */
  readonly limits?: ParseLimits;
}

/** A file read, parsed and classified, or already reported (unreadable, malformed, unknown kind). */
type Entry = { readonly done: FileReport } | { readonly file: string; readonly kind: DocumentKind; readonly document: TextDocument };

/**
 * Reads and validates files: catalogs first, then records, each record
 * against `options.catalog` when given, or else the first valid catalog
 * among the files. Each file is read and parsed once. Never throws for bad
 * data: every problem is in a report.
 *
 * @param io - where to read the files
 * @param files - the file names, as the user gave them
 * @param options - see {@link ValidateFilesOptions}
 * @returns one report a file, in the order given (the `--catalog` file
 *   first when it is not among `files`)
 *
 * @example
 * ```ts
 * const reports = await validateFiles(io, ['record.yaml'], { catalog: 'catalog.yaml' });
 * ```
 *
 * @category Command line
 */
export async function validateFiles(io: Io, files: readonly string[], options: ValidateFilesOptions = {}): Promise<FileReport[]> {
  const catalogFile = options.catalog;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const all = catalogFile === undefined || files.includes(catalogFile) ? files : [catalogFile, ...files];
  const entries: Entry[] = [];
  // One file at a time: a long list of files must not exhaust file handles.
  for (const file of all) entries.push(await classify(io, file, file === catalogFile ? 'catalog' : options.kind, limits));
  let against: CatalogFile | undefined;
  const catalogsChecked = entries.map((entry) => {
    if ('done' in entry || entry.kind !== 'catalog') return entry;
    const { report, catalog } = checkCatalogFile(entry.file, entry.document);
    const wanted = catalogFile === undefined || entry.file === catalogFile;
    if (catalog && wanted && !against) against = { file: entry.file, catalog };
    return { done: report };
  });
  return catalogsChecked.map((entry) => ('done' in entry ? entry.done : checkRecordFile(entry.file, entry.document, against)));
}

async function classify(io: Io, file: string, kind: DocumentKind | undefined, limits: ParseLimits): Promise<Entry> {
  const loaded = await loadDocument(io, file, limits);
  if (!loaded.ok && 'reason' in loaded) {
    const summary = `cannot read: ${loaded.reason}`;
    return { done: { file, kind: kind ?? null, valid: false, issues: [], warnings: [], error: loaded.reason, summary } };
  }
  if (!loaded.ok) return { done: invalidReport(file, kind ?? null, loaded.issues) };
  if (kind !== undefined) return { file, kind, document: loaded.document };
  const detected = detectKind(loaded.document.value);
  if (!detected.ok) return { done: invalidReport(file, null, detected.issues) };
  return { file, kind: detected.kind, document: loaded.document };
}
