// Imported, not read at run time: tsup inlines it into dist/cli.js, and
// tsx resolves it when the command line runs from source.
import packageJson from '../../package.json' with { type: 'json' };

/**
 * The version of credstack, from its package.json.
 *
 * @example
 * ```ts
 * io.stdout(`${VERSION}\n`);
 * ```
 *
 * @category Command line
 */
export const VERSION: string = packageJson.version;
