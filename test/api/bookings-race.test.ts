import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../databases.ts';
import { startServer, type TestServer } from './server.ts';
import { assignedMembers, openSpecialist, slotsOf } from './sessions-setup.ts';

// Two people can never hold the same slot: 20 members, all assigned to one specialist, book the same slot at
// the same moment through the API; exactly one gets it (201) and the other 19 are told it is taken (409). The
// database's partial unique index decides, on SQLite and on PostgreSQL.

for (const dialect of DIALECTS) {
	describe(`20 members booking one slot at once, on ${dialect}`, () => {
		let server: TestServer;
		beforeAll(async () => {
			server = await startServer({ dialect, env: { ADDRESS_LIMIT_MULTIPLIER: '100' } });
		}, 60_000);
		afterAll(async () => server?.dispose());

		it('gives the slot to exactly one of them', async () => {
			const specialist = await openSpecialist(server);
			const members = await assignedMembers(server, specialist.id, 20);
			const [slot] = await slotsOf(members[0]!, specialist.id);
			expect(slot).toBeDefined();

			const answers = await Promise.all(
				members.map((member) =>
					member.request('POST', '/api/v1/bookings', {
						body: { specialistId: specialist.id, startsAt: slot!.startsAt }
					})
				)
			);
			const statuses = answers.map((a) => a.status).sort();
			expect(statuses).toEqual([201, ...Array.from({ length: 19 }, () => 409)]);
			for (const refused of answers.filter((a) => a.status === 409)) {
				expect(refused.headers.get('content-type')).toBe('application/problem+json');
				expect(refused.json).toMatchObject({ errors: [{ field: 'startsAt' }] });
			}

			const held = await specialist.client.get('/api/v1/bookings?upcoming=true');
			const booked = (held.json as { bookings: { startsAt: string; state: string }[] }).bookings.filter(
				(b) => b.startsAt === slot!.startsAt
			);
			expect(booked).toHaveLength(1);
			// The slot is no longer offered to anyone.
			expect((await slotsOf(members[1]!, specialist.id)).map((s) => s.startsAt)).not.toContain(slot!.startsAt);
		}, 180_000);
	});
}
