import { sql } from 'kysely';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { confirmEmailChange, requestEmailChange } from '#lib/core/accounts/change-email.ts';
import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import type { SignedIn } from '#lib/core/accounts/ports.ts';
import { resetPassword, sendPasswordReset } from '#lib/core/accounts/reset-password.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { completeSignUp, confirmEmail, signUp, type SignUpRequest } from '#lib/core/accounts/sign-up.ts';
import type { Passwords } from '#lib/core/accounts/ports.ts';
import { addContact } from '#lib/core/contacts/contacts.ts';
import { savePlan } from '#lib/core/plan/plan.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { addReachOut } from '#lib/core/timeline/reach-outs.ts';
import { DIALECTS, testDatabase, type TestDatabase } from '../../../test/databases.ts';
import { accountDeps, argon2Passwords } from './accounts.ts';
import { createSession } from './auth/session.ts';
import { newKey } from './crypto/keyring.ts';
import { contactsRepository } from './db/repositories/contacts.ts';
import { plansRepository } from './db/repositories/plans.ts';
import { reachOutsRepository } from './db/repositories/reach-outs.ts';
import { exportMemberData } from './member-export.ts';

const now = new Date('2026-11-30T08:00:00Z');
const password = 'tomatoes on the porch at noon';
const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const policy = { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 };

/** A session whose last proof is older than five minutes (or a fresh one, at `now`). */
const session = (memberId: string, provedAt: string | null = null): SignedIn => ({
	memberId,
	sessionIdHash: 'not-this-one',
	provedAt
});

const tokenIn = (mail: OutgoingMail | undefined) => mail?.text.match(/[?&]token=([A-Za-z0-9_-]+)/)?.[1] ?? '';
const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? `${e.code}:${e.fields.map((f) => f.problem).join(',')}` : 'thrown')
	);

let passwords: Passwords;
beforeAll(async () => {
	passwords = await argon2Passwords();
});

for (const dialect of DIALECTS) {
	describe(`the account's own data on ${dialect}`, () => {
		let database: TestDatabase;
		let outbox: OutgoingMail[];
		afterEach(async () => database.dispose());
		// The sign-up's job runs at once here.
		const deps = () => {
			const accounts = accountDeps(
				database.db,
				{ send: async (mail) => void outbox.push(mail) },
				passwords,
				'http://localhost'
			);
			return { ...accounts, signUps: { queue: (r: SignUpRequest, at: Date) => completeSignUp(accounts, r, at) } };
		};

		async function member(email: string): Promise<string> {
			await signUp(deps(), { email, password }, now, '127.0.0.1');
			await confirmEmail(deps(), tokenIn(outbox.at(-1)), now);
			return (await signIn(deps(), { email, password }, now, '127.0.0.1')).memberId;
		}

		async function fillAccount(memberId: string) {
			await addReachOut(
				reachOutsRepository(database.db, keyring),
				memberId,
				{ occurredAt: now.toISOString(), channel: 'call', said: 'Lo prometo' },
				`r-${memberId}`,
				now
			);
			await savePlan(
				plansRepository(database.db, keyring),
				memberId,
				{ conditions: [], boundaries: ['No money'], expectations: [], supports: [], signs: ['Meetings'] },
				`p-${memberId}`,
				now
			);
			await addContact(
				contactsRepository(database.db, keyring),
				memberId,
				{ name: 'Marta', phone: '555 0100' },
				`c-${memberId}`,
				now
			);
			await createSession(database.db, memberId, 'Firefox on Linux', now, policy);
		}

		it('exports everything the member stored, readable, and nothing of the account’s secrets', async () => {
			database = await testDatabase(dialect);
			outbox = [];
			const ana = await member('ana@example.org');
			await fillAccount(ana);
			const exported = await exportMemberData(database.db, keyring, ana, now);
			expect(exported.account.email).toBe('ana@example.org');
			expect(exported.reachOuts.map((r) => r.said)).toEqual(['Lo prometo']);
			expect(exported.plan.versions.map((v) => v?.lists.signs)).toEqual([['Meetings']]);
			expect(exported.contacts.map((c) => c.name)).toEqual(['Marta']);
			expect(exported.sessions).toHaveLength(1);
			expect(exported.securityEvents).toEqual([
				{ kind: 'sign-in', occurredAt: now.toISOString(), device: '—', detail: 'password' }
			]);
			expect(exported.guidanceRequests).toEqual([]);
			expect(exported.messages).toEqual([]);
			expect(exported.sharing).toEqual([]);
			expect(exported.viewedBy).toEqual([]);
			const text = JSON.stringify(exported);
			expect(text).not.toContain('argon2');
			expect(text).not.toContain(password);
		});

		// Hashing passwords on a busy machine is slow: this one and the next check several.
		it('deletes the account and every row of it only after the password is typed again or a recent proof', async () => {
			database = await testDatabase(dialect);
			outbox = [];
			const ana = await member('ana@example.org');
			const luis = await member('luis@example.org');
			await fillAccount(ana);
			await fillAccount(luis);

			expect(await failure(deleteAccount(deps(), session(ana), { password: 'not my password at all' }, now))).toBe(
				'forbidden:passwordWrong'
			);
			expect(await failure(deleteAccount(deps(), session(ana), {}, now))).toBe('reauthentication_required:');
			const sixMinutesAgo = new Date(now.getTime() - 6 * 60_000).toISOString();
			expect(await failure(deleteAccount(deps(), session(luis, sixMinutesAgo), {}, now))).toBe(
				'reauthentication_required:'
			);
			outbox = [];
			await deleteAccount(deps(), session(ana, now.toISOString()), {}, now);
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'Your Porchlight account was deleted']
			]);

			expect(await failure(signIn(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1'))).toBe(
				'unauthorized:signInFailed'
			);
			// Nothing of hers remains in any table; Luis keeps all of his.
			// Every table that holds a member's rows (a member_id column), found in the database itself, so a new one is
			// covered without anyone remembering to list it here.
			const tables = (await database.db.introspection.getTables())
				.filter((table) => table.columns.some((column) => column.name === 'member_id'))
				.map((table) => table.name);
			expect(tables).toEqual(
				expect.arrayContaining(['sessions', 'reach_outs', 'plan_versions', 'bookings', 'consents', 'audit_log'])
			);
			for (const table of ['members', ...tables]) {
				const column = table === 'members' ? 'id' : 'member_id';
				const rows = await sql<{
					n: number;
				}>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${ana}`.execute(database.db);
				expect(Number(rows.rows[0]!.n), table).toBe(0);
			}
			expect((await reachOutsRepository(database.db, keyring).list(luis)).length).toBe(1);
			const keys = await database.db.selectFrom('rate_limits').select('key').execute();
			expect(keys.map((k) => k.key).join(' ')).not.toContain('ana@example.org');
		}, 30_000);

		it('moves the account to a new address only when the link sent there is opened, and tells the old one', async () => {
			database = await testDatabase(dialect);
			outbox = [];
			const ana = await member('ana@example.org');
			await member('taken@example.org');

			expect(
				await failure(
					requestEmailChange(deps(), session(ana), { email: 'new@example.org', password: 'wrong password here' }, now)
				)
			).toBe('forbidden:passwordWrong');
			expect(await failure(requestEmailChange(deps(), session(ana), { email: 'new@example.org' }, now))).toBe(
				'reauthentication_required:'
			);
			expect(await failure(requestEmailChange(deps(), session(ana), { email: 'ana@example.org', password }, now))).toBe(
				'invalid:emailSame'
			);

			// A reset link asked for before the change must not outlive it.
			// (The queued half of a reset request: the job that looks the address up and e-mails the link.)
			await sendPasswordReset(deps(), { email: 'ana@example.org' }, now);
			const resetLink = tokenIn(outbox.at(-1));

			outbox = [];
			await requestEmailChange(deps(), session(ana, now.toISOString()), { email: 'taken@example.org' }, now);
			expect(outbox.map((m) => m.to)).toEqual(['taken@example.org']);
			expect(tokenIn(outbox[0])).toBe('');

			outbox = [];
			await requestEmailChange(deps(), session(ana), { email: 'New@Example.org', password }, now);
			expect(outbox.map((m) => m.to)).toEqual(['new@example.org']);
			// Until the link is opened, the account keeps its address.
			expect(await failure(signIn(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1'))).toBe('ok');

			const link = tokenIn(outbox[0]);
			outbox = [];
			await confirmEmailChange(deps(), { token: link }, now);
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'The e-mail address of your Porchlight account was changed'],
				['new@example.org', 'This is now the e-mail address of your Porchlight account']
			]);
			expect(outbox[0]?.text).not.toContain('new@example.org');
			expect(
				await failure(resetPassword(deps(), { token: resetLink, password: 'a brand new long password' }, now))
			).toBe('invalid:resetLinkInvalid');
			expect(await failure(signIn(deps(), { email: 'new@example.org', password }, now, '127.0.0.1'))).toBe('ok');
			expect(await failure(signIn(deps(), { email: 'ana@example.org', password }, now, '127.0.0.1'))).toBe(
				'unauthorized:signInFailed'
			);
			expect(await failure(confirmEmailChange(deps(), { token: link }, now))).toBe('invalid:emailChangeLinkInvalid');
		}, 30_000);
	});
}
