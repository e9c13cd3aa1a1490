import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeSignUp, confirmEmail, signUp, type SignUpRequest } from '#lib/core/accounts/sign-up.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { requestPasswordReset, resetPassword } from '#lib/core/accounts/reset-password.ts';
import { changePassword } from '#lib/core/accounts/change-password.ts';
import { securityHistoryRepository } from './db/repositories/security-events.ts';
import { createSession, validateSessionToken } from './auth/session.ts';
import type { Passwords } from '#lib/core/accounts/ports.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../test/databases.ts';
import { accountDeps, argon2Passwords, PASSWORD_RESET_JOB, passwordResetHandler, queuedResets } from './accounts.ts';
import { databaseLimiter } from './auth/limiter.ts';
import { jobQueue } from './db/repositories/jobs.ts';

const now = new Date('2026-11-30T08:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const password = 'tomatoes on the porch at noon';

function tokenIn(mail: OutgoingMail | undefined): string {
	const match = mail?.text.match(/[?&]token=([A-Za-z0-9_-]+)/);
	if (!match?.[1]) throw new Error('no link with a token in the e-mail');
	return match[1];
}

async function codeOf(work: Promise<unknown>): Promise<string> {
	try {
		await work;
	} catch (error) {
		if (error instanceof DomainError) return error.code;
		throw error;
	}
	return 'ok';
}

let passwords: Passwords;
beforeAll(async () => {
	passwords = await argon2Passwords();
});

for (const dialect of DIALECTS) {
	describe(`accounts on ${dialect}`, () => {
		let database: TestDatabase;
		let outbox: OutgoingMail[];
		// The sign-up's job runs at once here (its queue is accounts-same-work.test.ts's subject).
		const deps = () => {
			const accounts = accountDeps(
				database.db,
				{ send: async (mail) => void outbox.push(mail) },
				passwords,
				'http://localhost:3000'
			);
			return { ...accounts, signUps: { queue: (r: SignUpRequest, at: Date) => completeSignUp(accounts, r, at) } };
		};
		afterEach(async () => database.dispose());

		async function fresh() {
			database = await testDatabase(dialect);
			outbox = [];
		}

		it('sign up, confirm by the e-mailed link, then sign in', async () => {
			await fresh();
			await signUp(deps(), { email: ' Ana@Example.org ', password, locale: 'es' }, now, '127.0.0.1');
			expect(outbox).toHaveLength(1);
			expect(outbox[0]?.to).toBe('ana@example.org');
			expect(outbox[0]?.subject).toBe('Confirma tu correo para Porchlight');
			expect(outbox[0]?.text).toContain('http://localhost:3000/es/account/confirm?token=');
			expect(outbox[0]?.text).not.toContain(password);

			expect(await codeOf(signIn(deps(), { email: 'ana@example.org', password }, later(1000), '127.0.0.1'))).toBe(
				'email_unverified'
			);
			expect(await confirmEmail(deps(), tokenIn(outbox[0]), later(2000))).toBe(true);
			expect(await confirmEmail(deps(), tokenIn(outbox[0]), later(3000))).toBe(false);
			expect(await codeOf(signIn(deps(), { email: 'ANA@example.org', password }, later(4000), '127.0.0.1'))).toBe('ok');
		});

		it('signing up with an address that has an account answers the same and warns the owner, creating nothing', async () => {
			await fresh();
			await signUp(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1');
			await signUp(deps(), { email: 'ana@example.org', password: 'another long sentence here' }, later(1), '127.0.0.2');
			expect(outbox.map((m) => m.subject)).toEqual([
				'Confirm your e-mail address for Porchlight',
				'Someone tried to create a Porchlight account with your address'
			]);
			expect(await database.db.selectFrom('members').select('id').execute()).toHaveLength(1);
		});

		it('a wrong password and an unknown address fail alike', async () => {
			await fresh();
			await signUp(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1');
			await confirmEmail(deps(), tokenIn(outbox[0]), now);
			expect(
				await codeOf(signIn(deps(), { email: 'ana@example.org', password: 'wrong password here' }, now, 'a'))
			).toBe('unauthorized');
			expect(await codeOf(signIn(deps(), { email: 'nobody@example.org', password }, now, 'a'))).toBe('unauthorized');
		});

		it('a confirmation link expires after 24 hours', async () => {
			await fresh();
			await signUp(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1');
			expect(await confirmEmail(deps(), tokenIn(outbox[0]), later(24 * 60 * 60_000 + 1))).toBe(false);
		});

		it('refuses bad input with what to fix in each field, and common passwords', async () => {
			await fresh();
			const invalid = await signUp(deps(), { email: 'not an address', password: 42 }, now, 'a').catch(
				(e: DomainError) => e
			);
			expect((invalid as DomainError).fields).toEqual([
				{ field: 'email', problem: 'emailInvalid' },
				{ field: 'password', problem: 'passwordRequired' }
			]);
			const common = await signUp(deps(), { email: 'ana@example.org', password: 'password123' }, now, 'a').catch(
				(e: DomainError) => e
			);
			expect((common as DomainError).fields).toEqual([{ field: 'password', problem: 'passwordCommon' }]);
			expect(await database.db.selectFrom('members').select('id').execute()).toHaveLength(0);
		});

		it('limits sign-in attempts per account, then says how long to wait', async () => {
			await fresh();
			const codes = [];
			for (let i = 0; i < 11; i++)
				codes.push(
					await codeOf(
						signIn(deps(), { email: 'ana@example.org', password: 'wrong password here' }, now, `10.0.0.${i}`)
					)
				);
			expect(codes.slice(0, 10).every((code) => code === 'unauthorized')).toBe(true);
			expect(codes[10]).toBe('rate_limited');
		}, 30_000); // eleven password checks: slow on a busy machine

		it('a password reset by the e-mailed link sets the new password, ends every session, removes every passkey when asked, and tells the address', async () => {
			await fresh();
			await signUp(deps(), { email: 'ana@example.org', password }, now, 'a');
			await confirmEmail(deps(), tokenIn(outbox[0]), now);
			const member = (await database.db.selectFrom('members').select('id').executeTakeFirstOrThrow()).id;
			const sessions = [
				await createSession(database.db, member, 'a', now),
				await createSession(database.db, member, 'b', now)
			];

			// The request only queues a job, whether or not the address has an account; the job sends the link.
			const jobs = jobQueue(database.db, dialect);
			const requests = {
				limiter: databaseLimiter(database.db),
				resets: queuedResets(jobs, { origin: 'http://localhost:3000' })
			};
			await requestPasswordReset(requests, { email: 'ANA@example.org', locale: 'en' }, later(1000), 'a');
			await requestPasswordReset(requests, { email: 'nobody@example.org' }, later(1000), 'a');
			expect(outbox).toHaveLength(1);
			const handler = passwordResetHandler({
				db: database.db,
				mail: { queue: async (mail) => void outbox.push(mail), isQueued: async () => false },
				passwords
			});
			expect(await jobs.runDueJobs(later(1000), { [PASSWORD_RESET_JOB]: handler })).toMatchObject({ succeeded: 2 });
			expect(outbox.map((m) => m.to)).toEqual(['ana@example.org', 'ana@example.org']);
			const link = tokenIn(outbox[1]);

			expect(await codeOf(resetPassword(deps(), { token: link, password: '1234567890' }, later(2000)))).toBe('invalid');
			for (const id of ['p1', 'p2'])
				await database.db
					.insertInto('passkeys')
					.values({
						id,
						member_id: member,
						credential_id: `cred-${id}`,
						public_key: 'cHVibGlj',
						counter: 0,
						transports: '[]',
						device: 'x',
						created_at: now.toISOString(),
						last_used_at: null
					})
					.execute();
			outbox = [];
			await resetPassword(
				deps(),
				{ token: link, password: 'a brand new sentence to remember', removePasskeys: true },
				later(3000)
			);
			for (const session of sessions)
				expect(await validateSessionToken(database.db, session.token, later(4000))).toBeNull();
			expect(await database.db.selectFrom('passkeys').select('id').execute()).toEqual([]);
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'The password of your Porchlight account was reset']
			]);
			expect((await securityHistoryRepository(database.db).of(member)).map((e) => e.kind)).toEqual(
				expect.arrayContaining(['reset-requested', 'reset-completed', 'sessions-ended-by-reset', 'passkey-removed'])
			);
			expect(await codeOf(signIn(deps(), { email: 'ana@example.org', password }, later(5000), 'b'))).toBe(
				'unauthorized'
			);
			expect(
				await codeOf(
					signIn(deps(), { email: 'ana@example.org', password: 'a brand new sentence to remember' }, later(6000), 'b')
				)
			).toBe('ok');
			expect(
				await codeOf(resetPassword(deps(), { token: link, password: 'yet another long sentence' }, later(7000)))
			).toBe('invalid');
		}, 30_000);

		it('a password change needs the current password, checks the new one as sign-up does, and ends every other session', async () => {
			await fresh();
			await signUp(deps(), { email: 'ana@example.org', password }, now, 'a');
			await confirmEmail(deps(), tokenIn(outbox[0]), now);
			const memberId = (await database.db.selectFrom('members').select('id').executeTakeFirstOrThrow()).id;
			const here = await createSession(database.db, memberId, 'here', now);
			const there = await createSession(database.db, memberId, 'there', now);
			const hereHash = (
				await database.db
					.selectFrom('sessions')
					.select('id_hash')
					.where('device', '=', 'here')
					.executeTakeFirstOrThrow()
			).id_hash;
			const session = { memberId, sessionIdHash: hereHash, provedAt: now.toISOString() };
			const change = (input: unknown) => changePassword(deps(), session, input, later(1000));
			const problems = (work: Promise<unknown>) =>
				work.then(
					() => 'ok',
					(e: DomainError) => `${e.code}:${e.fields.map((f) => `${f.field}.${f.problem}`).join(',')}`
				);
			outbox = [];

			expect(await problems(change({ newPassword: 'a brand new sentence' }))).toBe(
				'invalid:currentPassword.currentPasswordRequired'
			);
			expect(await problems(change({ currentPassword: 'not the password', newPassword: 'a brand new sentence' }))).toBe(
				'forbidden:currentPassword.passwordWrong'
			);
			expect(await problems(change({ currentPassword: password, newPassword: 'short' }))).toBe(
				'invalid:newPassword.passwordTooShort'
			);
			expect(await problems(change({ currentPassword: password, newPassword: 'qwertyuiop' }))).toBe(
				'invalid:newPassword.passwordCommon'
			);
			expect(await problems(change({ currentPassword: password, newPassword: password }))).toBe(
				'invalid:newPassword.newPasswordSame'
			);
			expect(outbox).toEqual([]);

			expect(await problems(change({ currentPassword: password, newPassword: 'a brand new sentence' }))).toBe('ok');
			expect(await validateSessionToken(database.db, here.token, later(2000))).not.toBeNull();
			expect(await validateSessionToken(database.db, there.token, later(2000))).toBeNull();
			expect(
				await codeOf(signIn(deps(), { email: 'ana@example.org', password: 'a brand new sentence' }, later(3000), 'b'))
			).toBe('ok');
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'The password of your Porchlight account was changed']
			]);
			expect(outbox[0]?.text).not.toContain('a brand new sentence');
			const kinds = (await securityHistoryRepository(database.db).of(memberId)).map((e) => e.kind);
			expect(kinds).toEqual(expect.arrayContaining(['password-changed', 'other-sessions-ended', 'reauthenticated']));
		}, 30_000);
	});
}
