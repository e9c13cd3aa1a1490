import type { Kysely } from 'kysely';
import type { AccountDeps, Passwords } from '#lib/core/accounts/ports.ts';
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
