import { z } from 'zod';
import { sendSecurityNotice } from '../security/notices.ts';
import { parseInput } from '../shared/parse.ts';
import type { AccountDeps, SignedIn } from './ports.ts';
import { optionalPasswordAgain } from './reauthenticate.ts';
import { proveItIsThem } from './recent-proof.ts';

export const deleteAccountInput = z.object({ password: optionalPasswordAgain }).strict();

/**
 * Deletes the account for good, with the password typed again or a recent proof: every row that names the member
 * goes with it (sessions, plan versions, reach-outs, check-ins, contacts, passkeys, links, queued e-mails,
 * invitations, a specialist's notes, security events), and so do the attempt counters kept for the address. A
 * specialist's clients keep their message threads, archived. The address is told, plainly.
 */
export async function deleteAccount(deps: AccountDeps, session: SignedIn, raw: unknown, now: Date): Promise<void> {
	const { password } = parseInput(deleteAccountInput, raw, 'account deletion');
	const member = await proveItIsThem(deps, session, password, now);
	await deps.members.remove(member.id);
	for (const limit of ['signin-email', 'signup-email', 'reset-email']) await deps.limiter.clear(limit, member.email);
	await deps.limiter.clear('reauth-member', member.id);
	await sendSecurityNotice(deps, member, 'accountDeleted', now);
}
