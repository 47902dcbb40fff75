import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import { describeThrown } from '../../_internal/describeThrown.js';
import type { CredentialStatusChecker, CredentialStatusOutcome } from './CredentialStatusChecker.js';
import { json, type Path } from './values.js';

const REVOKED: Readonly<Record<string, string>> = {
  credential: '; its achievements are not marked verified',
  endorsement: ' and is not used',
  CLR: '; the credentials it carries do not stand on its proof',
};

/**
 * Asks the caller's status checker about each `credentialStatus` entry of a
 * credential. An entry found revoked or suspended gives a `revoked`
 * warning; without a checker, or when it cannot tell, an `assumed` warning
 * says the credential was taken as not revoked. Returns whether any entry
 * was found revoked or suspended.
 *
 * @internal
 */
export async function checkStatus(
  credential: Readonly<Record<string, unknown>>,
  at: { path: Path; id?: string; issuer: string; what: string },
  checker: CredentialStatusChecker | undefined,
  warnings: Issue[],
): Promise<boolean> {
  const entries = json.list(json.get(credential, 'credentialStatus'));
  let revoked = false;
  for (const [i, entry] of entries.entries()) {
    const path = json.itemPath(at.path, 'credentialStatus', credential, i);
    const what = describeEntry(entry);
    const found = checker && json.isObject(entry) ? await ask(checker, entry, credential, at) : { outcome: undefined, why: checker ? 'the entry is not an object' : 'no status checker was given' };
    if (found.outcome === 'revoked' || found.outcome === 'suspended') {
      revoked = true;
      warnings.push(issue('revoked', path, `the ${at.what} is ${found.outcome} (${what})${REVOKED[at.what] ?? ''}`));
    } else if (found.outcome !== 'active') {
      warnings.push(issue('assumed', path, `the ${at.what}'s status (${what}) was not checked (${found.why}), so it is taken as not revoked; pass checkStatus to look it up`));
    }
  }
  return revoked;
}

async function ask(
  checker: CredentialStatusChecker,
  entry: Readonly<Record<string, unknown>>,
  credential: Readonly<Record<string, unknown>>,
  at: { id?: string; issuer: string },
): Promise<{ outcome: CredentialStatusOutcome; why: string }> {
  try {
    const outcome = await checker(entry, { ...(at.id !== undefined && { id: at.id }), issuer: at.issuer, credential });
    const known = outcome === 'active' || outcome === 'revoked' || outcome === 'suspended';
    return { outcome: known ? outcome : undefined, why: 'the status checker could not tell' };
  } catch (error) {
    return { outcome: undefined, why: `the status checker failed: ${describeThrown(error)}` };
  }
}

function describeEntry(entry: unknown): string {
  const type = json.text(json.get(entry, 'type')) ?? 'an entry of no type';
  const id = json.text(json.get(entry, 'id'));
  return id === undefined ? type : `${type} ${id}`;
}
