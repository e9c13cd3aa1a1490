import { afterEach, describe, expect, it } from 'vitest';
import { caseloadOf } from '#lib/core/guidance/caseload.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { newKey } from '../../crypto/keyring.ts';
import { auditLogRepository } from './audit-log.ts';
import { caseloadRepository } from './caseload.ts';
import { guidanceRequestsRepository } from './guidance-requests.ts';

const key = newKey();
const keyring = { current: key, byId: new Map([[key.id, key.key]]) };
const now = new Date('2026-11-30T08:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

for (const dialect of DIALECTS) {
	describe(`a specialist's caseload on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		async function request(id: string, memberId: string, crisis: boolean, at: Date, specialistId?: string) {
			const requests = guidanceRequestsRepository(database.db, keyring);
			await requests.insert({
				id,
				memberId,
				relationship: 'sibling',
				story: 'Mi hermano volvió a llamar.',
				urgency: 'today',
				language: 'es',
				times: '',
				crisis,
				crisisLevel: crisis ? 'urgent' : null,
				state: 'waiting',
				specialistId: null,
				createdAt: at.toISOString(),
				updatedAt: at.toISOString()
			});
			if (specialistId) await requests.assign(id, specialistId, at);
		}

		it('lists the assigned, open requests with the e-mail address, and when the specialist last opened them', async () => {
			database = await testDatabase(dialect);
			const [ana, bea, cy, sol, tom] = await Promise.all(
				['ana', 'bea', 'cy', 'sol', 'tom'].map((id) => insertMember(database, id))
			);
			await request('r-ana', ana!, false, now, sol);
			await request('r-bea', bea!, true, later(5), sol);
			await request('r-cy', cy!, false, later(10), tom); // Tom's client, not Sol's
			await request('r-wait', cy!, false, later(11)); // waiting, nobody's yet
			await auditLogRepository(database.db).record({
				id: 'a1',
				memberId: ana!,
				actorId: sol!,
				actorRole: 'specialist',
				what: 'notes',
				at: later(20).toISOString()
			});
			const store = caseloadRepository(database.db);
			const rows = await store.assignedTo(sol!);
			expect(rows.map((r) => [r.memberId, r.email, r.crisis, r.lastOpenedAt])).toEqual([
				['bea', 'bea@example.org', true, null],
				['ana', 'ana@example.org', false, later(20).toISOString()]
			]);
			expect(rows[0]).toMatchObject({
				requestId: 'r-bea',
				relationship: 'sibling',
				language: 'es',
				urgency: 'today',
				assignedAt: later(5).toISOString()
			});
			const clients = await caseloadOf(store, sol!, later(30));
			expect(clients.map((c) => [c.memberId, c.isNew])).toEqual([
				['bea', true],
				['ana', false]
			]);
			expect((await store.assignedTo(tom!)).map((r) => r.memberId)).toEqual(['cy']);
			expect(await store.assignedTo('a\u0000b')).toEqual([]);
			expect(await store.emailOf(ana!)).toBe('ana@example.org');
			expect(await store.emailOf('nobody')).toBeUndefined();
			expect(await store.emailOf('a\u0000b')).toBeUndefined();
		});
	});
}
