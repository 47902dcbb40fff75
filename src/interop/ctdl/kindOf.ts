import type { UnitKind } from '../../model/unitKind.js';
import type { CtdlNode } from './CtdlNode.js';
import type { ImportContext } from './ImportContext.js';
import { classKind, credentialKind } from './unitKinds.js';
import { readConcept } from './readValues.js';

/**
 * The kind of unit a component or resource becomes: a credential
 * component's from its `credentialType` (a certificate, reported as
 * assumed, when it names none credstack knows); a credential resource's from
 * its class; a course component a course, an assessment an assessment;
 * collection and multi components a module (reported: credstack counts
 * them as one unit); job, work, competency, co- and extra-curricular and
 * basic components an experience; anything else an experience, reported.
 *
 * @internal
 */
export function kindOf(ctx: ImportContext, node: CtdlNode): UnitKind {
  if (node.is('CredentialComponent')) {
    const type = node.values('credentialType').map((v) => readConcept(v.value)).find((t) => t !== undefined);
    const kind = type === undefined ? undefined : credentialKind(type);
    if (kind === undefined) ctx.warn('assumed', node.path, `the credential component names ${type === undefined ? 'no credential type' : `the credential type ${type}, which credstack does not know`}: imported as a certificate`);
    return kind ?? 'certificate';
  }
  for (const type of node.types) {
    const kind = credentialKind(type) ?? classKind(type);
    if (kind === undefined) continue;
    if (type === 'CollectionComponent' || type === 'MultiComponent') ctx.warn('assumed', node.path, `a ${type} stands for several resources; credstack imports it as one unit, a module`);
    return kind;
  }
  ctx.warn('assumed', node.path, `${node.types.length === 0 ? 'a resource without a type' : `the class ${node.types.join(', ')}`} is no component class credstack knows: imported as an experience`);
  return 'experience';
}
