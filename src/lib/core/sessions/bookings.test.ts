import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import {
	book,
	cancel,
	move,
	slotsForMember,
	type Booking,
	type BookingStore,
	type SessionStores,
	type StoredAvailability
} from './bookings.ts';

// The rule of who may book with whom, on stores kept in memory: a member sees the slots of, books with and moves
// to only a specialist assigned to them; to anyone else that specialist is not there at all.

const now = new Date('2026-11-30T08:00:00Z');
const nine = '2026-12-07T14:00:00.000Z';
const ten = '2026-12-07T15:00:00.000Z';
const hours: StoredAvailability = {
	timeZone: 'America/New_York',
	sessionMinutes: 50,
	stepMinutes: 60,
	rules: [{ weekday: 1, start: '09:00', end: '12:00' }],
	exceptions: [],
	updatedAt: now.toISOString()
};

function memoryStores(assigned: Array<[specialist: string, member: string]>) {
	const bookings: Booking[] = [];
	const pairs = new Set(assigned.map(([s, m]) => `${s}|${m}`));
	const availability = new Map<string, StoredAvailability>([
		['sofia', hours],
		['marta', hours]
	]);
	const store: BookingStore = {
		forPerson: async (id) => bookings.filter((b) => b.memberId === id || b.specialistId === id),
		booked: async (s, from, to) =>
			bookings.filter((b) => b.specialistId === s && b.state === 'booked' && b.startsAt < to && b.endsAt > from),
		get: async (id, bookingId) =>
			bookings.find((b) => b.id === bookingId && (b.memberId === id || b.specialistId === id)),
		insert: async (b) => {
			if (bookings.some((o) => o.state === 'booked' && o.specialistId === b.specialistId && o.startsAt === b.startsAt))
				throw new DomainError('conflict', 'taken', [{ field: 'startsAt', problem: 'slotTaken' }]);
			bookings.push(b);
			return b;
		},
		cancel: async (id, at) => {
			const b = bookings.find((o) => o.id === id && o.state === 'booked');
			if (!b) return false;
			Object.assign(b, { state: 'cancelled', cancelledAt: at.toISOString() });
			return true;
		},
		move: async (oldId, replacement, at) => {
			await store.cancel(oldId, at);
			await store.insert(replacement);
		}
	};
	const stores: SessionStores = {
		availability: { get: async (id) => availability.get(id), put: async () => hours },
		bookings: store,
		notifier: { notify: async () => undefined },
		assignments: { isAssigned: async (s, m) => pairs.has(`${s}|${m}`) }
	};
	return { stores, bookings, unassign: (s: string, m: string) => pairs.delete(`${s}|${m}`) };
}

const codeOf = (work: Promise<unknown>) =>
	work.then(
		() => 'ok',
		(e: unknown) => (e instanceof DomainError ? e.code : 'thrown')
	);
const week = [new Date('2026-12-07T00:00:00Z'), new Date('2026-12-08T00:00:00Z')] as const;

describe('booking a session', () => {
	it('is only with a specialist assigned to the member', async () => {
		const { stores, bookings } = memoryStores([['sofia', 'ana']]);
		expect((await slotsForMember(stores, 'ana', 'sofia', ...week, now)).map((s) => s.startsAt)).toContain(nine);
		expect(await book(stores, 'ana', { specialistId: 'sofia', startsAt: nine }, 'b1', now)).toMatchObject({
			memberId: 'ana',
			specialistId: 'sofia'
		});
		// Another specialist (with open hours), another member, a stranger: all as if there were no such specialist.
		expect(await codeOf(slotsForMember(stores, 'ana', 'marta', ...week, now))).toBe('not_found');
		expect(await codeOf(book(stores, 'ana', { specialistId: 'marta', startsAt: ten }, 'b2', now))).toBe('not_found');
		expect(await codeOf(slotsForMember(stores, 'luis', 'sofia', ...week, now))).toBe('not_found');
		expect(await codeOf(book(stores, 'luis', { specialistId: 'sofia', startsAt: ten }, 'b3', now))).toBe('not_found');
		expect(await codeOf(book(stores, 'ana', { specialistId: 'nobody', startsAt: ten }, 'b4', now))).toBe('not_found');
		expect(await codeOf(book(stores, 'sofia', { specialistId: 'sofia', startsAt: ten }, 'b5', now))).toBe('not_found');
		expect(await codeOf(book(stores, 'ana', { specialistId: 7, startsAt: ten }, 'b6', now))).toBe('invalid');
		expect(bookings.map((b) => b.id)).toEqual(['b1']);
	});

	it('shows no slots of an assigned specialist who has not set hours yet', async () => {
		const { stores } = memoryStores([['new', 'ana']]);
		expect(await slotsForMember(stores, 'ana', 'new', ...week, now)).toEqual([]);
	});

	it('can be cancelled but not moved once the specialist is no longer assigned', async () => {
		const { stores, unassign } = memoryStores([['sofia', 'ana']]);
		await book(stores, 'ana', { specialistId: 'sofia', startsAt: nine }, 'b1', now);
		unassign('sofia', 'ana');
		expect(await codeOf(move(stores, 'ana', 'b1', ten, 'b2', now))).toBe('not_found');
		expect(await codeOf(cancel(stores, 'ana', 'b1', now))).toBe('ok');
	});
});
