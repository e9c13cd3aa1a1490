import type { CreatedAt } from './columns.ts';

// Sessions with a specialist (migration 008): their hours and the bookings.

export interface AvailabilityTable {
	specialist_id: string;
	/** Weekly hours, as JSON: [{ weekday 1-7, start "HH:MM", end "HH:MM" }], in time_zone. */
	rules: string;
	/** Single dates, as JSON: [{ date, closed: true }] or [{ date, start, end }] for extra hours. */
	exceptions: string;
	time_zone: string;
	session_minutes: number;
	step_minutes: number;
	updated_at: string;
}

export interface BookingTable {
	id: string;
	specialist_id: string;
	member_id: string;
	starts_at: string;
	ends_at: string;
	state: 'booked' | 'cancelled';
	created_at: CreatedAt;
	cancelled_at: string | null;
	/** The booking this one replaced when it was moved. */
	moved_from: string | null;
	/** The first booking of a chain of moves: one calendar UID for all of them. */
	series_id: string;
	/** How many times the session was moved (the calendar SEQUENCE). */
	sequence: number;
}
