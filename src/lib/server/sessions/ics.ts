import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Booking } from '#lib/core/sessions/bookings.ts';
import { catalogue } from '#lib/core/i18n/catalogue.ts';

// The calendar file (.ics) offered for each booking: one event, in UTC, that any calendar client can add. The
// UID stays the same when the session is moved (it is the first booking's id) and SEQUENCE counts the moves,
// so a client that already has the event updates it instead of adding a second one. A cancelled booking gives
// the same event with STATUS:CANCELLED.

export interface IcsOptions {
	/** The site's host name, which makes the UID unique in the world: "<series id>@<host>". */
	host: string;
	language: 'en' | 'es';
	/** When the file is made (DTSTAMP). */
	now: Date;
}

export function bookingIcs(booking: Booking, options: IcsOptions): string {
	const text = catalogue(options.language).sessions.calendar;
	const calendar = ical({
		prodId: { company: 'Porchlight', product: 'Porchlight', language: options.language.toUpperCase() },
		method: ICalCalendarMethod.PUBLISH,
		name: text.name,
		events: [
			{
				id: `${booking.seriesId}@${options.host}`,
				start: new Date(booking.startsAt),
				end: new Date(booking.endsAt),
				stamp: options.now,
				summary: text.eventSummary,
				sequence: booking.sequence,
				status: booking.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
			}
		]
	});
	return calendar.toString();
}

/** The file name offered for download: nothing in it says what the session is about. */
export const icsFileName = (booking: Booking) => `session-${booking.startsAt.slice(0, 10)}.ics`;
