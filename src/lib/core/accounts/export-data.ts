import { sendSecurityNotice } from '../security/notices.ts';
import { DomainError } from '../shared/errors.ts';
import type { AccountDeps, SignedIn } from './ports.ts';
import { requireRecentProof } from './recent-proof.ts';

/**
 * Lets the full export go ahead: it carries everything (the plan, what was said, the messages), so it needs a
 * recent proof, like a credential change. It is logged, and the account's address is told, so a download by
 * someone else does not go unseen.
 */
export async function allowFullExport(
	deps: Pick<AccountDeps, 'members' | 'events' | 'mailer' | 'link'>,
	session: SignedIn,
	now: Date
): Promise<void> {
	requireRecentProof(session, now);
	const member = await deps.members.findById(session.memberId);
	if (!member) throw new DomainError('unauthorized', 'the account is gone');
	await deps.events.record(member.id, 'data-exported', now);
	await sendSecurityNotice(deps, member, 'dataExported', now);
}
