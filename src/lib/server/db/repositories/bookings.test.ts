import { afterEach, describe, expect, it } from 'vitest';
import { book, cancel, listOpenSlots, move, type Booking } from '#lib/core/sessions/bookings.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { eleven, failure, hours, nine, now, rows, setUp, ten } from '../../../../../test/fixtures/bookings.ts';
import { bookingById } from './bookings.ts';

for (const dialect of DIALECTS) {
	describe(`Sessions on ${dialect}`, () => {
		let database: TestDatabase;
		afterEach(async () => database.dispose());

		it('keeps the specialist’s hours and offers the open slots, without the booked ones', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana, notices } = await setUp(database);
			expect(await stores.availability.get(specialist)).toMatchObject({ ...hours, updatedAt: now.toISOString() });
			const week = [new Date('2026-12-07T00:00:00Z'), new Date('2026-12-15T00:00:00Z')] as const;
			expect((await listOpenSlots(stores, specialist, ...week, now)).map((s) => s.startsAt)).toEqual([
				nine,
				ten,
				eleven
			]);

			const booking = await book(stores, ana, { specialistId: specialist, startsAt: ten }, 'b1', now);
			expect(booking).toMatchObject({
				state: 'booked',
				startsAt: ten,
				endsAt: '2026-12-07T15:50:00.000Z',
				sequence: 0
			});
			expect(notices).toEqual([{ kind: 'booked', to: specialist, booking }]);
			expect((await listOpenSlots(stores, specialist, ...week, now)).map((s) => s.startsAt)).toEqual([nine, eleven]);
			expect(await stores.bookings.get(specialist, 'b1')).toEqual(booking);
			expect(await stores.bookings.get(ana, 'b1')).toEqual(booking);
		});

		it('refuses a time that is not an open slot, and says when it is taken', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			const luis = await insertMember(database, 'luis');
			const notOpen = { code: 'invalid', fields: [{ field: 'startsAt', problem: 'slotNotOpen' }] };
			for (const startsAt of ['2026-12-07T14:30:00.000Z', '2026-12-08T14:00:00.000Z', '2026-12-14T14:00:00.000Z'])
				expect(await failure(book(stores, ana, { specialistId: specialist, startsAt }, 'x', now))).toEqual(notOpen);
			// A slot that has already begun is not open.
			expect(
				await failure(book(stores, ana, { specialistId: specialist, startsAt: nine }, 'x', new Date(nine)))
			).toEqual(notOpen);
			expect(await failure(book(stores, ana, { specialistId: specialist, startsAt: 'soon' }, 'x', now))).toMatchObject({
				fields: [{ field: 'startsAt', problem: 'dateInvalid' }]
			});
			expect(await failure(book(stores, ana, { specialistId: 'nobody', startsAt: nine }, 'x', now))).toMatchObject({
				code: 'not_found'
			});
			// No one is their own specialist: as if there were no such specialist (see the core's bookings.test.ts).
			expect(
				await failure(book(stores, specialist, { specialistId: specialist, startsAt: nine }, 'x', now))
			).toMatchObject({
				code: 'not_found'
			});
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			expect(await failure(book(stores, luis, { specialistId: specialist, startsAt: nine }, 'b2', now))).toEqual({
				code: 'conflict',
				fields: [{ field: 'startsAt', problem: 'slotTaken' }]
			});
			expect(await rows(database)).toHaveLength(1);
		});

		it('gives one slot to exactly one of 20 people booking it at the same moment', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist } = await setUp(database);
			const people = await Promise.all(Array.from({ length: 20 }, (_, i) => insertMember(database, `person-${i}`)));
			const errors: unknown[] = [];
			const results = await Promise.all(
				people.map((person, i) =>
					failure(
						book(stores, person, { specialistId: specialist, startsAt: nine }, `race-${i}`, now).catch((e: unknown) => {
							errors.push(e);
							throw e;
						})
					)
				)
			);
			// They really raced: the slot looked open to more than one, and the database refused the late ones.
			expect(errors.filter((e) => e instanceof Error && e.cause !== undefined).length).toBeGreaterThan(0);
			expect(results.filter((r) => r === undefined)).toHaveLength(1);
			expect(results.filter((r) => r !== undefined)).toEqual(
				Array.from({ length: 19 }, () => ({ code: 'conflict', fields: [{ field: 'startsAt', problem: 'slotTaken' }] }))
			);
			expect((await rows(database)).filter((r) => r.state === 'booked' && r.starts_at === nine)).toHaveLength(1);
		});

		it('has the database itself refuse a second holder of a slot, even past the open-slot check', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist } = await setUp(database);
			const people = await Promise.all(Array.from({ length: 20 }, (_, i) => insertMember(database, `person-${i}`)));
			const booking = (memberId: string, i: number): Booking => ({
				id: `raw-${i}`,
				specialistId: specialist,
				memberId,
				startsAt: nine,
				endsAt: '2026-12-07T14:50:00.000Z',
				state: 'booked',
				createdAt: now.toISOString(),
				cancelledAt: null,
				movedFrom: null,
				seriesId: `raw-${i}`,
				sequence: 0
			});
			const results = await Promise.all(people.map((p, i) => failure(stores.bookings.insert(booking(p, i)))));
			expect(results.filter((r) => r === undefined)).toHaveLength(1);
			expect(results.filter((r) => r?.code === 'conflict')).toHaveLength(19);
		});

		it('frees a cancelled slot for someone else, and tells the other side', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana, notices } = await setUp(database);
			const luis = await insertMember(database, 'luis');
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			const later = new Date(now.getTime() + 60_000);
			const cancelled = await cancel(stores, ana, 'b1', later);
			expect(cancelled).toMatchObject({ state: 'cancelled', cancelledAt: later.toISOString() });
			expect(notices.at(-1)).toMatchObject({ kind: 'cancelled', to: specialist });
			expect(await failure(cancel(stores, ana, 'b1', later))).toMatchObject({
				code: 'conflict',
				fields: [{ field: 'booking', problem: 'bookingCancelled' }]
			});

			const again = await book(stores, luis, { specialistId: specialist, startsAt: nine }, 'b2', later);
			expect(again.state).toBe('booked');
			// The specialist cancels this one: the member is told.
			await cancel(stores, specialist, 'b2', later);
			expect(notices.at(-1)).toMatchObject({ kind: 'cancelled', to: luis });
			expect((await rows(database)).map((r) => [r.id, r.state])).toEqual([
				['b1', 'cancelled'],
				['b2', 'cancelled']
			]);
		});

		it('never shows or changes someone else’s booking', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			const luis = await insertMember(database, 'luis');
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			expect(await stores.bookings.get(luis, 'b1')).toBeUndefined();
			expect(await failure(cancel(stores, luis, 'b1', now))).toMatchObject({ code: 'not_found' });
			expect(await failure(move(stores, luis, 'b1', ten, 'b2', now))).toMatchObject({ code: 'not_found' });
			// The specialist can cancel, but moving is the member's to do.
			expect(await failure(move(stores, specialist, 'b1', ten, 'b2', now))).toMatchObject({ code: 'not_found' });
			expect(await failure(cancel(stores, ana, 'b1', new Date(nine)))).toMatchObject({
				fields: [{ field: 'booking', problem: 'bookingPast' }]
			});
			expect((await rows(database)).map((r) => r.state)).toEqual(['booked']);
		});

		it('stand even when the other side cannot be told', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			const failing = { ...stores, notifier: { notify: () => Promise.reject(new Error('mail is down')) } };
			await book(failing, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			await move(failing, ana, 'b1', ten, 'b2', now);
			await cancel(failing, specialist, 'b2', now);
			expect((await rows(database)).map((r) => [r.id, r.state])).toEqual([
				['b1', 'cancelled'],
				['b2', 'cancelled']
			]);
		});

		it('are found by id alone for the session jobs, whoever booked them', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			const booked = await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			expect(await bookingById(database.db, 'b1')).toEqual(booked);
			await cancel(stores, specialist, 'b1', now);
			expect(await bookingById(database.db, 'b1')).toMatchObject({ id: 'b1', state: 'cancelled' });
			expect(await bookingById(database.db, 'missing')).toBeUndefined();
		});

		it('are removed with the member who booked them', async () => {
			database = await testDatabase(dialect);
			const { stores, specialist, ana } = await setUp(database);
			await book(stores, ana, { specialistId: specialist, startsAt: nine }, 'b1', now);
			await database.db.deleteFrom('members').where('id', '=', ana).execute();
			expect(await rows(database)).toEqual([]);
		});
	});
}
