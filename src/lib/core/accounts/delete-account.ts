import { z } from 'zod';
import { parseInput } from '../shared/parse.ts';
import type { AccountDeps } from './ports.ts';
import { passwordAgain, reauthenticate } from './reauthenticate.ts';

export const deleteAccountInput = z.object({ password: passwordAgain }).strict();

/**
 * Deletes the account for good, after the password is typed again: every row that names the member goes with it
 * (sessions, plan versions, reach-outs, check-ins, contacts, passkeys, links, queued e-mails, invitations, a
 * specialist's notes), and so do the attempt counters kept for the address. A specialist's clients keep their
 * message threads, archived.
 */
export async function deleteAccount(deps: AccountDeps, memberId: string, raw: unknown, now: Date): Promise<void> {
	const { password } = parseInput(deleteAccountInput, raw, 'account deletion');
	const member = await reauthenticate(deps, memberId, password, now);
	await deps.members.remove(member.id);
	for (const limit of ['signin-email', 'signup-email', 'reset-email']) await deps.limiter.clear(limit, member.email);
	await deps.limiter.clear('reauth-member', member.id);
}
