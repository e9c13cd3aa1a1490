import { z } from 'zod';
import { catalogue, isLocale } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { sendSecurityNotice } from '../security/notices.ts';
import type { AccountDeps, SignedIn } from './ports.ts';
import { optionalPasswordAgain } from './reauthenticate.ts';
import { proveItIsThem } from './recent-proof.ts';
import { signUpInput, verifyLinkLifetimeMs } from './sign-up.ts';

export const changeEmailInput = z.object({ email: signUpInput.shape.email, password: optionalPasswordAgain }).strict();
export const confirmEmailChangeInput = z.object({ token: z.string({ error: 'emailChangeLinkInvalid' }).max(200) });

/**
 * Asks to move the account to a new address, with the password typed again or a recent proof. Nothing changes
 * until the link sent to the new address is opened. If the address already has an account, its owner is told
 * so instead, and the answer here is the same: it tells no one who uses Porchlight.
 */
export async function requestEmailChange(deps: AccountDeps, session: SignedIn, raw: unknown, now: Date): Promise<void> {
	const { email, password } = parseInput(changeEmailInput, raw, 'e-mail change');
	const member = await proveItIsThem(deps, session, password, now);
	if (email === member.email)
		throw new DomainError('invalid', 'the same address', [{ field: 'email', problem: 'emailSame' }]);
	const locale = isLocale(member.locale) ? member.locale : 'en';
	const words = catalogue(locale).email;
	if (await deps.members.findByEmail(email)) {
		await deps.mailer.send({
			to: email,
			subject: words.alreadyRegistered.subject,
			text: format(words.alreadyRegistered.body, { link: deps.link(`/${locale}/account/sign-in`) })
		});
		return;
	}
	await deps.events.record(member.id, 'email-change-requested', now);
	const token = await deps.tokens.issue(
		member.id,
		email,
		'change-email',
		new Date(now.getTime() + verifyLinkLifetimeMs)
	);
	await deps.mailer.send({
		to: email,
		subject: words.changeEmail.subject,
		text: format(words.changeEmail.body, { link: deps.link(`/${locale}/account/email/confirm`, token) })
	});
}

/**
 * Opens the link sent to the new address: the account moves there, both addresses are told (in case it was
 * not the member), and every other session ends.
 */
export async function confirmEmailChange(
	deps: AccountDeps,
	raw: unknown,
	now: Date,
	keepSession?: (memberId: string) => Promise<void>
): Promise<void> {
	const { token } = parseInput(confirmEmailChangeInput, raw, 'e-mail change link');
	const used = await deps.tokens.consume(token, 'change-email', now);
	const member = used && (await deps.members.findById(used.memberId));
	if (!used || !member || !(await deps.members.changeEmail(member.id, used.email, now)))
		throw new DomainError('invalid', 'link invalid', [{ field: 'token', problem: 'emailChangeLinkInvalid' }]);
	await deps.events.record(member.id, 'email-changed', now);
	// Both addresses are told; reset links sent to the old one are dead (they are bound to their address).
	await sendSecurityNotice(deps, member, 'emailChangedOld', now);
	await sendSecurityNotice(deps, { ...member, email: used.email }, 'emailChangedNew', now);
	if (keepSession) await keepSession(member.id);
}
