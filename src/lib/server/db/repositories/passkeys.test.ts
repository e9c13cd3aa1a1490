import { afterEach, describe, expect, it } from 'vitest';
import { removePasskey } from '#lib/core/accounts/passkeys/management.ts';
import type { PasskeyDeps } from '#lib/core/accounts/passkeys/ports.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { at, failure, minute, now, passkey, proved, sideEffects } from '../../../../../test/fixtures/passkeys.ts';
import { membersRepository } from './members.ts';
import { passkeysRepository, webauthnChallengesRepository } from './passkeys.ts';
import { securityHistoryRepository } from './security-events.ts';

// Passkeys and their challenges as stored: a challenge used once, a passkey within one member's account. Adding
// one and signing in with it through the use-cases is in passkeys.sign-in.test.ts.

for (const dialect of DIALECTS) {
	describe(`passkeys on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('keep challenges for one use only, before they expire, for the purpose they were made for', async () => {
			database = await testDatabase(dialect);
			const challenges = webauthnChallengesRepository(database.db);
			const ana = await insertMember(database, 'ana');
			const make = (id: string, purpose: 'register' | 'signin', memberId: string | null = null) =>
				challenges.save({ id, memberId, purpose, challenge: `c-${id}`, expiresAt: at(5 * minute) }, now);
			await make('a', 'register', ana);
			await make('b', 'signin');
			await make('c', 'signin');
			await make('d', 'signin');

			expect(await challenges.take('a', 'register', at(minute))).toEqual({ memberId: ana, challenge: 'c-a' });
			expect(await challenges.take('a', 'register', at(minute))).toBeNull();
			// Twice at the same moment: only one gets it.
			const race = await Promise.all([challenges.take('b', 'signin', now), challenges.take('b', 'signin', now)]);
			expect(race.filter(Boolean)).toEqual([{ memberId: null, challenge: 'c-b' }]);
			// The wrong purpose does not get it, and uses it up.
			expect(await challenges.take('c', 'register', now)).toBeNull();
			expect(await challenges.take('c', 'signin', now)).toBeNull();
			// Expired: refused; and a new challenge sweeps out the old ones.
			expect(await challenges.take('d', 'signin', at(5 * minute))).toBeNull();
			await challenges.save(
				{ id: 'e', memberId: null, purpose: 'signin', challenge: 'x', expiresAt: at(20 * minute) },
				now
			);
			await challenges.save(
				{ id: 'f', memberId: null, purpose: 'signin', challenge: 'x', expiresAt: at(20 * minute) },
				at(10 * minute)
			);
			const left = await database.db.selectFrom('webauthn_challenges').select('id').orderBy('id').execute();
			expect(left.map((r) => r.id)).toEqual(['e', 'f']);
		});

		it('are listed, found, used and removed within one member’s account, and never twice for one credential', async () => {
			database = await testDatabase(dialect);
			const store = passkeysRepository(database.db);
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');
			expect(await store.insert(passkey('p1', ana, 'cred-1'))).toBe(true);
			expect(await store.insert({ ...passkey('p2', ana, 'cred-2'), createdAt: at(minute).toISOString() })).toBe(true);
			expect(await store.insert(passkey('p3', luis, 'cred-1'))).toBe(false);
			expect(await store.insert(passkey('p3', luis, 'cred-3'))).toBe(true);

			const list = await store.list(ana);
			expect(list.map((p) => p.id)).toEqual(['p1', 'p2']);
			expect(list[0]).toEqual({ id: 'p1', device: 'Firefox · Linux', createdAt: now.toISOString(), lastUsedAt: null });
			expect(JSON.stringify(list)).not.toContain('cHVibGlj');
			expect(await store.credentialsOf(luis)).toEqual([{ credentialId: 'cred-3', transports: ['internal', 'hybrid'] }]);

			// A counter past PostgreSQL's integer: signature counters are unsigned 32-bit numbers.
			await store.recordUse('p1', 4_000_000_000, at(2 * minute));
			expect(await store.findByCredentialId('cred-1')).toMatchObject({
				memberId: ana,
				counter: 4_000_000_000,
				lastUsedAt: at(2 * minute).toISOString(),
				transports: ['internal', 'hybrid']
			});
			expect(await store.findByCredentialId('nope')).toBeUndefined();

			const outbox: OutgoingMail[] = [];
			const deps = {
				passkeys: store,
				members: membersRepository(database.db),
				...sideEffects(database, outbox)
			} as unknown as PasskeyDeps;
			expect(await failure(removePasskey(deps, proved(ana, at(-6 * minute)), 'p1', now))).toBe(
				'reauthentication_required:'
			);
			expect(await failure(removePasskey(deps, proved(luis), 'p1', now))).toBe('not_found:');
			expect(outbox).toEqual([]);
			expect(await failure(removePasskey(deps, proved(ana, at(-4 * minute)), 'p1', now))).toBe('ok');
			expect(await failure(removePasskey(deps, proved(ana), 'p1', now))).toBe('not_found:');
			expect((await store.list(ana)).map((p) => p.id)).toEqual(['p2']);
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'A passkey was removed from your Porchlight account']
			]);
			expect((await securityHistoryRepository(database.db).of(ana)).map((e) => e.kind)).toEqual(['passkey-removed']);

			await database.db.deleteFrom('members').where('id', '=', ana).execute();
			expect(await store.findByCredentialId('cred-2')).toBeUndefined();
		});
	});
}
