// Sessions — a specialist's hours, the open slots, bookings and their calendar files — as use-cases bound to
// their repositories. A change is told to the other side by e-mail through the job queue (sessions/notifier.ts);
// `origin`, the site's address as the request saw it, is the e-mails' link.

import { assignmentsOf } from '#lib/core/guidance/requests.ts';
import { isLocale } from '#lib/core/i18n/catalogue.ts';
import { slotRange } from '#lib/core/sessions/availability.ts';
import {
	book,
	cancel,
	listBookings,
	move,
	setAvailability,
	slotsForMember,
	type SessionStores,
	type SlotStores
} from '#lib/core/sessions/bookings.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { availabilityRepository } from '../db/repositories/availability.ts';
import { bookingsRepository } from '../db/repositories/bookings.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { addressOf, emailsOf } from '../db/repositories/member-addresses.ts';
import { specialistProfilesRepository } from '../db/repositories/specialists.ts';
import { newId } from '../ids.ts';
import { bookingIcs, icsFileName } from '../sessions/ics.ts';
import { queuedBookingNotifier } from '../sessions/notifier.ts';
import type { Infrastructure } from './infrastructure.ts';

/** How far ahead a member sees open slots when they do not say. */
export const slotWindowDays = 14;
const day = 86_400_000;

export function sessionsApp({ connection, keyring, jobs }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const availability = availabilityRepository(db);
	const bookings = bookingsRepository(db);
	const requests = guidanceRequestsRepository(db, keyring);
	const profiles = specialistProfilesRepository(db);
	const reading: SlotStores = { availability, bookings, assignments: assignmentsOf(requests) };
	const changing = (origin: string): SessionStores => ({
		...reading,
		notifier: queuedBookingNotifier(jobs, origin, clock)
	});

	/** The specialist's hours, or none yet in their profile's time zone; `updatedAt` null when never saved. */
	async function hoursOf(specialistId: string) {
		const stored = await availability.get(specialistId);
		if (stored) return stored;
		const timeZone = (await profiles.get(specialistId))?.timeZone ?? 'UTC';
		return { timeZone, sessionMinutes: 50, stepMinutes: 60, rules: [], exceptions: [], updatedAt: null };
	}

	return {
		hours: {
			of: hoursOf,
			set: (specialistId: string, input: unknown) => setAvailability(availability, specialistId, input, clock())
		},

		/** A specialist's name to show the member, and their own time zone. */
		async profile(specialistId: string): Promise<{ displayName: string; timeZone: string } | undefined> {
			const found = await profiles.get(specialistId);
			return found && { displayName: found.displayName, timeZone: found.timeZone };
		},

		/** The specialists assigned to the member now (from their open requests). */
		async specialistsOf(memberId: string): Promise<string[]> {
			const mine = await requests.forMember(memberId);
			const ids = [...new Set(mine.flatMap((r) => (r.state !== 'closed' && r.specialistId ? [r.specialistId] : [])))];
			const still = await Promise.all(ids.map((id) => reading.assignments.isAssigned(id, memberId)));
			return ids.filter((_, i) => still[i]);
		},

		/** The open slots of the member's own specialist, in [from, to) as asked, else the next two weeks. */
		slots(memberId: string, specialistId: string, asked: { from?: string | null; to?: string | null } = {}) {
			const now = clock();
			const { from, to } = slotRange(
				asked.from ?? now.toISOString(),
				asked.to ?? new Date(now.getTime() + slotWindowDays * day).toISOString()
			);
			return slotsForMember(reading, memberId, specialistId, from, to, now);
		},

		bookings: {
			/** The person's sessions, as member or as specialist; `upcoming` for only those booked and not yet over. */
			list: (personId: string, upcoming: boolean) => listBookings(bookings, personId, clock(), upcoming),
			book: (memberId: string, input: { specialistId: unknown; startsAt: unknown }, origin: string) =>
				book(changing(origin), memberId, input, newId(), clock()),
			/** Either side of a booking cancels it; to anyone else it is not found. */
			cancel: (personId: string, bookingId: string, origin: string) =>
				cancel(changing(origin), personId, bookingId, clock()),
			/** The member who booked a session moves it to another open slot; the answer is the new booking. */
			move: (memberId: string, bookingId: string, startsAt: unknown, origin: string) =>
				move(changing(origin), memberId, bookingId, startsAt, newId(), clock())
		},

		/** The specialist's upcoming sessions, each with the client's e-mail (staff know a client by it). */
		async forSpecialist(specialistId: string) {
			const { timeZone } = await hoursOf(specialistId);
			const booked = (await listBookings(bookings, specialistId, clock(), true)).filter(
				(b) => b.specialistId === specialistId
			);
			const emails = await emailsOf(db, [...new Set(booked.map((b) => b.memberId))]);
			return { timeZone, sessions: booked.map((b) => ({ ...b, email: emails.get(b.memberId) ?? '' })) };
		},

		/**
		 * The calendar file of a booking, for either side of it, in the language asked for (else their account's).
		 * `host` is the site's host name, which makes the event's UID unique.
		 */
		async calendarFile(personId: string, bookingId: string, host: string, asked: string | null) {
			const booking = await bookings.get(personId, bookingId);
			if (!booking) throw new DomainError('not_found', 'no such booking');
			const own = await addressOf(db, personId);
			const language = isLocale(asked) ? asked : isLocale(own?.locale) ? own.locale : 'en';
			return { body: bookingIcs(booking, { host, language, now: clock() }), fileName: icsFileName(booking) };
		}
	};
}

export type SessionsApp = ReturnType<typeof sessionsApp>;
