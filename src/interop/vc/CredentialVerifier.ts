/**
 * What a {@link CredentialVerifier} found: `true` (the proof checks against
 * the key of the credential's issuer), `false` (it does not: the credential
 * is refused with `invalid_signature`), `undefined` (it cannot tell, for
 * example because the key could not be fetched: the credential is imported
 * unverified, with an `unverified` warning), or an object saying the same
 * with the method and who verified it for the record.
 *
 * @example
 * ```ts
 * const outcome: VerifierOutcome = { verified: true, method: 'eddsa-rdfc-2022', by: 'did:web resolver' };
 * ```
 *
 * @category Interop
 */
export type VerifierOutcome =
  | boolean
  | undefined
  | {
      /** Whether the proof checks; as `true` / `false` above. */
      readonly verified: boolean;
      /** The method to record in `verified.method`; the verifier's `method` when absent. */
      readonly method?: string;
      /** Who or what verified it, recorded in `verified.by`. */
      readonly by?: string;
      /** Why, in a few words, for the warning or issue when it did not verify. */
      readonly message?: string;
    };

/**
 * A checker of embedded proofs that credstack does not check itself: Data
 * Integrity proofs (`DataIntegrityProof` with `eddsa-rdfc-2022`,
 * `Ed25519Signature2020`, ...) need JSON-LD canonicalisation and key
 * resolution (`did:key`, `did:web`, HTTP), which are the caller's to choose
 * and may do I/O. The importers call `supports` on each proof of a
 * credential, then `verify` with the first verifier that supports it.
 *
 * A credential imports as verified when one of its proofs verifies and none
 * fails; with a proof that fails, it is refused; when no proof could be
 * checked, its achievements are imported without `verified` and with an
 * `unverified` warning. A verifier that throws counts as "cannot tell".
 *
 * @example
 * ```ts
 * const eddsa: CredentialVerifier = {
 *   method: 'eddsa-rdfc-2022',
 *   supports: (proof) => proof['type'] === 'DataIntegrityProof' && proof['cryptosuite'] === 'eddsa-rdfc-2022',
 *   verify: async (credential, proof) => myDataIntegrityLibrary.verify(credential, proof),
 * };
 * const result = await safeImportOpenBadge(json, { verifiers: [eddsa], asOf: '2024-06-30' });
 * ```
 *
 * @category Interop
 */
export interface CredentialVerifier {
  /** The method recorded in an achievement's `verified.method` (`eddsa-rdfc-2022`). */
  readonly method: string;
  /**
   * Whether this verifier checks a proof of this kind.
   *
   * @param proof - one entry of the credential's `proof`, as given
   * @returns true to be asked to verify it
   */
  supports(proof: Readonly<Record<string, unknown>>): boolean;
  /**
   * Checks one proof of a credential.
   *
   * @param credential - the credential exactly as received (frozen), proofs included, as canonicalisation needs
   * @param proof - the proof to check, one of `credential.proof`
   * @returns the outcome, or a promise of it
   */
  verify(credential: Readonly<Record<string, unknown>>, proof: Readonly<Record<string, unknown>>): VerifierOutcome | Promise<VerifierOutcome>;
}
