import { z } from 'zod';
import { catalogue, isLocale, type Catalogue } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import { DomainError } from '../shared/errors.ts';
import { enforceLimits } from './limits.ts';
import { sendSecurityNotice } from '../security/notices.ts';
import type { AccountDeps } from './ports.ts';
import { fieldProblems, signUpInput } from './sign-up.ts';

type ErrorKey = keyof Catalogue['errors'];

export const resetLinkLifetimeMs = 60 * 60_000;

export const requestResetInput = z.object({ email: signUpInput.shape.email, locale: z.string().optional() });
export const resetPasswordInput = z.object({
	token: z.string().max(200),
	password: z.string({ error: 'passwordRequired' satisfies ErrorKey }).max(4096, 'passwordTooLong' satisfies ErrorKey),
	/**
	 * Remove every passkey too. The form ticks it by default: the person resetting may be locked out by, or
	 * escaping, someone who had their phone and added a passkey of their own, which a new password alone
	 * would leave working. Someone who only forgot their password unticks it, or adds their passkey again.
	 */
	removePasskeys: z.boolean().default(false)
});

/** Removes every passkey of a member (on a reset that asks for it); answers how many there were. */
export interface PasskeyRemoval {
	removeAll(memberId: string): Promise<number>;
}

/** A request for a reset link, as queued: the address as typed (normalised) and the page's language. */
export interface ResetRequest {
	email: string;
	locale?: string;
}

/** Where a reset request waits for sendPasswordReset: a job on the server. */
export interface ResetRequests {
	/** Queues the request, due at `now`. */
	queue(request: ResetRequest, now: Date): Promise<void>;
}

/**
 * Takes a request for a link to choose a new password. The caller sees the same outcome either way, and the
 * request does the same work either way: whether the address has an account is looked up later, by the job
 * that runs sendPasswordReset, so neither the answer nor its time tells anyone whether an address is registered.
 */
export async function requestPasswordReset(
	deps: Pick<AccountDeps, 'limiter'> & { resets: ResetRequests },
	raw: unknown,
	now: Date,
	clientAddress: string
): Promise<void> {
	const parsed = requestResetInput.safeParse(raw);
	if (!parsed.success) throw new DomainError('invalid', 'reset request is invalid', fieldProblems(parsed.error));
	const { email, locale } = parsed.data;
	await enforceLimits(
		deps.limiter,
		[
			['signin-address', clientAddress],
			['reset-email', email]
		],
		now
	);
	await deps.resets.queue({ email, locale }, now);
}

/** The later half of a reset request: e-mails a link to choose a new password, if the address has an account. */
export async function sendPasswordReset(deps: AccountDeps, request: ResetRequest, now: Date): Promise<void> {
	const { email } = request;
	const member = await deps.members.findByEmail(email);
	// Written either way (naming no one for an unknown address), so the log adds no difference in timing.
	await deps.events.record(member?.id ?? null, 'reset-requested', now);
	if (!member) return;
	const locale = isLocale(request.locale) ? request.locale : isLocale(member.locale) ? member.locale : 'en';
	const token = await deps.tokens.issue(
		member.id,
		email,
		'reset-password',
		new Date(now.getTime() + resetLinkLifetimeMs)
	);
	const words = catalogue(locale).email.reset;
	await deps.mailer.send({
		to: email,
		subject: words.subject,
		text: format(words.body, { link: deps.link(`/${locale}/account/reset`, token) }),
		memberId: member.id
	});
}

/**
 * Sets a new password from a fresh reset link; every session of the account ends, wherever it was, and every
 * passkey goes too when asked. The link works only while the account still has the address it was sent to, so
 * a link in an old mailbox dies with an e-mail change. The account's address is told.
 */
export async function resetPassword(
	deps: AccountDeps & { passkeys: PasskeyRemoval },
	raw: unknown,
	now: Date
): Promise<void> {
	const parsed = resetPasswordInput.safeParse(raw);
	if (!parsed.success) throw new DomainError('invalid', 'reset input is invalid', fieldProblems(parsed.error));
	const { token, password, removePasskeys } = parsed.data;
	// Checked before the link is used up, so a refused password leaves the link working for the next try.
	const problem = deps.passwords.problemWith(password, '');
	if (problem) throw new DomainError('invalid', 'password refused', [{ field: 'password', problem }]);
	const used = await deps.tokens.consume(token, 'reset-password', now);
	const member = used && (await deps.members.findById(used.memberId));
	if (!used || !member || member.email !== used.email)
		throw new DomainError('invalid', 'reset link invalid', [{ field: 'token', problem: 'resetLinkInvalid' }]);
	await deps.members.setPassword(member.id, await deps.passwords.hash(password), now);
	await deps.sessions.endAll(member.id);
	await deps.events.record(member.id, 'reset-completed', now);
	await deps.events.record(member.id, 'sessions-ended-by-reset', now);
	if (removePasskeys && (await deps.passkeys.removeAll(member.id)) > 0)
		await deps.events.record(member.id, 'passkey-removed', now, 'all');
	await sendSecurityNotice(deps, member, 'passwordReset', now);
}
