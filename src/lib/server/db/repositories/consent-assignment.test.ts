import { afterEach, describe, expect, it } from 'vitest';
import { consentsOf, openSharedPlan, share } from '#lib/core/guidance/consent.ts';
import { assignmentsOf, requestGuidance } from '#lib/core/guidance/requests.ts';
import { savePlan } from '#lib/core/plan/plan.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { guidanceDeps } from './consents.ts';
import { guidanceRequestsRepository } from './guidance-requests.ts';
import { plansRepository } from './plans.ts';

// Consent ends with the assignment: closing the request or giving it to someone else revokes what the member
// shared, and a later assignment of the same specialist starts with nothing shared.

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const story = { relationship: 'parent', story: 'Mi hijo', urgency: 'thisWeek', language: 'es', times: '' };
const lists = { conditions: [], boundaries: ['No money'], expectations: [], supports: [], signs: [] };

const outcome = (work: Promise<unknown>) =>
	work.then(
		() => 'opened',
		(e: unknown) => (e instanceof DomainError ? e.code : `thrown:${String(e)}`)
	);

for (const dialect of DIALECTS) {
	describe(`consent and assignment on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		async function setUp() {
			database = await testDatabase(dialect);
			const ana = await insertMember(database, 'ana');
			const sol = await insertMember(database, 'sol');
			const tom = await insertMember(database, 'tom');
			const requests = guidanceRequestsRepository(database.db, keyring);
			const deps = guidanceDeps(database.db, keyring, (on) => assignmentsOf(guidanceRequestsRepository(on, keyring)));
			await savePlan(plansRepository(database.db, keyring), ana, lists, 'p1', now);
			return { ana, sol, tom, requests, deps };
		}

		it('ends the sharing when the request is closed, and assigning the same specialist again does not revive it', async () => {
			const { ana, sol, requests, deps } = await setUp();
			await requestGuidance(requests, ana, story, 'q1', now);
			await requests.assign('q1', sol, now);
			await share(deps, ana, { specialistId: sol, item: 'plan' }, now);
			expect(await outcome(openSharedPlan(deps, sol, ana, later(1)))).toBe('opened');

			await requests.close('q1', later(2));
			expect(await consentsOf(deps, ana)).toEqual([]);

			await requestGuidance(requests, ana, story, 'q2', later(3));
			await requests.assign('q2', sol, later(4));
			expect(await consentsOf(deps, ana)).toEqual([]);
			expect(await outcome(openSharedPlan(deps, sol, ana, later(5)))).toBe('not_found');
			// Sharing again is the member's own choice, and it works.
			await share(deps, ana, { specialistId: sol, item: 'plan' }, later(6));
			expect(await outcome(openSharedPlan(deps, sol, ana, later(7)))).toBe('opened');
		});

		it('ends the sharing with the specialist a request is taken from, and only theirs', async () => {
			const { ana, sol, tom, requests, deps } = await setUp();
			await requestGuidance(requests, ana, story, 'q1', now);
			await requestGuidance(requests, ana, story, 'q2', now);
			await requests.assign('q1', sol, now);
			await requests.assign('q2', tom, now);
			await share(deps, ana, { specialistId: sol, item: 'plan' }, now);
			await share(deps, ana, { specialistId: tom, item: 'plan' }, now);

			await requests.assign('q1', tom, later(1));
			expect((await consentsOf(deps, ana)).map((c) => c.specialistId)).toEqual([tom]);
			expect(await outcome(openSharedPlan(deps, sol, ana, later(2)))).toBe('not_found');
			expect(await outcome(openSharedPlan(deps, tom, ana, later(2)))).toBe('opened');

			// Tom still holds the other request: closing one of the two keeps what is shared with him.
			await requests.close('q1', later(3));
			expect((await consentsOf(deps, ana)).map((c) => c.specialistId)).toEqual([tom]);
			await requests.close('q2', later(4));
			expect(await consentsOf(deps, ana)).toEqual([]);
		});
	});
}
