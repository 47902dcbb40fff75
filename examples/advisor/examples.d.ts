/** The bundled example documents, converted from YAML to JSON by `build.ts`. */
declare module 'advisor:examples' {
  /** One bundled document: a label, the file it came from, and its data. */
  export interface Example {
    readonly label: string;
    readonly file: string;
    readonly data: unknown;
  }
  /** Catalogs to choose from. */
  export const catalogs: readonly Example[];
  /** Learners' records to choose from. */
  export const records: readonly Example[];
}
