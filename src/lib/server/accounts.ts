import type { Kysely } from 'kysely';
import type { AccountDeps, Passwords } from '#lib/core/accounts/ports.ts';
import type { Mailer } from '#lib/core/shared/mailer.ts';
import { newId } from './ids.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { endAllSessions } from './auth/session.ts';
import { checkNewPassword, hashPassword, verifyPassword } from './auth/password.ts';
import type { Database } from './db/schema.ts';
import { emailTokensRepository } from './db/repositories/email-tokens.ts';
import { membersRepository } from './db/repositories/members.ts';

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

/** The account use-cases' ports, on this database and mailer, with links to `origin`. */
export function accountDeps(db: Kysely<Database>, mailer: Mailer, passwords: Passwords, origin: string): AccountDeps {
	return {
		members: membersRepository(db),
		tokens: emailTokensRepository(db),
		passwords,
		limiter: databaseLimiter(db),
		sessions: { endAll: (memberId) => endAllSessions(db, memberId) },
		mailer,
		newId,
		link: (path, token) => {
			const url = new URL(path, origin);
			if (token) url.searchParams.set('token', token);
			return url.href;
		}
	};
}
