/**
 * The kinds of document the command line reads: a catalog (with `units`)
 * or a learner's record (with `achievements`).
 *
 * @category Command line
 */
export type DocumentKind = 'catalog' | 'record';

/**
 * Every {@link DocumentKind}, for `--kind` and its error message.
 *
 * @category Command line
 */
export const DOCUMENT_KINDS: readonly DocumentKind[] = Object.freeze(['catalog', 'record']);
