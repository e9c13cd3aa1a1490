import { z } from 'zod';
import { catalogue, isLocale, type Catalogue } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import { DomainError, type FieldProblem } from '../shared/errors.ts';
import { enforceLimits } from './limits.ts';
import type { AccountDeps } from './ports.ts';

type ErrorKey = keyof Catalogue['errors'];

/** The one schema for signing up, from a form or the API. Messages are catalogue keys under `errors`. */
export const signUpInput = z.object({
	email: z
		.string({ error: 'emailInvalid' satisfies ErrorKey })
		.trim()
		.toLowerCase()
		.max(254, 'emailInvalid' satisfies ErrorKey)
		.pipe(z.email('emailInvalid' satisfies ErrorKey)),
	password: z.string({ error: 'passwordRequired' satisfies ErrorKey }).max(4096, 'passwordTooLong' satisfies ErrorKey),
	locale: z.string().optional()
});
export type SignUpInput = z.input<typeof signUpInput>;

export const verifyLinkLifetimeMs = 24 * 60 * 60_000;

export function fieldProblems(error: z.ZodError): FieldProblem[] {
	return error.issues.map((issue) => ({ field: String(issue.path[0] ?? 'body'), problem: issue.message }));
}

/** A sign-up as queued: the normalised address, the password's hash (never the password) and the language. */
export interface SignUpRequest {
	email: string;
	passwordHash: string;
	locale: string;
}

/** Where a sign-up waits for completeSignUp: a job on the server. */
export interface SignUpRequests {
	/** Queues the request, due at `now`. */
	queue(request: SignUpRequest, now: Date): Promise<void>;
}

/**
 * Takes a sign-up: checks the input and the limits, hashes the password and queues the rest (completeSignUp).
 * Whether or not the address already has an account, the caller sees the same outcome and the request does the
 * same work (one hash, one job): the answer never tells a stranger who uses Porchlight, neither by what it says
 * nor by how long it takes.
 */
export async function signUp(
	deps: Pick<AccountDeps, 'passwords' | 'limiter'> & { signUps: SignUpRequests },
	raw: unknown,
	now: Date,
	clientAddress: string
): Promise<void> {
	const parsed = signUpInput.safeParse(raw);
	if (!parsed.success) throw new DomainError('invalid', 'sign-up input is invalid', fieldProblems(parsed.error));
	const { email, password } = parsed.data;
	const locale = isLocale(parsed.data.locale) ? parsed.data.locale : 'en';

	const problem = deps.passwords.problemWith(password, email);
	if (problem) throw new DomainError('invalid', 'password refused', [{ field: 'password', problem }]);

	await enforceLimits(
		deps.limiter,
		[
			['signup-address', clientAddress],
			['signup-email', email]
		],
		now
	);
	await deps.signUps.queue({ email, passwordHash: await deps.passwords.hash(password), locale }, now);
}

/**
 * The later half of a sign-up: creates the unconfirmed account and e-mails a confirmation link or, when the
 * address already has an account, tells its owner that someone tried. The address gets one e-mail either way.
 */
export async function completeSignUp(deps: AccountDeps, request: SignUpRequest, now: Date): Promise<void> {
	const { email, passwordHash } = request;
	const locale = isLocale(request.locale) ? request.locale : 'en';
	const words = catalogue(locale).email;
	const existing = await deps.members.findByEmail(email);
	const id = deps.newId();
	// An account with this very id is this sign-up's own, made by an earlier try of it.
	const created = existing
		? existing.id === id
		: await deps.members.create({ id, email, emailVerifiedAt: null, passwordHash, locale }, now);
	if (!created) {
		await deps.mailer.send({
			to: email,
			subject: words.alreadyRegistered.subject,
			text: format(words.alreadyRegistered.body, { link: deps.link(`/${locale}/account/sign-in`) }),
			memberId: existing?.id
		});
		return;
	}
	const token = await deps.tokens.issue(id, email, 'verify-email', new Date(now.getTime() + verifyLinkLifetimeMs));
	await deps.mailer.send({
		to: email,
		subject: words.verify.subject,
		text: format(words.verify.body, { link: deps.link(`/${locale}/account/confirm`, token) }),
		memberId: id
	});
}

/** Confirms the address a link was sent to, if the link is fresh and the account still has that address. */
export async function confirmEmail(deps: AccountDeps, token: string, now: Date): Promise<boolean> {
	const used = await deps.tokens.consume(token, 'verify-email', now);
	if (!used) return false;
	return deps.members.markEmailVerified(used.memberId, used.email, now);
}
