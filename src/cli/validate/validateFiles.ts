import type { Io } from '../Io.js';
import type { DocumentKind } from '../DocumentKind.js';
import { detectKind } from '../detectKind.js';
import { readDocument } from '../readDocument.js';
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
}

/** A file read and classified, or already reported (unreadable, unknown kind). */
type Entry = { readonly done: FileReport } | { readonly file: string; readonly kind: DocumentKind; readonly text: string };

/**
 * Reads and validates files: catalogs first, then records, each record
 * against `options.catalog` when given, or else the first valid catalog
 * among the files. Never throws for bad data: every problem is in a report.
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
  const all = catalogFile === undefined || files.includes(catalogFile) ? files : [catalogFile, ...files];
  const entries: Entry[] = [];
  // One file at a time: a long list of files must not exhaust file handles.
  for (const file of all) entries.push(await classify(io, file, file === catalogFile ? 'catalog' : options.kind));
  let against: CatalogFile | undefined;
  const catalogsChecked = entries.map((entry) => {
    if ('done' in entry || entry.kind !== 'catalog') return entry;
    const { report, catalog } = checkCatalogFile(entry.file, entry.text);
    const wanted = catalogFile === undefined || entry.file === catalogFile;
    if (catalog && wanted && !against) against = { file: entry.file, catalog };
    return { done: report };
  });
  return catalogsChecked.map((entry) => ('done' in entry ? entry.done : checkRecordFile(entry.file, entry.text, against)));
}

async function classify(io: Io, file: string, kind: DocumentKind | undefined): Promise<Entry> {
  const read = await readDocument(io, file);
  if (!read.ok) {
    const summary = `cannot read: ${read.reason}`;
    return { done: { file, kind: kind ?? null, valid: false, issues: [], warnings: [], error: read.reason, summary } };
  }
  if (kind !== undefined) return { file, kind, text: read.text };
  const detected = detectKind(read.text);
  if (!detected.ok) return { done: invalidReport(file, null, detected.issues) };
  return { file, kind: detected.kind, text: read.text };
}
