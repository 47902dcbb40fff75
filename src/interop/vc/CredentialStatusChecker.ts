/**
 * What a {@link CredentialStatusChecker} found for one status entry:
 * `active` (not revoked), `revoked`, `suspended`, or `undefined` when it
 * cannot tell (the import then notes that the status was not checked).
 *
 * @example
 * ```ts
 * const outcome: CredentialStatusOutcome = revokedIds.has(credentialId) ? 'revoked' : 'active';
 * ```
 *
 * @category Interop
 */
export type CredentialStatusOutcome = 'active' | 'revoked' | 'suspended' | undefined;

/**
 * Looks up a credential's status. credstack does no I/O: fetching a
 * `1EdTechRevocationList` or a `BitstringStatusListEntry`'s list is the
 * caller's, who passes this function. It is called once for each entry of a
 * credential's `credentialStatus`; an entry found `revoked` or `suspended`
 * gives a `revoked` warning, and the credential's achievements are not
 * marked verified. A checker that throws counts as "cannot tell".
 *
 * @param entry - one entry of `credentialStatus` as given (`id`, `type`, `statusListIndex`, ...)
 * @param credential - the credential's `id` and issuer id, and the credential itself (frozen)
 * @returns the status, or a promise of it
 *
 * @example
 * ```ts
 * const checkStatus: CredentialStatusChecker = async (entry, { id }) =>
 *   (await myRevocationLists.get(String(entry['id']))).includes(id ?? '') ? 'revoked' : 'active';
 * ```
 *
 * @category Interop
 */
export type CredentialStatusChecker = (
  entry: Readonly<Record<string, unknown>>,
  credential: { readonly id?: string; readonly issuer: string; readonly credential: Readonly<Record<string, unknown>> },
) => CredentialStatusOutcome | Promise<CredentialStatusOutcome>;
