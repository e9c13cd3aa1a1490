import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import {
	assignmentsOf,
	assignRequest,
	closeRequest,
	requestGuidance,
	withdrawRequest
} from '#lib/core/guidance/requests.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { guidanceRequestsRepository } from './guidance-requests.ts';
import { staffRepository } from './staff.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const later = new Date('2026-12-02T08:00:00Z');
const story = 'Mi hijo volvió a llamar anoche; dice que esta vez sí — “lo prometo” 🙏';
const ask = (extra: Record<string, unknown> = {}) => ({
	relationship: 'child',
	story,
	urgency: 'thisWeek',
	language: 'es',
	times: 'Tardes, después de las 6',
	...extra
});
const failure = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) =>
			e instanceof DomainError ? `${e.code}:${e.fields.map((f) => `${f.field}=${f.problem}`).join(',')}` : 'thrown'
	);

for (const dialect of DIALECTS) {
	describe(`guidance requests on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		async function setup() {
			database = await testDatabase(dialect);
			const requests = guidanceRequestsRepository(database.db, keyring);
			const staff = staffRepository(database.db);
			const [ana, luis, admin, marta, pablo] = await Promise.all(
				['ana', 'luis', 'admin', 'marta', 'pablo'].map((id) => insertMember(database, id))
			);
			await staff.grant(admin!, 'admin', now);
			await staff.grant(marta!, 'specialist', now);
			return { requests, staff, ana: ana!, luis: luis!, admin: admin!, marta: marta!, pablo: pablo! };
		}

		it('are asked in the member’s words, kept encrypted, and come back byte for byte', async () => {
			const { requests, ana, luis } = await setup();
			const asked = await requestGuidance(requests, ana, ask(), 'q1', now);
			expect(asked).toMatchObject({ state: 'waiting', crisis: false, specialistId: null, story });
			expect(await requests.forMember(ana)).toEqual([asked]);
			expect(await requests.forMember(luis)).toEqual([]);
			const raw = await sql<{ story_enc: string }>`select story_enc from guidance_requests`.execute(database.db);
			expect(raw.rows[0]!.story_enc).not.toContain('hijo');
		});

		it('that speak of a crisis are marked for the admin and come first', async () => {
			const { requests, ana, luis } = await setup();
			await requestGuidance(requests, ana, ask({ language: 'en', story: 'We argued about money again.' }), 'q1', now);
			const urgent = await requestGuidance(
				requests,
				luis,
				ask({ language: 'en', story: 'He overdosed last night and is not breathing well.' }),
				'q2',
				new Date(now.getTime() + 1000)
			);
			expect(urgent.crisis).toBe(true);
			expect((await requests.open()).map((r) => [r.id, r.crisisLevel])).toEqual([
				['q2', 'urgent'],
				['q1', null]
			]);
			const levels = await sql<{
				crisis_level: string | null;
			}>`select crisis_level from guidance_requests order by id`.execute(database.db);
			expect(levels.rows.map((row) => row.crisis_level)).toEqual([null, 'urgent']);
			// The database itself refuses a level that is not one.
			await expect(sql`update guidance_requests set crisis_level = 'panic'`.execute(database.db)).rejects.toThrow();
		});

		it('refuse bad input with what to fix, and store nothing', async () => {
			const { requests, ana } = await setup();
			expect(
				await failure(
					requestGuidance(
						requests,
						ana,
						ask({ relationship: 'boss', story: '   ', urgency: 'yesterday', extra: 1 }),
						'q1',
						now
					)
				)
			).toBe('invalid:relationship=relationshipInvalid,story=storyEmpty,urgency=urgencyInvalid,extra=fieldUnknown');
			expect(await requests.forMember(ana)).toEqual([]);
		});

		it('are assigned by an admin only, to a specialist only, and the assignment is what consent and messages check', async () => {
			const { requests, staff, ana, admin, marta, pablo } = await setup();
			await requestGuidance(requests, ana, ask(), 'q1', now);
			const assignments = assignmentsOf(requests);
			expect(await assignments.isAssigned(marta, ana)).toBe(false);
			expect(await assignments.clientsOf(marta)).toEqual(new Set());

			expect(
				await failure(assignRequest({ requests, staff }, marta, { requestId: 'q1', specialistId: marta }, now))
			).toBe('not_found:');
			expect(
				await failure(assignRequest({ requests, staff }, admin, { requestId: 'q1', specialistId: pablo }, now))
			).toBe('invalid:specialistId=specialistInvalid');
			expect(
				await failure(assignRequest({ requests, staff }, admin, { requestId: 'nope', specialistId: marta }, now))
			).toBe('not_found:');

			const assigned = await assignRequest({ requests, staff }, admin, { requestId: 'q1', specialistId: marta }, now);
			expect(assigned).toMatchObject({ state: 'assigned', specialistId: marta });
			expect(await assignments.isAssigned(marta, ana)).toBe(true);
			expect(await assignments.isAssigned(pablo, ana)).toBe(false);
			expect(await assignments.clientsOf(marta)).toEqual(new Set([ana]));
			expect(await assignments.clientsOf(pablo)).toEqual(new Set());
			expect(await requests.openClients(marta)).toBe(1);
		});

		it('are closed by their member or an admin only, and closing ends the assignment', async () => {
			const { requests, staff, ana, admin, marta, pablo } = await setup();
			await requestGuidance(requests, ana, ask(), 'q1', now);
			await requestGuidance(requests, ana, ask(), 'q2', now);
			await assignRequest({ requests, staff }, admin, { requestId: 'q1', specialistId: marta }, now);
			await assignRequest({ requests, staff }, admin, { requestId: 'q2', specialistId: marta }, now);
			const deps = { requests, staff };
			for (const someone of [marta, pablo, 'nobody'])
				expect(await failure(closeRequest(deps, someone, 'q1', now)), someone).toBe('not_found:');
			for (const bad of ['nope', 7, '\u0000'])
				expect(await failure(closeRequest(deps, ana, bad, now))).toBe('not_found:');

			expect(await closeRequest(deps, ana, 'q1', later)).toMatchObject({
				state: 'closed',
				updatedAt: later.toISOString()
			});
			// The other open request still assigns her to Marta; once the admin closes it too, no longer.
			expect(await assignmentsOf(requests).isAssigned(marta, ana)).toBe(true);
			expect(await assignmentsOf(requests).clientsOf(marta)).toEqual(new Set([ana]));
			expect(await closeRequest(deps, admin, 'q2', later)).toMatchObject({ state: 'closed' });
			expect(await assignmentsOf(requests).isAssigned(marta, ana)).toBe(false);
			expect(await assignmentsOf(requests).clientsOf(marta)).toEqual(new Set());
			expect(await requests.openClients(marta)).toBe(0);
			expect(await failure(closeRequest(deps, ana, 'q1', later))).toBe('not_found:');
			// From the member's own page, only their own: an admin's role counts for nothing there.
			await requestGuidance(requests, admin, ask(), 'q3', now);
			await requestGuidance(requests, ana, ask(), 'q4', now);
			expect(await failure(withdrawRequest(requests, admin, 'q4', later))).toBe('not_found:');
			expect(await withdrawRequest(requests, ana, 'q4', later)).toMatchObject({ state: 'closed' });
			expect(await withdrawRequest(requests, admin, 'q3', later)).toMatchObject({ state: 'closed' });
			expect(await failure(assignRequest(deps, admin, { requestId: 'q1', specialistId: marta }, later))).toBe(
				'not_found:'
			);
		});
	});
}
