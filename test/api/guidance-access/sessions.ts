import { expect } from 'vitest';
import { availabilityRepository } from '../../../src/lib/server/db/repositories/availability.ts';
import { bookingsRepository } from '../../../src/lib/server/db/repositories/bookings.ts';
import type { Cast, Role } from '../cast.ts';
import { every, only, type AccessRow } from './row.ts';

// Sessions: the specialists' own hours, the open slots of the owner's specialist, bookings and their calendar
// files, and the three pages. A specialist's hours are their own, so every specialist may read and set them;
// a booking is seen and cancelled by its two sides only (the owner and assignedNoConsent here), and moved by
// the member who booked it.

// Every day, all day, in UTC, 30-minute sessions: any half hour from tomorrow on is open.
const allDay = {
	timeZone: 'UTC',
	sessionMinutes: 30,
	stepMinutes: 30,
	rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
	exceptions: []
};
const allDayForm: Record<string, string> = { timeZone: 'UTC', sessionMinutes: '30' };
for (let weekday = 1; weekday <= 7; weekday++) {
	allDayForm[`start-${weekday}-0`] = '00:00';
	allDayForm[`end-${weekday}-0`] = '24:00';
}

// Each setup takes new half hours, so no two bookings of a run ever want the same slot.
const firstSlot = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 2 * 86_400_000;
let nextSlot = 0;
const freshSlot = () => new Date(firstSlot + nextSlot++ * 30 * 60_000).toISOString();

async function hours(cast: Cast) {
	await cast.database(async (db) => {
		const store = availabilityRepository(db);
		for (const id of [cast.ids.assignedWithConsent, cast.ids.assignedNoConsent, cast.ids.unassignedSpecialist])
			await store.put(id, allDay, new Date());
	});
}

/** The owner's booking with assignedNoConsent (one of the owner's two specialists), and a free slot. */
async function booking(cast: Cast): Promise<Record<string, string>> {
	await hours(cast);
	const startsAt = freshSlot();
	const id = `access-${nextSlot}-${Math.random().toString(36).slice(2, 8)}`;
	await cast.database((db) =>
		bookingsRepository(db).insert({
			id,
			specialistId: cast.ids.assignedNoConsent,
			memberId: cast.ids.owner,
			startsAt,
			endsAt: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(),
			state: 'booked',
			createdAt: new Date().toISOString(),
			cancelledAt: null,
			movedFrom: null,
			seriesId: id,
			sequence: 0
		})
	);
	return { id, bookingId: id, free: freshSlot(), specialistId: cast.ids.assignedWithConsent };
}

const specialists: Role[] = ['unassignedSpecialist', 'assignedNoConsent', 'assignedWithConsent'];
const bookingSides: Role[] = ['owner', 'assignedNoConsent'];
/** A page's form action, posted as a browser posts it: allowed roles are sent on to `to` (303), signed out to sign in. */
function formRow(row: Omit<AccessRow, 'expect' | 'form' | 'check'>, allowed: Role[], to: string): AccessRow {
	return {
		...row,
		form: true,
		expect: only(303, allowed, 303),
		redirected: (role, location) => {
			if (role === 'signedOut') expect(location).toBe('/en/account/sign-in');
			else expect(location, role).toContain(to);
		}
	};
}

export const rows: AccessRow[] = [
	{
		method: 'GET',
		path: '/api/v1/specialist/availability',
		expect: only(200, specialists)
	},
	{
		method: 'PUT',
		path: '/api/v1/specialist/availability',
		expect: only(200, specialists),
		body: () => allDay,
		check: (_, answer) => expect(answer.json).toMatchObject({ timeZone: 'UTC', sessionMinutes: 30 })
	},
	{
		method: 'GET',
		path: '/api/v1/specialists/{id}/slots',
		expect: only(200, ['owner']),
		setup: async (cast) => {
			await hours(cast);
			return { id: cast.ids.assignedWithConsent };
		},
		check: (_, answer) => expect((answer.json as { slots: unknown[] }).slots.length).toBeGreaterThan(0)
	},
	{
		method: 'GET',
		path: '/api/v1/bookings',
		expect: every(200, 401),
		setup: booking,
		check: (role, answer, _, params) => {
			const ids = (answer.json as { bookings: { id: string }[] }).bookings.map((b) => b.id);
			expect(ids.includes(params.bookingId!), role).toBe(bookingSides.includes(role));
		}
	},
	{
		method: 'POST',
		path: '/api/v1/bookings',
		expect: only(201, ['owner']),
		setup: booking,
		body: (_, params) => ({ specialistId: params.specialistId, startsAt: params.free })
	},
	{
		method: 'DELETE',
		path: '/api/v1/bookings/{id}',
		expect: only(200, bookingSides),
		setup: booking,
		check: (_, answer) => expect(answer.json).toMatchObject({ state: 'cancelled' })
	},
	{
		method: 'POST',
		path: '/api/v1/bookings/{id}/move',
		expect: only(201, ['owner']),
		setup: booking,
		body: (_, params) => ({ startsAt: params.free })
	},
	{
		method: 'GET',
		path: '/api/v1/bookings/{id}/ics',
		expect: only(200, bookingSides),
		setup: booking,
		check: (_, answer) => {
			expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
			expect(answer.text).toContain('BEGIN:VEVENT');
		}
	},
	{
		method: 'GET',
		path: '/en/account/guidance/sessions',
		expect: every(200, 303),
		setup: booking,
		check: (role, answer, _, params) =>
			expect(answer.text.includes(`session-${params.bookingId}`), role).toBe(role === 'owner')
	},
	formRow(
		{
			method: 'POST',
			path: '/en/account/guidance/sessions?/book',
			setup: booking,
			body: (_, params) => ({ specialistId: params.specialistId!, startsAt: params.free!, tz: 'UTC' })
		},
		['owner'],
		'done=booked'
	),
	// Either side of a booking may cancel it (the specialist's own page does the same).
	formRow(
		{
			method: 'POST',
			path: '/en/account/guidance/sessions?/cancel',
			setup: booking,
			body: (_, params) => ({ bookingId: params.bookingId!, tz: 'UTC' })
		},
		bookingSides,
		'done=cancelled'
	),
	formRow(
		{
			method: 'POST',
			path: '/en/account/guidance/sessions?/move',
			setup: booking,
			body: (_, params) => ({ bookingId: params.bookingId!, startsAt: params.free!, tz: 'UTC' })
		},
		['owner'],
		'done=moved'
	),
	{
		method: 'GET',
		path: '/en/specialist/availability',
		expect: only(200, specialists, 303)
	},
	formRow({ method: 'POST', path: '/en/specialist/availability', body: () => allDayForm }, specialists, 'saved=1'),
	{
		method: 'GET',
		path: '/en/specialist/sessions',
		expect: only(200, specialists, 303),
		setup: booking,
		check: (role, answer, _, params) =>
			expect(answer.text.includes(`session-${params.bookingId}`), role).toBe(role === 'assignedNoConsent')
	},
	formRow(
		{
			method: 'POST',
			path: '/en/specialist/sessions?/cancel',
			setup: booking,
			body: (_, params) => ({ bookingId: params.bookingId! })
		},
		['assignedNoConsent'],
		'done=cancelled'
	)
];
