import { z } from 'zod';
import type { Catalogue } from '../i18n/catalogue.ts';
import { DomainError } from '../shared/errors.ts';
import { enforceLimits } from './limits.ts';
import type { AccountDeps } from './ports.ts';
import { fieldProblems, signUpInput } from './sign-up.ts';

type ErrorKey = keyof Catalogue['errors'];

export const signInInput = z.object({
	email: signUpInput.shape.email,
	password: z
		.string({ error: 'passwordRequired' satisfies ErrorKey })
		.min(1, 'passwordRequired')
		.max(4096, 'signInFailed')
});
export type SignInInput = z.input<typeof signInInput>;

/**
 * Checks an e-mail address and password; answers the member's id. Limited per address and per account; a wrong
 * address and a wrong password fail alike, in the same time. An unconfirmed account is refused with its own
 * code only after the right password, so that answer tells nothing to someone who does not know it.
 */
export async function signIn(
	deps: AccountDeps,
	raw: unknown,
	now: Date,
	clientAddress: string
): Promise<{ memberId: string }> {
	const parsed = signInInput.safeParse(raw);
	if (!parsed.success) throw new DomainError('invalid', 'sign-in input is invalid', fieldProblems(parsed.error));
	const { email, password } = parsed.data;

	await enforceLimits(
		deps.limiter,
		[
			['signin-address', clientAddress],
			['signin-email', email]
		],
		now
	);

	const member = await deps.members.findByEmail(email);
	const matches = await deps.passwords.verify(member?.passwordHash ?? deps.passwords.decoyHash, password);
	if (!member || !matches) {
		// An address with no account leaves a row naming no one: the log never tells who has an account.
		await deps.events.record(member?.id ?? null, 'sign-in-failed', now);
		throw new DomainError('unauthorized', 'sign-in failed', [{ field: 'password', problem: 'signInFailed' }]);
	}
	if (!member.emailVerifiedAt) {
		await deps.events.record(member.id, 'sign-in-failed', now);
		throw new DomainError('email_unverified', 'e-mail not confirmed', [{ field: 'email', problem: 'emailUnverified' }]);
	}
	await deps.limiter.clear('signin-email', email);
	await deps.events.record(member.id, 'sign-in', now, 'password');
	return { memberId: member.id };
}
