import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Booking } from '#lib/core/sessions/bookings.ts';
import { bookingIcs, icsFileName } from './ics.ts';

const booking: Booking = {
	id: 'bk_7f3a',
	specialistId: 'mem_spec17',
	memberId: 'mem_ana42',
	startsAt: '2026-12-07T14:00:00.000Z',
	endsAt: '2026-12-07T14:50:00.000Z',
	state: 'booked',
	createdAt: '2026-11-30T08:00:00.000Z',
	cancelledAt: null,
	movedFrom: null,
	seriesId: 'bk_7f3a',
	sequence: 0
};
const options = { host: 'porchlight.example', language: 'en' as const, now: new Date('2026-11-30T08:00:00Z') };

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent');
	expect(vevents).toHaveLength(1);
	const vevent = vevents[0]!;
	const event = new ICAL.Event(vevent);
	return { calendar, vevent, event };
}

describe('the calendar file of a booking', () => {
	it('is one published event in UTC that ical.js reads back', () => {
		const text = bookingIcs(booking, options);
		expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
		const { calendar, vevent, event } = parse(text);
		expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(event.uid).toBe('bk_7f3a@porchlight.example');
		expect(event.summary).toBe('Session with your family recovery specialist');
		expect(event.startDate.toJSDate().toISOString()).toBe(booking.startsAt);
		expect(event.endDate.toJSDate().toISOString()).toBe(booking.endsAt);
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(text).toContain('DTSTART:20261207T140000Z');
		expect(event.sequence).toBe(0);
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-30T08:00:00Z');
	});

	it('says nothing sensitive: no names, ids of people, notes or description', () => {
		const text = bookingIcs(booking, options);
		expect(text).not.toMatch(/mem_ana42|mem_spec17|DESCRIPTION|ATTENDEE|ORGANIZER|LOCATION|URL/i);
		expect(icsFileName(booking)).toBe('session-2026-12-07.ics');
	});

	it('is in the member’s language', () => {
		const { event } = parse(bookingIcs(booking, { ...options, language: 'es' }));
		expect(event.summary).toBe('Sesión con tu especialista en recuperación familiar');
	});

	it('keeps the event’s UID when the session is moved, with a higher SEQUENCE, and marks a cancellation', () => {
		const moved: Booking = {
			...booking,
			id: 'bk_9c1d',
			movedFrom: 'bk_7f3a',
			sequence: 1,
			startsAt: '2026-12-07T15:00:00.000Z',
			endsAt: '2026-12-07T15:50:00.000Z'
		};
		const { event } = parse(bookingIcs(moved, options));
		expect(event.uid).toBe('bk_7f3a@porchlight.example');
		expect(event.sequence).toBe(1);
		expect(event.startDate.toJSDate().toISOString()).toBe(moved.startsAt);

		const cancelled = parse(
			bookingIcs({ ...moved, state: 'cancelled', cancelledAt: '2026-12-01T00:00:00.000Z' }, options)
		);
		expect(cancelled.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(cancelled.event.uid).toBe('bk_7f3a@porchlight.example');
	});
});
