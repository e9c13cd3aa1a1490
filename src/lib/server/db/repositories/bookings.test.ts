import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '#lib/core/shared/errors.ts';
import {
	book,
	cancel,
	listBookings,
	listOpenSlots,
	move,
	setAvailability,
	type Booking,
	type BookingNotifier,
	type SessionStores
} from '#lib/core/sessions/bookings.ts';
import { DIALECTS, insertMember, testDatabase, type TestDatabase } from '../../../../../test/databases.ts';
import { availabilityRepository } from './availability.ts';
import { bookingById, bookingsRepository } from './bookings.ts';

const now = new Date('2026-11-30T08:00:00Z');
// Mondays 09:00–12:00 in New York: 50-minute sessions on the hour. Monday 7 December 2026 is EST (UTC-5).
const hours = {
	timeZone: 'America/New_York',
	sessionMinutes: 50,
	stepMinutes: 60,
	rules: [{ weekday: 1, start: '09:00', end: '12:00' }],
	exceptions: [{ date: '2026-12-14', closed: true }]
};
const nine = '2026-12-07T14:00:00.000Z';
const ten = '2026-12-07T15:00:00.000Z';
const eleven = '2026-12-07T16:00:00.000Z';

const failure = (work: Promise<unknown>) =>
	work.then(
		() => undefined,
		(e: unknown) => (e instanceof DomainError ? { code: e.code, fields: e.fields } : { code: 'thrown', error: e })
	);

interface Setup {
	stores: SessionStores;
	notices: Parameters<BookingNotifier['notify']>[0][];
	specialist: string;
	ana: string;
}

async function setUp(database: TestDatabase): Promise<Setup> {
	const notices: Setup['notices'] = [];
	const stores: SessionStores = {
		availability: availabilityRepository(database.db),
		bookings: bookingsRepository(database.db),
		notifier: { notify: async (notice) => void notices.push(notice) },
		// Who may book with whom is the core's to check (bookings.test.ts there); here everyone is assigned.
		assignments: { isAssigned: async () => true }
	};
	const specialist = await insertMember(database, 'specialist');
	const ana = await insertMember(database, 'ana');
	await setAvailability(stores.availability, specialist, hours, now);
	return { stores, notices, specialist, ana };
}

const rows = (database: TestDatabase) =>
	database.db.selectFrom('bookings').selectAll().orderBy('created_at').orderBy('id').execute();

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
