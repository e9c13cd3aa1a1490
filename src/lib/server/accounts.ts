import type { Kysely } from 'kysely';
import type { AccountDeps, Passwords } from '#lib/core/accounts/ports.ts';
import { requestPasswordReset, sendPasswordReset, type ResetRequests } from '#lib/core/accounts/reset-password.ts';
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
import type { Services } from './services.ts';

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
 * recorded with `device` (a browser-and-system summary of the request's user agent).
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

// A reset request is a job (`account.reset`): the request only queues it, the same work whether or not the
// address has an account; the job looks the address up and queues the e-mail. Its payload (the address) is
// erased once it has run, moments later.
export const PASSWORD_RESET_JOB = 'account.reset';

/** `origin` is the site's address for the e-mail's link; `onQueued` has this instance run the job now. */
export function queuedResets(
	jobs: JobQueue,
	{
		origin,
		onQueued = () => {},
		clock = () => new Date()
	}: { origin: string; onQueued?: () => void; clock?: () => Date }
): ResetRequests {
	return {
		async queue({ email, locale }) {
			await jobs.enqueue(PASSWORD_RESET_JOB, clock(), { email, locale: locale ?? null, origin });
			onQueued();
		}
	};
}

/** What requestPasswordReset needs on the server: the limits, and the queue its job waits in. */
export function resetRequestDeps(
	{ connection, jobs, jobBell }: Pick<Services, 'connection' | 'jobs' | 'jobBell'>,
	origin: string
): Parameters<typeof requestPasswordReset>[0] {
	return { limiter: databaseLimiter(connection.db), resets: queuedResets(jobs, { origin, onQueued: jobBell.ring }) };
}

/** The `account.reset` job; its e-mail is keyed by the job's id, so a retry never queues a second one. */
export function passwordResetHandler(deps: {
	db: Kysely<Database>;
	mail: MailQueue;
	passwords: Passwords;
}): JobHandler {
	return async (payload, job) => {
		const { email, locale, origin } = (payload ?? {}) as Record<string, unknown>;
		if (typeof email !== 'string' || typeof origin !== 'string') return;
		const at = new Date(job.runAt);
		const mailer: Mailer = { send: (mail) => deps.mail.queue(mail, { key: job.id, at }) };
		const request = typeof locale === 'string' ? { email, locale } : { email };
		await sendPasswordReset(accountDeps(deps.db, mailer, deps.passwords, origin), request, at);
	};
}
