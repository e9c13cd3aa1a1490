import type { Kysely } from 'kysely';
import type { AccountDeps, Passwords } from '#lib/core/accounts/ports.ts';
import { sendPasswordReset, type ResetRequests } from '#lib/core/accounts/reset-password.ts';
import { completeSignUp, type SignUpRequests } from '#lib/core/accounts/sign-up.ts';
import type { JobHandler, JobQueue } from '#lib/core/events/jobs.ts';
import type { Mailer } from '#lib/core/shared/mailer.ts';
import { newId } from './ids.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { endAllSessions, endOtherSessions, markSessionProved } from './auth/session.ts';
import { checkNewPassword, hashPassword, verifyPassword } from './auth/password.ts';
import type { Database } from './db/schema.ts';
import { emailTokensRepository } from './db/repositories/email-tokens.ts';
import { membersRepository } from './db/repositories/members.ts';
import { passkeysRepository } from './db/repositories/passkeys.ts';
import { securityLogRepository } from './db/repositories/security-events.ts';
import type { MailQueue } from './jobs/mail.ts';

const passwordProblemKeys = {
	tooShort: 'passwordTooShort',
	tooLong: 'passwordTooLong',
	common: 'passwordCommon'
} as const;

export async function argon2Passwords(): Promise<Passwords> {
	const decoyHash = await hashPassword(newId());
	return {
		problemWith: (password, email) => {
			const problem = checkNewPassword(password, email);
			return problem && passwordProblemKeys[problem];
		},
		hash: hashPassword,
		verify: verifyPassword,
		decoyHash
	};
}

/**
 * The account use-cases' ports, on this database and mailer, with links to `origin`; security events are
 * recorded with `device` (a browser-and-system summary of the request's user agent). Shared by the app
 * (app/accounts.ts), the account jobs below and staff invitations, so it lives here rather than in app/.
 */
export function accountDeps(
	db: Kysely<Database>,
	mailer: Mailer,
	passwords: Passwords,
	origin: string,
	device = '—'
): AccountDeps & { passkeys: ReturnType<typeof passkeysRepository> } {
	return {
		members: membersRepository(db),
		tokens: emailTokensRepository(db),
		passwords,
		limiter: databaseLimiter(db),
		sessions: {
			endAll: (memberId) => endAllSessions(db, memberId),
			endOthers: (memberId, keep) => endOtherSessions(db, memberId, keep),
			markProved: (idHash, now) => markSessionProved(db, idHash, now)
		},
		passkeys: passkeysRepository(db),
		events: securityLogRepository(db, device),
		mailer,
		newId,
		link: (path, token) => {
			const url = new URL(path, origin);
			if (token) url.searchParams.set('token', token);
			return url.href;
		}
	};
}

// Sign-up and reset requests are jobs (`account.signup`, `account.reset`): the request only checks, hashes (a
// sign-up) and queues, the same work whether or not the address has an account; the job looks the address up
// and queues the e-mail, keyed by the job's id. A retried job whose e-mail is already queued stops there (doing
// it again would issue a new link and kill the one in that e-mail). The payload (the address; a sign-up's
// password hash) is erased once the job has run, moments later.
export const SIGN_UP_JOB = 'account.signup';
export const PASSWORD_RESET_JOB = 'account.reset';

interface QueueOptions {
	/** The site's address, for the e-mail's link. */
	origin: string;
	/** Told of each queued request, so this instance runs it now. */
	onQueued?: () => void;
}

function queued(jobs: JobQueue, kind: string, { origin, onQueued = () => {} }: QueueOptions) {
	return async (payload: Record<string, string | null>, now: Date) => {
		await jobs.enqueue(kind, now, { ...payload, origin });
		onQueued();
	};
}

export function queuedSignUps(jobs: JobQueue, options: QueueOptions): SignUpRequests {
	const add = queued(jobs, SIGN_UP_JOB, options);
	return { queue: ({ email, passwordHash, locale }, now) => add({ email, passwordHash, locale }, now) };
}

export function queuedResets(jobs: JobQueue, options: QueueOptions): ResetRequests {
	const add = queued(jobs, PASSWORD_RESET_JOB, options);
	return { queue: ({ email, locale }, now) => add({ email, locale: locale ?? null }, now) };
}

interface AccountJobDeps {
	db: Kysely<Database>;
	mail: MailQueue;
	passwords: Passwords;
}

/** An account job: the ports with a mailer keyed by the job (and an id the job fixes), unless its mail is queued. */
function accountJob(
	deps: AccountJobDeps,
	work: (payload: Record<string, unknown>, accounts: AccountDeps, at: Date) => Promise<void>
): JobHandler {
	return async (payload, job) => {
		const fields = (payload ?? {}) as Record<string, unknown>;
		if (typeof fields.origin !== 'string' || (await deps.mail.isQueued(job.id))) return;
		const at = new Date(job.runAt);
		const mailer: Mailer = { send: (mail) => deps.mail.queue(mail, { key: job.id, at }) };
		// The account a sign-up creates takes the job's id, so a retry knows the account as its own.
		const accounts = { ...accountDeps(deps.db, mailer, deps.passwords, fields.origin), newId: () => job.id };
		await work(fields, accounts, at);
	};
}

export function signUpHandler(deps: AccountJobDeps): JobHandler {
	return accountJob(deps, async ({ email, passwordHash, locale }, accounts, at) => {
		if (typeof email !== 'string' || typeof passwordHash !== 'string' || typeof locale !== 'string') return;
		await completeSignUp(accounts, { email, passwordHash, locale }, at);
	});
}

export function passwordResetHandler(deps: AccountJobDeps): JobHandler {
	return accountJob(deps, async ({ email, locale }, accounts, at) => {
		if (typeof email !== 'string') return;
		await sendPasswordReset(accounts, typeof locale === 'string' ? { email, locale } : { email }, at);
	});
}
