import { afterEach, describe, expect, it } from 'vitest';
import { book, listBookings, move } from '#lib/core/sessions/bookings.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { eleven, failure, nine, now, rows, setUp, ten } from '../../../../../test/fixtures/bookings.ts';

// Moving a booking: one step, all or nothing, and one winner when two moves race.

for (const dialect of DIALECTS) {
	describe(`Sessions on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('moves a booking in one step, and changes nothing when the new slot is taken', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana, notices } = await setUp(database);
			const luis = await insertMember(database, 'luis');
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			await book(stores, luis, { specialistId: specialist, startsAt: eleven }, 'l1', now);

			const moved = await move(stores, ana, 'b1', ten, 'b2', now);
			expect(moved).toMatchObject({ id: 'b2', startsAt: ten, movedFrom: 'b1', seriesId: 'b1', sequence: 1 });
			expect(notices.at(-1)).toMatchObject({ kind: 'moved', to: specialist, previous: { id: 'b1' } });
			expect(await stores.bookings.get(ana, 'b1')).toMatchObject({ state: 'cancelled' });
			expect((await listBookings(stores.bookings, ana, now)).map((b) => [b.id, b.state])).toEqual([
				['b1', 'cancelled'],
				['b2', 'booked']
			]);
			expect((await listBookings(stores.bookings, specialist, now, true)).map((b) => b.id)).toEqual(['b2', 'l1']);
			expect((await listBookings(stores.bookings, luis, new Date(eleven), true)).map((b) => b.id)).toEqual(['l1']);
			expect(await listBookings(stores.bookings, luis, new Date('2026-12-08T00:00:00Z'), true)).toEqual([]);

			const before = await rows(database);
			expect(await failure(move(stores, ana, 'b2', eleven, 'b3', now))).toEqual({
				code: 'conflict',
				fields: [{ field: 'startsAt', problem: 'slotTaken' }]
			});
			expect(await failure(move(stores, ana, 'b2', ten, 'b3', now))).toMatchObject({
				fields: [{ field: 'startsAt', problem: 'slotSame' }]
			});
			expect(await rows(database)).toEqual(before);
		});

		it('rolls the whole move back when the database refuses the new slot', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			const luis = await insertMember(database, 'luis');
			const first = await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			await book(stores, luis, { specialistId: specialist, startsAt: ten }, 'l1', now);
			// Past the use-case's check, as when someone books the slot between the check and the write.
			const replacement = { ...first, id: 'b2', startsAt: ten, endsAt: '2026-12-07T15:50:00.000Z', movedFrom: 'b1' };
			expect(await failure(stores.bookings.move('b1', replacement, now))).toMatchObject({
				code: 'conflict',
				fields: [{ field: 'startsAt', problem: 'slotTaken' }]
			});
			expect((await rows(database)).map((r) => [r.id, r.state])).toEqual([
				['b1', 'booked'],
				['l1', 'booked']
			]);
		});

		it('lets two moves of one booking race: one wins, the other changes nothing', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			const results = await Promise.all([
				failure(move(stores, ana, 'b1', ten, 'm1', now)),
				failure(move(stores, ana, 'b1', eleven, 'm2', now))
			]);
			expect(results.filter((r) => r === undefined)).toHaveLength(1);
			expect(results.filter((r) => r?.code === 'conflict')).toHaveLength(1);
			expect((await rows(database)).filter((r) => r.state === 'booked')).toHaveLength(1);
		});
	});
}
