import { afterEach, describe, expect, it } from 'vitest';
import type { PasskeyDeps } from '#lib/core/accounts/passkeys/ports.ts';
import { beginPasskeyRegistration, finishPasskeyRegistration } from '#lib/core/accounts/passkeys/registration.ts';
import { beginPasskeySignIn, finishPasskeySignIn } from '#lib/core/accounts/passkeys/sign-in.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import {
	assertion,
	at,
	failure,
	fakeWebAuthn,
	handleOf,
	minute,
	now,
	proved,
	registration,
	sideEffects,
	site
} from '../../../../../test/fixtures/passkeys.ts';
import { databaseLimiter } from '../../auth/limiter.ts';
import { membersRepository } from './members.ts';
import { passkeysRepository, webauthnChallengesRepository } from './passkeys.ts';
import { securityHistoryRepository } from './security-events.ts';

// Adding a passkey and signing in with it through the use-cases, on the database: every failure refused alike,
// and sign-in attempts limited per address.

for (const dialect of DIALECTS) {
	describe(`passkeys on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('are added and then sign in through the use-cases, with every failure refused alike', async () => {
			database = await testDatabase(dialect);
			const webauthn = fakeWebAuthn();
			const outbox: OutgoingMail[] = [];
			let ids = 0;
			const deps: PasskeyDeps = {
				passkeys: passkeysRepository(database.db),
				challenges: webauthnChallengesRepository(database.db),
				members: membersRepository(database.db),
				limiter: databaseLimiter(database.db),
				webauthn,
				newId: () => `id${++ids}`,
				...sideEffects(database, outbox)
			};
			const ana = await insertMember(database, 'ana');
			const luis = await insertMember(database, 'luis');

			const begun = await beginPasskeyRegistration(deps, proved(ana), site, now, '203.0.113.9');
			expect(begun.options).toMatchObject({ user: { name: 'ana@example.org' }, exclude: [] });
			// Another member cannot finish ana's ceremony; and that attempt used the challenge up.
			expect(
				await failure(
					finishPasskeyRegistration(
						deps,
						proved(luis),
						begun.challengeId,
						registration('cred-a', begun.options.challenge),
						site,
						'x',
						now
					)
				)
			).toBe('invalid:passkeyExpired');
			const again = await beginPasskeyRegistration(deps, proved(ana), site, now, '203.0.113.9');
			expect(
				await failure(
					finishPasskeyRegistration(
						deps,
						proved(ana),
						again.challengeId,
						registration('cred-a', 'forged'),
						site,
						'x',
						now
					)
				)
			).toBe('invalid:passkeyNotAdded');
			expect(await failure(finishPasskeyRegistration(deps, proved(ana), undefined, { id: 1 }, site, 'x', now))).toMatch(
				/^invalid:passkeyResponseInvalid/
			);
			const third = await beginPasskeyRegistration(deps, proved(ana), site, now, '203.0.113.9');
			const added = await finishPasskeyRegistration(
				deps,
				proved(ana),
				third.challengeId,
				registration('cred-a', third.options.challenge),
				site,
				'Chrome · Android',
				now
			);
			expect(added).toMatchObject({ device: 'Chrome · Android', lastUsedAt: null });
			expect(outbox.map((m) => [m.to, m.subject])).toEqual([
				['ana@example.org', 'A passkey was added to your Porchlight account']
			]);
			expect(outbox[0]?.text).toContain('https://porchlight.example.org/en/account/forgot');
			// Without a proof in the last five minutes, no ceremony begins or ends.
			expect(
				await failure(beginPasskeyRegistration(deps, proved(ana, at(-5 * minute)), site, now, '203.0.113.9'))
			).toBe('reauthentication_required:');
			expect(
				await failure(finishPasskeyRegistration(deps, proved(ana, null), third.challengeId, {}, site, 'x', now))
			).toBe('reauthentication_required:');
			expect((await beginPasskeyRegistration(deps, proved(ana), site, now, '203.0.113.9')).options.exclude).toEqual([
				{ credentialId: 'cred-a', transports: ['internal'] }
			]);

			const signIn = async (credentialId: string, handle: string | undefined, sign = true) => {
				const { challengeId, options } = await beginPasskeySignIn(deps, site, now, '203.0.113.9');
				const signed = sign ? options.challenge : 'forged';
				return failure(
					finishPasskeySignIn(
						deps,
						challengeId,
						assertion(credentialId, signed, handle),
						site,
						at(minute),
						'203.0.113.9'
					)
				);
			};
			expect(await signIn('cred-a', handleOf(ana))).toBe('ok');
			expect(await deps.passkeys.findByCredentialId('cred-a')).toMatchObject({
				counter: 5,
				lastUsedAt: at(minute).toISOString()
			});
			expect(await signIn('cred-a', handleOf(ana), false)).toBe('unauthorized:passkeySignInFailed');
			expect(await signIn('cred-zzz', handleOf(ana))).toBe('unauthorized:passkeySignInFailed');
			expect(await signIn('cred-a', handleOf(luis))).toBe('unauthorized:passkeySignInFailed');
			expect(
				await failure(finishPasskeySignIn(deps, undefined, assertion('cred-a', 'x'), site, now, '203.0.113.9'))
			).toBe('unauthorized:passkeySignInFailed');

			// A used challenge cannot sign in again.
			const once = await beginPasskeySignIn(deps, site, now, '203.0.113.9');
			const answer = assertion('cred-a', once.options.challenge, handleOf(ana));
			expect(await failure(finishPasskeySignIn(deps, once.challengeId, answer, site, now, '203.0.113.9'))).toBe('ok');
			expect(await failure(finishPasskeySignIn(deps, once.challengeId, answer, site, now, '203.0.113.9'))).toBe(
				'unauthorized:passkeySignInFailed'
			);

			// An address no longer confirmed is refused, but only after the passkey checked out.
			await database.db.updateTable('members').set({ email_verified_at: null }).where('id', '=', ana).execute();
			expect(await signIn('cred-a', handleOf(ana))).toBe('email_unverified:emailUnverified');

			// Each sign-in and failure is in ana's history; a passkey no one has leaves a row naming no one.
			const kinds = (await securityHistoryRepository(database.db).of(ana)).map((e) => `${e.kind}:${e.detail}`);
			expect(kinds.filter((k) => k === 'sign-in:passkey')).toHaveLength(2);
			expect(kinds.filter((k) => k === 'sign-in-failed:passkey')).toHaveLength(1);
			expect(kinds).toContain('passkey-added:null');
			const anonymous = await database.db
				.selectFrom('security_events')
				.selectAll()
				.where('member_id', 'is', null)
				.execute();
			expect(anonymous.map((e) => e.kind)).toEqual(['sign-in-failed']);
		});

		it('limit sign-in attempts per address, as a password sign-in does', async () => {
			database = await testDatabase(dialect);
			const deps: PasskeyDeps = {
				passkeys: passkeysRepository(database.db),
				challenges: webauthnChallengesRepository(database.db),
				members: membersRepository(database.db),
				limiter: databaseLimiter(database.db),
				webauthn: fakeWebAuthn(),
				...sideEffects(database),
				newId: (() => {
					let n = 0;
					return () => `id${++n}`;
				})()
			};
			const results = [];
			for (let i = 0; i < 51; i++)
				results.push(
					await failure(finishPasskeySignIn(deps, undefined, assertion('c', 'x'), site, now, '198.51.100.1'))
				);
			expect(results.at(0)).toBe('unauthorized:passkeySignInFailed');
			expect(results.at(-1)).toBe('rate_limited:');
		});
	});
}
