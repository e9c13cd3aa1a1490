import type { Assignments } from '../guidance/assignments.ts';
import { DomainError } from '../shared/errors.ts';
import { openSlots, parseAvailability, type Availability } from './availability.ts';

// Sessions between a member and a family recovery specialist, both known by their member ids. A member books
// one of the specialist's open slots; either side can cancel; the member can move a booking to another open
// slot (the old one is cancelled and the new one booked in one transaction: if the new slot is taken, nothing
// changes). The database, not this code, is what makes sure two people never hold the same slot.
//
// A member sees the slots of, books with and moves to only a specialist assigned to them (see Assignments);
// to anyone else a specialist is not there at all (not_found), so a member cannot learn who else is staff.

export type BookingState = 'booked' | 'cancelled';

export interface Booking {
	id: string;
	specialistId: string;
	memberId: string;
	startsAt: string;
	endsAt: string;
	state: BookingState;
	createdAt: string;
	cancelledAt: string | null;
	/** The booking this one replaced when it was moved. */
	movedFrom: string | null;
	/** The id of the first booking of a chain of moves: one calendar event (one UID) for all of them. */
	seriesId: string;
	/** How many times the session was moved: the calendar event's SEQUENCE. */
	sequence: number;
}

export interface StoredAvailability extends Availability {
	updatedAt: string;
}

export interface AvailabilityStore {
	get(specialistId: string): Promise<StoredAvailability | undefined>;
	put(specialistId: string, availability: Availability, now: Date): Promise<StoredAvailability>;
}

export interface BookingStore {
	/** The sessions the person takes part in (as member or specialist), booked and cancelled, soonest first. */
	forPerson(personId: string): Promise<Booking[]>;
	/** Booked (not cancelled) sessions of the specialist that overlap [from, to). */
	booked(specialistId: string, from: string, to: string): Promise<Booking[]>;
	/** A booking the person takes part in (as member or specialist); undefined for anyone else's. */
	get(personId: string, bookingId: string): Promise<Booking | undefined>;
	/** Adds a booked session; a slot already held throws DomainError('conflict') with `slotTaken`. */
	insert(booking: Booking): Promise<Booking>;
	/** Cancels a booked session; false if it was not booked any more. */
	cancel(bookingId: string, now: Date): Promise<boolean>;
	/** In one transaction, cancels the old booking and inserts the new one; on any refusal nothing changes. */
	move(oldId: string, replacement: Booking, now: Date): Promise<void>;
}

export type NoticeKind = 'booked' | 'cancelled' | 'moved';

/**
 * Tells the other side of a booking what happened (by e-mail, later in-app); never holds anything sensitive.
 * The change is already stored when it is called: a notice that cannot be sent is the notifier's to log and
 * retry, and never undoes or fails the change (the member would otherwise try again and find their own slot taken).
 */
export interface BookingNotifier {
	notify(notice: { kind: NoticeKind; to: string; booking: Booking; previous?: Booking }): Promise<void>;
}

export interface SessionStores {
	availability: AvailabilityStore;
	bookings: BookingStore;
	notifier: BookingNotifier;
	/** Who is whose specialist: a member books only with a specialist assigned to them. */
	assignments: Assignments;
}

/** What reading the open slots takes: nothing is changed, so no one is told. */
export type SlotStores = Omit<SessionStores, 'notifier'>;

async function tell(notifier: BookingNotifier, notice: Parameters<BookingNotifier['notify']>[0]): Promise<void> {
	try {
		await notifier.notify(notice);
	} catch {
		// See BookingNotifier: the change stands.
	}
}

const taken = () => new DomainError('conflict', 'the slot is taken', [{ field: 'startsAt', problem: 'slotTaken' }]);
const notOpen = () => new DomainError('invalid', 'not an open slot', [{ field: 'startsAt', problem: 'slotNotOpen' }]);
const notFound = () => new DomainError('not_found', 'no such booking');
const noSuchSpecialist = () => new DomainError('not_found', 'no such specialist');

/** The specialist, if assigned to the member; for anyone else, as if there were no such specialist. */
async function assignedTo(stores: SlotStores, specialistId: string, memberId: string): Promise<void> {
	if (specialistId === memberId || !(await stores.assignments.isAssigned(specialistId, memberId)))
		throw noSuchSpecialist();
}

export async function setAvailability(
	store: AvailabilityStore,
	specialistId: string,
	raw: unknown,
	now: Date
): Promise<StoredAvailability> {
	return store.put(specialistId, parseAvailability(raw), now);
}

async function availabilityOf(store: AvailabilityStore, specialistId: string): Promise<StoredAvailability> {
	const found = await store.get(specialistId);
	if (!found) throw new DomainError('not_found', 'no such specialist');
	return found;
}

/**
 * The open slots starting in [from, to) of a specialist assigned to the member; none while the specialist has
 * not set any hours yet.
 */
export async function slotsForMember(
	stores: SlotStores,
	memberId: string,
	specialistId: string,
	from: Date,
	to: Date,
	now: Date
) {
	await assignedTo(stores, specialistId, memberId);
	if (!(await stores.availability.get(specialistId))) return [];
	return listOpenSlots(stores, specialistId, from, to, now);
}

/** The specialist's open slots starting in [from, to). */
export async function listOpenSlots(stores: SlotStores, specialistId: string, from: Date, to: Date, now: Date) {
	const availability = await availabilityOf(stores.availability, specialistId);
	const day = 86_400_000;
	const booked = await stores.bookings.booked(
		specialistId,
		new Date(from.getTime() - day).toISOString(),
		new Date(to.getTime() + day).toISOString()
	);
	return openSlots(availability, booked, from, to, now);
}

/** The open slot starting at `startsAt`, or why there is none: taken (conflict) or never open (invalid). */
async function slotAt(stores: SessionStores, specialistId: string, startsAt: unknown, now: Date, ignore?: string) {
	if (typeof startsAt !== 'string' || Number.isNaN(Date.parse(startsAt)))
		throw new DomainError('invalid', 'start is invalid', [{ field: 'startsAt', problem: 'dateInvalid' }]);
	const at = new Date(startsAt);
	const availability = await availabilityOf(stores.availability, specialistId);
	const window = 86_400_000;
	const from = new Date(at.getTime() - window).toISOString();
	const to = new Date(at.getTime() + window).toISOString();
	const booked = (await stores.bookings.booked(specialistId, from, to)).filter((b) => b.id !== ignore);
	const next = new Date(at.getTime() + 1);
	const open = openSlots(availability, booked, at, next, now)[0];
	if (open) return open;
	// Not open: say "taken" when it would be open but for a booking, so the member knows to pick another.
	if (openSlots(availability, [], at, next, now)[0]) throw taken();
	throw notOpen();
}

/** The member books one of the specialist's open slots. */
export async function book(
	stores: SessionStores,
	memberId: string,
	input: { specialistId: unknown; startsAt: unknown },
	id: string,
	now: Date
): Promise<Booking> {
	if (typeof input.specialistId !== 'string')
		throw new DomainError('invalid', 'no such specialist', [{ field: 'specialistId', problem: 'specialistInvalid' }]);
	await assignedTo(stores, input.specialistId, memberId);
	const slot = await slotAt(stores, input.specialistId, input.startsAt, now);
	const booking = await stores.bookings.insert({
		id,
		specialistId: input.specialistId,
		memberId,
		...slot,
		state: 'booked',
		createdAt: now.toISOString(),
		cancelledAt: null,
		movedFrom: null,
		seriesId: id,
		sequence: 0
	});
	await tell(stores.notifier, { kind: 'booked', to: booking.specialistId, booking });
	return booking;
}

async function upcoming(store: BookingStore, personId: string, bookingId: string, now: Date): Promise<Booking> {
	const booking = await store.get(personId, bookingId);
	if (!booking) throw notFound();
	if (booking.state !== 'booked')
		throw new DomainError('conflict', 'the booking is cancelled', [{ field: 'booking', problem: 'bookingCancelled' }]);
	if (Date.parse(booking.startsAt) <= now.getTime())
		throw new DomainError('conflict', 'the session has started', [{ field: 'booking', problem: 'bookingPast' }]);
	return booking;
}

const otherSide = (booking: Booking, personId: string) =>
	personId === booking.memberId ? booking.specialistId : booking.memberId;

/** The person's sessions, as member or as specialist; with `upcomingOnly`, the booked ones not yet ended. */
export async function listBookings(
	store: BookingStore,
	personId: string,
	now: Date,
	upcomingOnly = false
): Promise<Booking[]> {
	const all = await store.forPerson(personId);
	return upcomingOnly ? all.filter((b) => b.state === 'booked' && Date.parse(b.endsAt) > now.getTime()) : all;
}

/** The member or the specialist cancels an upcoming session; the other side is told. */
export async function cancel(stores: SessionStores, personId: string, bookingId: string, now: Date): Promise<Booking> {
	const booking = await upcoming(stores.bookings, personId, bookingId, now);
	if (!(await stores.bookings.cancel(booking.id, now)))
		throw new DomainError('conflict', 'the booking is cancelled', [{ field: 'booking', problem: 'bookingCancelled' }]);
	const cancelled: Booking = { ...booking, state: 'cancelled', cancelledAt: now.toISOString() };
	await tell(stores.notifier, { kind: 'cancelled', to: otherSide(booking, personId), booking: cancelled });
	return cancelled;
}

/** The member moves an upcoming session to another open slot of the same specialist, all or nothing. */
export async function move(
	stores: SessionStores,
	memberId: string,
	bookingId: string,
	startsAt: unknown,
	newId: string,
	now: Date
): Promise<Booking> {
	const booking = await ownBooking(stores, memberId, bookingId, now);
	// No longer their specialist: the booking can still be cancelled, but not moved to a new time.
	await assignedTo(stores, booking.specialistId, memberId);
	if (
		startsAt === booking.startsAt ||
		(typeof startsAt === 'string' && Date.parse(startsAt) === Date.parse(booking.startsAt))
	)
		throw new DomainError('invalid', 'same slot', [{ field: 'startsAt', problem: 'slotSame' }]);
	const slot = await slotAt(stores, booking.specialistId, startsAt, now, booking.id);
	const replacement: Booking = {
		...booking,
		id: newId,
		...slot,
		createdAt: now.toISOString(),
		movedFrom: booking.id,
		sequence: booking.sequence + 1
	};
	await stores.bookings.move(booking.id, replacement, now);
	await tell(stores.notifier, { kind: 'moved', to: booking.specialistId, booking: replacement, previous: booking });
	return replacement;
}

/** Only the member who booked a session moves it; to the specialist it is not found, like anyone else's. */
async function ownBooking(stores: SessionStores, memberId: string, bookingId: string, now: Date): Promise<Booking> {
	const booking = await upcoming(stores.bookings, memberId, bookingId, now);
	if (booking.memberId !== memberId) throw notFound();
	return booking;
}
