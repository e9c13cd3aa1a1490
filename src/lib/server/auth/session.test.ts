import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../test/databases.ts';
import { securityHistoryRepository } from '../db/repositories/security-events.ts';
import { listMemberSessions } from '../db/repositories/sessions.ts';
import {
	createSession,
	defaultSessionPolicy,
	endAllSessions,
	endSession,
	hashToken,
	isSessionLive,
	proveSecondFactor,
	validateSessionToken
} from './session.ts';

const minute = 60_000;
const start = new Date('2026-11-30T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

for (const dialect of DIALECTS) {
	describe(`sessions on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('keep only a hash of the token, and find the member from the token', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const { token } = await createSession(database.db, member, 'Firefox on Linux', start);
			const rows = await listMemberSessions(database.db, member);
			expect(rows.map((r) => r.id_hash)).toEqual([hashToken(token)]);
			expect(JSON.stringify(rows)).not.toContain(token);
			expect((await validateSessionToken(database.db, token, at(minute)))?.memberId).toBe(member);
			expect(await validateSessionToken(database.db, `${token}x`, at(minute))).toBeNull();
			expect(await validateSessionToken(database.db, 'short', at(minute))).toBeNull();
		});

		it('count as proven with a second factor only after a passkey sign-in or a step-up', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const byPassword = await createSession(database.db, member, 'a', start);
			const byPasskey = await createSession(database.db, member, 'b', start, defaultSessionPolicy, 'passkey');
			expect((await validateSessionToken(database.db, byPassword.token, at(minute)))?.secondFactor).toBe(false);
			expect((await validateSessionToken(database.db, byPasskey.token, at(minute)))?.secondFactor).toBe(true);
			await proveSecondFactor(database.db, hashToken(byPassword.token), at(2 * minute));
			expect((await validateSessionToken(database.db, byPassword.token, at(3 * minute)))?.secondFactor).toBe(true);
		});

		it('end after 30 idle minutes, and stay while in use, up to the absolute lifetime', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const idle = await createSession(database.db, member, 'a', start);
			expect(await validateSessionToken(database.db, idle.token, at(31 * minute))).toBeNull();
			expect(await listMemberSessions(database.db, member)).toHaveLength(0);

			const busy = await createSession(database.db, member, 'b', start);
			for (let t = 20; t < defaultSessionPolicy.absoluteMs / minute; t += 20) {
				expect(await validateSessionToken(database.db, busy.token, at(t * minute)), `minute ${t}`).not.toBeNull();
			}
			expect(await validateSessionToken(database.db, busy.token, at(defaultSessionPolicy.absoluteMs))).toBeNull();
		});

		it('that end by themselves are written once to the security log, as idle or absolute', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const idle = await createSession(database.db, member, 'a', start);
			// Two requests with the same stale cookie at once: one of them deleted it, and only it logs.
			await Promise.all([
				validateSessionToken(database.db, idle.token, at(31 * minute)),
				isSessionLive(database.db, hashToken(idle.token), at(31 * minute))
			]);
			const busy = await createSession(database.db, member, 'b', start);
			for (let t = 20; t < defaultSessionPolicy.absoluteMs / minute; t += 20)
				await validateSessionToken(database.db, busy.token, at(t * minute));
			await validateSessionToken(database.db, busy.token, at(defaultSessionPolicy.absoluteMs));
			const events = await securityHistoryRepository(database.db).of(member);
			expect(events.map((e) => `${e.kind}:${e.detail}`).sort()).toEqual([
				'session-expired:absolute',
				'session-expired:idle'
			]);
		});

		it('are asked whether still live without that counting as activity (a held-open stream)', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const session = await createSession(database.db, member, 'a', start);
			const idHash = hashToken(session.token);
			// Asked every few minutes for 29 minutes, it is live; asking kept nothing alive, so minute 30 is idle.
			for (let t = 0; t < 30; t += 5)
				expect(await isSessionLive(database.db, idHash, at(t * minute)), `minute ${t}`).toBe(true);
			expect(await isSessionLive(database.db, idHash, at(30 * minute))).toBe(false);
			expect(await listMemberSessions(database.db, member)).toHaveLength(0);

			const kept = await createSession(database.db, member, 'b', start);
			for (let t = 20; t < defaultSessionPolicy.absoluteMs / minute; t += 20)
				await validateSessionToken(database.db, kept.token, at(t * minute));
			expect(
				await isSessionLive(database.db, hashToken(kept.token), at(defaultSessionPolicy.absoluteMs - minute))
			).toBe(true);
			expect(await isSessionLive(database.db, hashToken(kept.token), at(defaultSessionPolicy.absoluteMs))).toBe(false);

			const signedOut = await createSession(database.db, member, 'c', start);
			await endSession(database.db, hashToken(signedOut.token));
			expect(await isSessionLive(database.db, hashToken(signedOut.token), at(minute))).toBe(false);
		});

		it('all end together, as on a password reset', async () => {
			database = await testDatabase(dialect);
			const member = await insertMember(database, 'm1');
			const other = await insertMember(database, 'm2');
			const mine = [
				await createSession(database.db, member, 'a', start),
				await createSession(database.db, member, 'b', start)
			];
			const theirs = await createSession(database.db, other, 'c', start);
			await endAllSessions(database.db, member);
			for (const session of mine) expect(await validateSessionToken(database.db, session.token, at(minute))).toBeNull();
			expect(await validateSessionToken(database.db, theirs.token, at(minute))).not.toBeNull();
		});
	});
}
