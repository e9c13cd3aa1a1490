import { z } from 'zod';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { addDays, instantOf, isTimeZone, localDate, weekdayOf } from './zoned.ts';

// A specialist's availability: weekly hours in their own time zone, plus exceptions for single dates (a day
// closed, or extra hours on a day). Slots are cut from each day's hours, one session long, one step apart, and
// given to the member as UTC instants to show in the member's own time zone.

export const sessionLimits = {
	minSessionMinutes: 15,
	maxSessionMinutes: 180,
	maxStepMinutes: 240,
	rules: 50,
	exceptions: 200,
	/** The widest range of slots asked for at once. */
	maxRangeDays: 62
} as const;

const clock = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = z.string({ error: 'timeInvalid' }).regex(clock, 'timeInvalid');
const endTime = z.string({ error: 'timeInvalid' }).refine((t) => clock.test(t) || t === '24:00', 'timeInvalid');
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

const dateOnly = z
	.string({ error: 'dateOnlyInvalid' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'dateOnlyInvalid')
	.refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && addDays(d, 0) === d, 'dateOnlyInvalid');

const hours = { start: time, end: endTime };
// Only said of hours that are each well formed: a badly written time is reported once, as itself.
const startBeforeEnd = (h: { start: unknown; end: unknown }) =>
	typeof h.start !== 'string' ||
	typeof h.end !== 'string' ||
	!clock.test(h.start) ||
	!(clock.test(h.end) || h.end === '24:00') ||
	minutesOf(h.start) < minutesOf(h.end);

const rule = z
	.object({ weekday: z.int({ error: 'weekdayInvalid' }).min(1, 'weekdayInvalid').max(7, 'weekdayInvalid'), ...hours })
	.strict()
	.refine(startBeforeEnd, { message: 'hoursOrder', path: ['end'] });

const exception = z.union(
	[
		z.object({ date: dateOnly, closed: z.literal(true, { error: 'exceptionInvalid' }) }).strict(),
		z
			.object({ date: dateOnly, ...hours })
			.strict()
			.refine(startBeforeEnd, { message: 'hoursOrder', path: ['end'] })
	],
	{ error: 'exceptionInvalid' }
);

export const availabilityInput = z
	.object({
		timeZone: z.string({ error: 'timeZoneInvalid' }).refine(isTimeZone, 'timeZoneInvalid'),
		sessionMinutes: z
			.int({ error: 'sessionLengthInvalid' })
			.min(sessionLimits.minSessionMinutes, 'sessionLengthInvalid')
			.max(sessionLimits.maxSessionMinutes, 'sessionLengthInvalid'),
		/** Minutes from one slot's start to the next; at least the session, so slots never overlap. */
		stepMinutes: z
			.int({ error: 'slotStepInvalid' })
			.min(sessionLimits.minSessionMinutes, 'slotStepInvalid')
			.max(sessionLimits.maxStepMinutes, 'slotStepInvalid')
			.optional(),
		rules: z.array(rule, { error: 'rulesInvalid' }).max(sessionLimits.rules, 'rulesTooMany'),
		exceptions: z.array(exception, { error: 'exceptionsInvalid' }).max(sessionLimits.exceptions, 'exceptionsTooMany')
	})
	.strict()
	.refine((a) => a.stepMinutes === undefined || a.stepMinutes >= a.sessionMinutes, {
		message: 'slotStepTooShort',
		path: ['stepMinutes']
	});

export type AvailabilityRule = z.output<typeof rule>;
export type AvailabilityException = z.output<typeof exception>;

export interface Availability {
	timeZone: string;
	sessionMinutes: number;
	stepMinutes: number;
	rules: AvailabilityRule[];
	exceptions: AvailabilityException[];
}

export function parseAvailability(raw: unknown): Availability {
	const input = parseInput(availabilityInput, raw, 'availability');
	return { ...input, stepMinutes: input.stepMinutes ?? input.sessionMinutes };
}

/** A span of time already taken (a booked session), as ISO UTC strings. */
export interface TakenSpan {
	startsAt: string;
	endsAt: string;
}

export interface Slot {
	startsAt: string;
	endsAt: string;
}

/** The hours open on one local date: the weekly hours unless the date is closed, plus any extra hours. */
function hoursOn(availability: Availability, date: string): { start: number; end: number }[] {
	const forDate = availability.exceptions.filter((e) => e.date === date);
	if (forDate.some((e) => 'closed' in e)) return [];
	const spans = [
		...availability.rules.filter((r) => r.weekday === weekdayOf(date)),
		...forDate.filter((e): e is Extract<AvailabilityException, { start: string }> => 'start' in e)
	]
		.map((h) => ({ start: minutesOf(h.start), end: minutesOf(h.end) }))
		.sort((a, b) => a.start - b.start);
	// Overlapping hours become one span, so the slots cut from them never overlap each other.
	const merged: { start: number; end: number }[] = [];
	for (const span of spans) {
		const last = merged.at(-1);
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}

function instantOnDate(timeZone: string, date: string, minutes: number): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	return instantOf(timeZone, { year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/**
 * The open slots starting in [from, to) and after `now`, as UTC instants, without any that overlap a taken span.
 * Each day's hours are turned into instants first and the slots are stepped in real time from there, so a
 * session is always its full length, also on the days the clocks change.
 */
export function openSlots(availability: Availability, taken: TakenSpan[], from: Date, to: Date, now: Date): Slot[] {
	const { timeZone } = availability;
	const session = availability.sessionMinutes * 60_000;
	const step = availability.stepMinutes * 60_000;
	const start = Math.max(from.getTime(), now.getTime() + 1);
	const end = to.getTime();
	if (!(start < end)) return [];
	const busy = taken.map((t) => ({ start: Date.parse(t.startsAt), end: Date.parse(t.endsAt) }));
	const slots: Slot[] = [];
	const last = addDays(localDate(timeZone, end), 1);
	for (let date = addDays(localDate(timeZone, start), -1); date <= last; date = addDays(date, 1)) {
		for (const hours of hoursOn(availability, date)) {
			const open = instantOnDate(timeZone, date, hours.start);
			const close = instantOnDate(timeZone, date, hours.end);
			for (let at = open; at + session <= close; at += step) {
				if (at < start || at >= end) continue;
				if (busy.some((b) => b.start < at + session && at < b.end)) continue;
				slots.push({ startsAt: new Date(at).toISOString(), endsAt: new Date(at + session).toISOString() });
			}
		}
	}
	return slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The slots range asked for, checked: a real range, not too wide. */
export function slotRange(fromRaw: unknown, toRaw: unknown): { from: Date; to: Date } {
	const from = typeof fromRaw === 'string' ? new Date(fromRaw) : new Date(Number.NaN);
	const to = typeof toRaw === 'string' ? new Date(toRaw) : new Date(Number.NaN);
	const problems = [];
	if (Number.isNaN(from.getTime())) problems.push({ field: 'from', problem: 'dateInvalid' });
	if (Number.isNaN(to.getTime())) problems.push({ field: 'to', problem: 'dateInvalid' });
	else if (!problems.length && !(from < to && to.getTime() - from.getTime() <= sessionLimits.maxRangeDays * 86_400_000))
		problems.push({ field: 'to', problem: 'rangeInvalid' });
	if (problems.length) throw new DomainError('invalid', 'slot range is invalid', problems);
	return { from, to };
}

/** A slot's start as the member reads it: in their time zone and language, with the zone's short name. */
export function formatSlot(startsAt: string, timeZone: string, locale: 'en' | 'es'): string {
	return new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en', {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short'
	}).format(new Date(startsAt));
}
