// A member's passkeys: listed without their key material, and removed with a recent proof, logged and e-mailed.

import { sendSecurityNotice } from '../../security/notices.ts';
import { DomainError } from '../../shared/errors.ts';
import type { SignedIn } from '../ports.ts';
import { requireRecentProof } from '../recent-proof.ts';
import type { PasskeyDeps, PasskeySummary } from './ports.ts';

export function listPasskeys(deps: Pick<PasskeyDeps, 'passkeys'>, memberId: string): Promise<PasskeySummary[]> {
	return deps.passkeys.list(memberId);
}

/** Needs a recent proof. Another member's passkey is not found, exactly like one that does not exist. */
export async function removePasskey(deps: PasskeyDeps, session: SignedIn, id: string, now: Date): Promise<void> {
	requireRecentProof(session, now);
	if (!(await deps.passkeys.remove(session.memberId, id))) throw new DomainError('not_found', 'no such passkey');
	await deps.events.record(session.memberId, 'passkey-removed', now);
	const member = await deps.members.findById(session.memberId);
	if (member) await sendSecurityNotice(deps, member, 'passkeyRemoved', now);
}
