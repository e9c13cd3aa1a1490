import { z } from 'zod';
import type { Catalogue } from '../i18n/catalogue.ts';
import { sendSecurityNotice } from '../security/notices.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import type { AccountDeps, SignedIn } from './ports.ts';
import { confirmItIsYou } from './recent-proof.ts';

type ErrorKey = keyof Catalogue['errors'];

/** The one schema for a password change, from the page or the API. */
export const changePasswordInput = z
	.object({
		currentPassword: z
			.string({ error: 'currentPasswordRequired' satisfies ErrorKey })
			.min(1, 'currentPasswordRequired' satisfies ErrorKey)
			.max(4096, 'passwordWrong' satisfies ErrorKey),
		newPassword: z
			.string({ error: 'passwordRequired' satisfies ErrorKey })
			.min(1, 'passwordRequired' satisfies ErrorKey)
			.max(4096, 'passwordTooLong' satisfies ErrorKey)
	})
	.strict();

/**
 * Changes the password. The current one is always asked for (ASVS V6.2.3), whatever the session's proof: it is
 * the proof, limited like every re-authentication. The new one is checked as at sign-up (length, the common and
 * breached list). Every other session ends — this one stays — and the account's address is told.
 */
export async function changePassword(deps: AccountDeps, session: SignedIn, raw: unknown, now: Date): Promise<void> {
	const { currentPassword, newPassword } = parseInput(changePasswordInput, raw, 'password change');
	const member = await deps.members.findById(session.memberId);
	if (!member) throw new DomainError('unauthorized', 'the account is gone');
	const problem = deps.passwords.problemWith(newPassword, member.email);
	if (problem) throw new DomainError('invalid', 'password refused', [{ field: 'newPassword', problem }]);
	if (newPassword === currentPassword)
		throw new DomainError('invalid', 'the same password', [{ field: 'newPassword', problem: 'newPasswordSame' }]);
	await confirmItIsYou(deps, session, currentPassword, now).catch((error: unknown) => {
		// The wrong password is named on the field it was typed in.
		if (error instanceof DomainError && error.code === 'forbidden')
			throw new DomainError('forbidden', error.message, [{ field: 'currentPassword', problem: 'passwordWrong' }]);
		throw error;
	});
	await deps.members.setPassword(member.id, await deps.passwords.hash(newPassword), now);
	await deps.events.record(member.id, 'password-changed', now);
	if ((await deps.sessions.endOthers(member.id, session.sessionIdHash)) > 0)
		await deps.events.record(member.id, 'other-sessions-ended', now);
	await sendSecurityNotice(deps, member, 'passwordChanged', now);
}
