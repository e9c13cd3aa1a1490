import type { Kysely, Selectable } from 'kysely';
import type { Booking, BookingStore } from '#lib/core/sessions/bookings.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { isUniqueViolation } from '../errors.ts';
import type { BookingTable, Database } from '../schema.ts';

// The partial unique index bookings_slot_held (specialist_id, starts_at) among booked rows decides between two
// people booking the same slot at once: the second insert is refused by the database and becomes a conflict.

function open(row: Selectable<BookingTable>): Booking {
	return {
		id: row.id,
		specialistId: row.specialist_id,
		memberId: row.member_id,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		state: row.state,
		createdAt: row.created_at,
		cancelledAt: row.cancelled_at,
		movedFrom: row.moved_from,
		seriesId: row.series_id,
		sequence: Number(row.sequence)
	};
}

const row = (b: Booking) => ({
	id: b.id,
	specialist_id: b.specialistId,
	member_id: b.memberId,
	starts_at: b.startsAt,
	ends_at: b.endsAt,
	state: b.state,
	created_at: b.createdAt,
	cancelled_at: b.cancelledAt,
	moved_from: b.movedFrom,
	series_id: b.seriesId,
	sequence: b.sequence
});

const slotTaken = (cause: unknown) =>
	Object.assign(new DomainError('conflict', 'the slot is taken', [{ field: 'startsAt', problem: 'slotTaken' }]), {
		cause
	});

const changed = () =>
	new DomainError('conflict', 'the booking is cancelled', [{ field: 'booking', problem: 'bookingCancelled' }]);

export function bookingsRepository(db: Kysely<Database>): BookingStore {
	return {
		async forPerson(personId) {
			const rows = await db
				.selectFrom('bookings')
				.selectAll()
				.where((eb) => eb.or([eb('member_id', '=', personId), eb('specialist_id', '=', personId)]))
				.orderBy('starts_at')
				.orderBy('created_at')
				.orderBy('id')
				.execute();
			return rows.map(open);
		},
		async booked(specialistId, from, to) {
			const rows = await db
				.selectFrom('bookings')
				.selectAll()
				.where('specialist_id', '=', specialistId)
				.where('state', '=', 'booked')
				.where('starts_at', '<', to)
				.where('ends_at', '>', from)
				.orderBy('starts_at')
				.execute();
			return rows.map(open);
		},
		async get(personId, bookingId) {
			const found = await db
				.selectFrom('bookings')
				.selectAll()
				.where('id', '=', bookingId)
				.where((eb) => eb.or([eb('member_id', '=', personId), eb('specialist_id', '=', personId)]))
				.executeTakeFirst();
			return found && open(found);
		},
		async insert(booking) {
			try {
				await db.insertInto('bookings').values(row(booking)).execute();
			} catch (error) {
				if (isUniqueViolation(error)) throw slotTaken(error);
				throw error;
			}
			return booking;
		},
		async cancel(bookingId, now) {
			const result = await db
				.updateTable('bookings')
				.set({ state: 'cancelled', cancelled_at: now.toISOString() })
				.where('id', '=', bookingId)
				.where('state', '=', 'booked')
				.executeTakeFirst();
			return Number(result.numUpdatedRows) === 1;
		},
		async move(oldId, replacement, now) {
			try {
				await db.transaction().execute(async (trx) => {
					const result = await trx
						.updateTable('bookings')
						.set({ state: 'cancelled', cancelled_at: now.toISOString() })
						.where('id', '=', oldId)
						.where('state', '=', 'booked')
						.executeTakeFirst();
					if (Number(result.numUpdatedRows) !== 1) throw changed();
					await trx.insertInto('bookings').values(row(replacement)).execute();
				});
			} catch (error) {
				if (isUniqueViolation(error)) throw slotTaken(error);
				throw error;
			}
		}
	};
}

/**
 * A booking by its id alone, whoever's it is: only for the session jobs (reminder.ts), which act on a booking
 * named in their own payload. Anything a person asks for goes through `get`, scoped to that person.
 */
export async function bookingById(db: Kysely<Database>, bookingId: string): Promise<Booking | undefined> {
	const found = await db.selectFrom('bookings').selectAll().where('id', '=', bookingId).executeTakeFirst();
	return found && open(found);
}
