import type { Issue } from '../../issues/Issue.js';
import { issue } from '../../_internal/issue.js';
import type { CredentialSource } from '../vc/credentialSource.js';
import { credentialSource } from '../vc/credentialSource.js';
import { readEnvelope, type Envelope, type IssuerRef } from '../vc/readEnvelope.js';
import { checkCredential, type Verification } from '../vc/checkCredential.js';
import type { ImportSettings } from '../ob3/readImportSettings.js';
import { importAchievementCredential } from '../ob3/importAchievementCredential.js';
import { ImportAssembly } from '../ob3/ImportAssembly.js';
import { readClrSubject, type ClrSubjectView } from './readClrSubject.js';
import { addDefinitions } from './addDefinitions.js';
import { applyAssociations } from './applyAssociations.js';

/** A CLR imported: its achievements gathered, its envelope read. @internal */
export interface ImportedClr {
  readonly assembly: ImportAssembly;
  readonly envelope: Envelope & { readonly issuer: IssuerRef };
  readonly subjectId?: string;
}

/**
 * Imports a ClrCredential: checks its form and its own proof, then imports
 * each credential it carries as an Open Badge (a credential whose own proof
 * was not checked stands on the CLR's, when the CLR was verified and both
 * have one issuer), adds the achievement definitions and stacks to the
 * catalog parts, and notes where a carried credential's subject is not the
 * CLR's. With `skip`, a carried credential that cannot be imported becomes
 * warnings instead of refusing the CLR.
 *
 * @internal
 */
export async function importClrCredential(settings: ImportSettings, source: CredentialSource, onInvalid: 'fail' | 'skip'): Promise<{ ok: true; clr: ImportedClr } | { ok: false; issues: Issue[] }> {
  const issues: Issue[] = [];
  const envelope = readEnvelope(source.credential, source.path, issues);
  if (Object.hasOwn(source.credential, 'type')) checkType(envelope, source.path, issues);
  const view = readClrSubject(source.credential, source.path, issues);
  if (issues.length > 0 || !view || !envelope.issuer) return { ok: false, issues };
  const withIssuer = envelope as Envelope & { issuer: IssuerRef };
  const checked = await checkCredential(settings.check, { source, envelope: withIssuer, validity: true, role: 'clr' });
  if (!checked.ok) return checked;
  const assembly = new ImportAssembly(settings);
  assembly.warnings.push(...checked.check.warnings);
  const inherited = checked.check.verified && { issuer: withIssuer.issuer.id, verified: checked.check.verified };
  const failed = await importCarried(settings, { envelope: withIssuer, view, inherited, onInvalid }, assembly);
  if (failed.length > 0) return { ok: false, issues: failed };
  if (assembly.parts) addDefinitions(settings, view, withIssuer.issuer, assembly.parts, assembly.warnings);
  applyAssociations(view.associations, { ...(assembly.parts && { parts: assembly.parts }), ...(settings.catalog && { catalog: settings.catalog }), warnings: assembly.warnings });
  return { ok: true, clr: { assembly, envelope: withIssuer, ...(view.subjectId !== undefined && { subjectId: view.subjectId }) } };
}

interface Carried {
  readonly envelope: Envelope;
  readonly view: ClrSubjectView;
  readonly inherited: { issuer: string; verified: Verification } | undefined;
  readonly onInvalid: 'fail' | 'skip';
}

async function importCarried(settings: ImportSettings, clr: Carried, assembly: ImportAssembly): Promise<Issue[]> {
  const failed: Issue[] = [];
  const base = settings.source ?? `ClrCredential ${clr.envelope.id ?? '(no id)'}`;
  for (const [index, { value, path }] of clr.view.credentials.entries()) {
    const read = credentialSource(value, path, settings.limits);
    const imported = read.ok
      ? await importAchievementCredential(settings, read.source, {
          source: `${base}, verifiableCredential[${index}]`,
          clr: { ...(clr.envelope.id !== undefined && { id: clr.envelope.id }), index },
          ...(clr.inherited && { inherited: clr.inherited }),
        })
      : read;
    if (!imported.ok) {
      if (clr.onInvalid === 'fail') failed.push(...imported.issues);
      else assembly.warnings.push(...imported.issues.map((i) => issue(i.code, i.path, `credential not imported: ${i.message}`)));
      continue;
    }
    const subject = imported.imported.subjectId;
    if (subject !== undefined && clr.view.subjectId !== undefined && subject !== clr.view.subjectId) {
      assembly.warnings.push(issue('assumed', [...path, 'credentialSubject', 'id'], `this credential's subject ("${subject}") is not the CLR's ("${clr.view.subjectId}"); it is taken to be the same learner`));
    }
    assembly.add(imported.imported, read.ok ? read.source.path : path);
  }
  return failed;
}

function checkType(envelope: Envelope, path: readonly (string | number)[], issues: Issue[]): void {
  const types = envelope.types;
  if (types.includes('ClrCredential')) return;
  const at = [...path, 'type'];
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) issues.push(issue('invalid_value', at, 'this is an Open Badge, not a CLR: import it with importOpenBadge'));
  else issues.push(issue('invalid_value', at, `expected a ClrCredential, got type ${JSON.stringify(types)}`, { expected: 'ClrCredential', received: types.join(', ') }));
}
