import { afterEach, describe, expect, it } from 'vitest';
import { withConsentEvents, withRoleEvents } from '#lib/core/security/logged-ports.ts';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { accountDeps } from '../../accounts.ts';
import { consentsRepository } from './consents.ts';
import { securityHistoryRepository, securityLogRepository } from './security-events.ts';
import { staffRepository } from './staff.ts';

const now = new Date('2026-11-30T08:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

for (const dialect of DIALECTS) {
	describe(`the security event log on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('keeps a member’s events newest first, filtered by kind, with the device summary and nothing else', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');
			const log = securityLogRepository(database.db, 'Firefox · Linux');
			await log.record(ana, 'sign-in', now, 'password');
			await log.record(ana, 'passkey-added', at(1));
			await log.record(ana, 'sign-in-failed', at(2));
			await log.record(luis, 'sign-in', at(3));
			const history = securityHistoryRepository(database.db);
			expect(await history.of(ana)).toEqual([
				{ kind: 'sign-in-failed', occurredAt: at(2).toISOString(), device: 'Firefox · Linux', detail: null },
				{ kind: 'passkey-added', occurredAt: at(1).toISOString(), device: 'Firefox · Linux', detail: null },
				{ kind: 'sign-in', occurredAt: now.toISOString(), device: 'Firefox · Linux', detail: 'password' }
			]);
			expect((await history.of(ana, { kinds: ['sign-in'], limit: 5 })).map((e) => e.kind)).toEqual(['sign-in']);
			expect(await history.of(ana, { limit: 1 })).toHaveLength(1);

			// They go with the account.
			await database.db.deleteFrom('members').where('id', '=', ana).execute();
			expect(await history.of(ana)).toEqual([]);
			expect(await history.of(luis)).toHaveLength(1);
		});

		it('a failed sign-in for an address with no account names no one, and no row holds an address or a password', async () => {
			database = await testDatabase(dialect);
			await insertMember(database, 'ana');
			const deps = accountDeps(
				database.db,
				{ send: async () => undefined },
				{ problemWith: () => null, hash: async (p) => p, verify: async () => false, decoyHash: 'x' },
				'http://localhost',
				'Safari · iOS'
			);
			for (const email of ['nobody@example.org', 'ana@example.org'])
				await signIn(deps, { email, password: 'a secret sentence' }, now, '203.0.113.9').catch(() => undefined);
			const rows = await database.db.selectFrom('security_events').selectAll().orderBy('member_id').execute();
			expect(rows.map((r) => [r.member_id, r.kind, r.device])).toEqual(
				dialect === 'postgres'
					? [
							['ana', 'sign-in-failed', 'Safari · iOS'],
							[null, 'sign-in-failed', 'Safari · iOS']
						]
					: [
							[null, 'sign-in-failed', 'Safari · iOS'],
							['ana', 'sign-in-failed', 'Safari · iOS']
						]
			);
			const text = JSON.stringify(rows);
			expect(text).not.toMatch(/@|secret|203\.0\.113/);
		});

		it('role and consent changes are logged when something really changed', async () => {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			const spec = await insertMember(database, 'spec');
			const log = securityLogRepository(database.db);
			const staff = withRoleEvents(staffRepository(database.db), log);
			await staff.grant(spec, 'specialist', now);
			await staff.grant(spec, 'specialist', at(1));
			await staff.grant(spec, 'admin', at(2));
			const history = securityHistoryRepository(database.db);
			// The change to admin is two events at one moment, in no particular order between them.
			const roles = (await history.of(spec)).map((e) => `${e.kind}:${e.detail}`);
			expect(roles.at(-1)).toBe('role-granted:specialist');
			expect(roles.slice(0, 2).sort()).toEqual(['role-granted:admin', 'role-removed:specialist']);

			const consents = withConsentEvents(consentsRepository(database.db), log);
			await consents.grant(ana, spec, 'plan', 'c1', now);
			await consents.grant(ana, spec, 'plan', 'c2', at(1));
			await consents.revoke(ana, spec, 'plan', at(2));
			await consents.revoke(ana, spec, 'plan', at(3));
			expect((await history.of(ana)).map((e) => `${e.kind}:${e.detail}`)).toEqual([
				'consent-revoked:plan',
				'consent-granted:plan'
			]);
		});
	});
}
