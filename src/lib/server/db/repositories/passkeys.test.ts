import { afterEach, describe, expect, it } from 'vitest';
import { removePasskey } from '#lib/core/accounts/passkeys/management.ts';
import { type PasskeyDeps, type PasskeyRecord, type WebAuthn } from '#lib/core/accounts/passkeys/ports.ts';
import { beginPasskeyRegistration, finishPasskeyRegistration } from '#lib/core/accounts/passkeys/registration.ts';
import { beginPasskeySignIn, finishPasskeySignIn } from '#lib/core/accounts/passkeys/sign-in.ts';
import type { SignedIn } from '#lib/core/accounts/ports.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import type { OutgoingMail } from '#lib/core/shared/mailer.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { databaseLimiter } from '../../auth/limiter.ts';
import { membersRepository } from './members.ts';
import { passkeysRepository, webauthnChallengesRepository } from './passkeys.ts';
import { securityHistoryRepository, securityLogRepository } from './security-events.ts';

const now = new Date('2026-11-30T08:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const minute = 60_000;
const site = { origin: 'https://porchlight.example.org', rpID: 'porchlight.example.org' };

const passkey = (id: string, memberId: string, credentialId: string): PasskeyRecord => ({
	id,
	memberId,
	credentialId,
	publicKey: 'cHVibGlj',
	counter: 0,
	transports: ['internal', 'hybrid'],
	device: 'Firefox · Linux',
	createdAt: now.toISOString(),
	lastUsedAt: null
});

/** A session proved at `provedAt` (by default just now); credentials change only within five minutes of it. */
const proved = (memberId: string, provedAt: Date | null = now): SignedIn => ({
	memberId,
	sessionIdHash: 'h',
	provedAt: provedAt?.toISOString() ?? null
});

/** The ports besides the store and the ceremony: a log on the database and a mailer that keeps what it sends. */
const sideEffects = (database: TestDatabase, outbox: OutgoingMail[] = []) => ({
	events: securityLogRepository(database.db, 'Chrome · Android'),
	mailer: { send: async (mail: OutgoingMail) => void outbox.push(mail) },
	link: (path: string) => `https://porchlight.example.org${path}`
});

const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? `${e.code}:${e.fields.map((f) => f.problem).join(',')}` : String(e))
	);

/** A stand-in ceremony: a challenge is "signed" by echoing it in clientDataJSON, and verified by comparing. */
function fakeWebAuthn(): WebAuthn & { counter: number } {
	let n = 0;
	return {
		counter: 5,
		async registrationOptions(input) {
			return { options: { challenge: `challenge${++n}`, user: { name: input.userName }, exclude: input.exclude } };
		},
		async verifyRegistration({ response, expectedChallenge }) {
			if (response.response.clientDataJSON !== expectedChallenge) return null;
			return { credentialId: response.id, publicKey: 'cHVibGlj', counter: 0, transports: ['internal'] };
		},
		async authenticationOptions() {
			return { options: { challenge: `challenge${++n}` } };
		},
		async verifyAuthentication({ response, expectedChallenge }) {
			return response.response.clientDataJSON === expectedChallenge ? { newCounter: this.counter } : null;
		}
	};
}

const registration = (credentialId: string, challenge: string) => ({
	id: credentialId,
	rawId: credentialId,
	type: 'public-key',
	clientExtensionResults: {},
	response: { clientDataJSON: challenge, attestationObject: 'YXR0' }
});
const assertion = (credentialId: string, challenge: string, userHandle?: string) => ({
	id: credentialId,
	rawId: credentialId,
	type: 'public-key',
	clientExtensionResults: {},
	response: { clientDataJSON: challenge, authenticatorData: 'ZGF0YQ', signature: 'c2ln', userHandle }
});
const handleOf = (memberId: string) => Buffer.from(memberId).toString('base64url');

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
