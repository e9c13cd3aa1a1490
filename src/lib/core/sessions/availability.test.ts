import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { formatSlot, openSlots, parseAvailability, slotRange, type Availability } from './availability.ts';
import { instantOf } from './zoned.ts';

const long = new Date('2020-01-01T00:00:00Z');
const starts = (
	a: Availability,
	from: string,
	to: string,
	now = long,
	taken: { startsAt: string; endsAt: string }[] = []
) => openSlots(a, taken, new Date(from), new Date(to), now).map((s) => s.startsAt.replace(':00.000Z', 'Z'));
const at = (timeZone: string, rules: Availability['rules'], extra: Partial<Availability> = {}): Availability => ({
	timeZone,
	sessionMinutes: 60,
	stepMinutes: 60,
	rules,
	exceptions: [],
	...extra
});
const problems = (raw: unknown) => {
	try {
		parseAvailability(raw);
		return [];
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		return e.fields;
	}
};

describe('local times in a time zone', () => {
	it.each([
		['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'], // repeated hour: the first one
		['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'], // skipped hour: after the gap (03:30 EDT)
		['America/New_York', '2026-07-01T09:00', '2026-07-01T13:00:00.000Z'],
		['Europe/Madrid', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
		['Europe/Madrid', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
		['Asia/Kolkata', '2026-01-15T10:00', '2026-01-15T04:30:00.000Z'],
		['UTC', '2026-01-15T24:00', '2026-01-16T00:00:00.000Z']
	])('%s %s is %s', (zone, local, utc) => {
		const [date, time] = local.split('T') as [string, string];
		const [year, month, day] = date.split('-').map(Number) as [number, number, number];
		const [hour, minute] = time.split(':').map(Number) as [number, number];
		expect(new Date(instantOf(zone, { year, month, day, hour, minute })).toISOString()).toBe(utc);
	});
});

describe('open slots', () => {
	it('are cut from the weekly hours in the specialist’s zone, each a full session long, one step apart', () => {
		const a = at('America/New_York', [{ weekday: 1, start: '09:00', end: '12:00' }], { sessionMinutes: 50 });
		// Monday 30 November 2026, EST (UTC-5).
		expect(openSlots(a, [], new Date('2026-11-30T00:00:00Z'), new Date('2026-12-01T00:00:00Z'), long)).toEqual([
			{ startsAt: '2026-11-30T14:00:00.000Z', endsAt: '2026-11-30T14:50:00.000Z' },
			{ startsAt: '2026-11-30T15:00:00.000Z', endsAt: '2026-11-30T15:50:00.000Z' },
			{ startsAt: '2026-11-30T16:00:00.000Z', endsAt: '2026-11-30T16:50:00.000Z' }
		]);
		const step90 = { ...a, stepMinutes: 90 };
		expect(starts(step90, '2026-11-30T00:00:00Z', '2026-12-01T00:00:00Z')).toEqual([
			'2026-11-30T14:00Z',
			'2026-11-30T15:30Z'
		]);
	});

	it('follow New York’s clocks across a summer week and the week after (EDT, then EST)', () => {
		const a = at('America/New_York', [{ weekday: 1, start: '09:00', end: '10:00' }]);
		expect(starts(a, '2026-10-26T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
			'2026-10-26T13:00Z',
			'2026-11-02T14:00Z'
		]);
		expect(starts(a, '2026-03-02T00:00:00Z', '2026-03-10T00:00:00Z')).toEqual([
			'2026-03-02T14:00Z',
			'2026-03-09T13:00Z'
		]);
	});

	it('on New York’s November change day, the repeated hour gives one more real hour of slots', () => {
		// Sunday 1 November 2026: 02:00 EDT becomes 01:00 EST. 00:00–04:00 local is five real hours.
		const a = at('America/New_York', [{ weekday: 7, start: '00:00', end: '04:00' }]);
		expect(starts(a, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
			'2026-11-01T04:00Z', // 00:00 EDT
			'2026-11-01T05:00Z', // 01:00 EDT
			'2026-11-01T06:00Z', // 01:00 EST
			'2026-11-01T07:00Z', // 02:00 EST
			'2026-11-01T08:00Z' //  03:00 EST
		]);
		const day = at('America/New_York', [{ weekday: 7, start: '09:00', end: '11:00' }]);
		expect(starts(day, '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
			'2026-11-01T14:00Z',
			'2026-11-01T15:00Z'
		]);
	});

	it('on New York’s March change day, the skipped hour has no slots', () => {
		// Sunday 8 March 2026: 02:00 EST becomes 03:00 EDT. 00:00–04:00 local is three real hours.
		const a = at('America/New_York', [{ weekday: 7, start: '00:00', end: '04:00' }]);
		expect(starts(a, '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
			'2026-03-08T05:00Z', // 00:00 EST
			'2026-03-08T06:00Z', // 01:00 EST
			'2026-03-08T07:00Z' //  03:00 EDT
		]);
		// Hours that begin inside the gap begin when it ends.
		const gap = at('America/New_York', [{ weekday: 7, start: '02:30', end: '04:00' }], {
			sessionMinutes: 30,
			stepMinutes: 30
		});
		expect(starts(gap, '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual(['2026-03-08T07:30Z']);
	});

	it('follow Madrid’s clocks on both change days and the days around them', () => {
		const night = at('Europe/Madrid', [{ weekday: 7, start: '01:00', end: '04:00' }]);
		// Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST; 01:00–04:00 is two real hours.
		expect(starts(night, '2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
			'2026-03-29T00:00Z',
			'2026-03-29T01:00Z'
		]);
		// Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET; 01:00–04:00 is four real hours.
		expect(starts(night, '2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
			'2026-10-24T23:00Z',
			'2026-10-25T00:00Z',
			'2026-10-25T01:00Z',
			'2026-10-25T02:00Z'
		]);
		const morning = at('Europe/Madrid', [{ weekday: 1, start: '10:00', end: '11:00' }]);
		expect(starts(morning, '2026-03-23T00:00:00Z', '2026-03-31T00:00:00Z')).toEqual([
			'2026-03-23T09:00Z',
			'2026-03-30T08:00Z'
		]);
		expect(starts(morning, '2026-10-19T00:00:00Z', '2026-10-27T00:00:00Z')).toEqual([
			'2026-10-19T08:00Z',
			'2026-10-26T09:00Z'
		]);
	});

	it('skip closed dates, add extra hours, and leave out past and taken slots', () => {
		const a = at('Europe/Madrid', [{ weekday: 1, start: '10:00', end: '12:00' }], {
			exceptions: [
				{ date: '2026-12-07', closed: true },
				{ date: '2026-12-09', start: '16:00', end: '17:00' },
				// Overlapping extra hours join the weekly ones rather than making overlapping slots.
				{ date: '2026-12-14', start: '11:30', end: '13:00' }
			]
		});
		expect(starts(a, '2026-12-07T00:00:00Z', '2026-12-15T00:00:00Z')).toEqual([
			'2026-12-09T15:00Z',
			'2026-12-14T09:00Z',
			'2026-12-14T10:00Z',
			'2026-12-14T11:00Z'
		]);
		expect(
			starts(a, '2026-12-14T00:00:00Z', '2026-12-15T00:00:00Z', new Date('2026-12-14T09:00:00Z'), [
				{ startsAt: '2026-12-14T10:30:00.000Z', endsAt: '2026-12-14T11:20:00.000Z' }
			])
		).toEqual([]);
		expect(starts(a, '2026-12-14T00:00:00Z', '2026-12-15T00:00:00Z', new Date('2026-12-14T08:59:00Z'))).toEqual([
			'2026-12-14T09:00Z',
			'2026-12-14T10:00Z',
			'2026-12-14T11:00Z'
		]);
	});
});

describe('availability input', () => {
	const good = {
		timeZone: 'America/New_York',
		sessionMinutes: 50,
		stepMinutes: 60,
		rules: [{ weekday: 1, start: '09:00', end: '17:00' }],
		exceptions: [
			{ date: '2026-12-25', closed: true },
			{ date: '2026-12-26', start: '10:00', end: '24:00' }
		]
	};

	it('is accepted when well formed; the step defaults to the session length', () => {
		expect(parseAvailability(good)).toMatchObject({ stepMinutes: 60 });
		expect(parseAvailability({ ...good, stepMinutes: undefined })).toMatchObject({ stepMinutes: 50 });
	});

	it('is refused with what to fix in each field', () => {
		expect(problems({ ...good, timeZone: 'Mars/Olympus' })).toEqual([
			{ field: 'timeZone', problem: 'timeZoneInvalid' }
		]);
		expect(problems({ ...good, sessionMinutes: 5 })).toEqual([
			{ field: 'sessionMinutes', problem: 'sessionLengthInvalid' }
		]);
		expect(problems({ ...good, stepMinutes: 30 })).toEqual([{ field: 'stepMinutes', problem: 'slotStepTooShort' }]);
		expect(
			problems({
				...good,
				rules: [
					{ weekday: 8, start: '09:00', end: '10:00' },
					{ weekday: 2, start: '9am', end: '10:00' },
					{ weekday: 3, start: '12:00', end: '11:00' }
				]
			})
		).toEqual([
			{ field: 'rules.0.weekday', problem: 'weekdayInvalid' },
			{ field: 'rules.1.start', problem: 'timeInvalid' },
			{ field: 'rules.2.end', problem: 'hoursOrder' }
		]);
		expect(problems({ ...good, exceptions: [{ date: '2026-02-30', closed: true }] })).toEqual([
			{ field: 'exceptions.0.date', problem: 'dateOnlyInvalid' }
		]);
		expect(problems({ ...good, exceptions: [{ date: '2026-12-01', closed: false }] })).toEqual([
			{ field: 'exceptions.0', problem: 'exceptionInvalid' }
		]);
		expect(problems({ ...good, extra: 1 })).toEqual([{ field: 'extra', problem: 'fieldUnknown' }]);
	});

	it('asks for a sensible range of slots', () => {
		expect(() => slotRange('2026-12-01T00:00:00Z', '2026-11-01T00:00:00Z')).toThrow(DomainError);
		expect(() => slotRange('nope', '2026-11-01T00:00:00Z')).toThrow(DomainError);
		expect(slotRange('2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z').to.toISOString()).toBe('2026-12-08T00:00:00.000Z');
	});
});

describe('a slot shown to the member', () => {
	it('is in the member’s time zone and language', () => {
		const slot = '2026-11-30T14:00:00.000Z';
		expect(formatSlot(slot, 'America/New_York', 'en')).toMatch(/Monday, November 30, 2026.* 9:00\sAM EST/);
		expect(formatSlot(slot, 'Europe/Madrid', 'es')).toMatch(/lunes, 30 de noviembre de 2026.*15:00 CET/);
	});
});

describe('open slots, for any hours in any zone', () => {
	const zones = ['America/New_York', 'Europe/Madrid', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'];
	const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	const rule = fc
		.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
		.map(([weekday, a, length]) => {
			const start = a * 15;
			return { weekday, start: hhmm(start), end: start + length * 15 >= 1440 ? '24:00' : hhmm(start + length * 15) };
		});

	it('are sorted, never overlap, are each one session long, and start in the range and after now', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...zones),
				fc.array(rule, { maxLength: 6 }),
				fc.integer({ min: 15, max: 120 }),
				fc.integer({ min: 0, max: 60 }),
				fc.integer({ min: 0, max: 365 }),
				fc.integer({ min: 1, max: 20 }),
				(timeZone, rules, sessionMinutes, pause, startDay, days) => {
					const a: Availability = {
						timeZone,
						sessionMinutes,
						stepMinutes: sessionMinutes + pause,
						rules,
						exceptions: []
					};
					const from = new Date(Date.UTC(2026, 0, 1) + startDay * 86_400_000 + 3_600_000 * 7);
					const to = new Date(from.getTime() + days * 86_400_000);
					const now = new Date(from.getTime() + 86_400_000);
					const slots = openSlots(a, [], from, to, now);
					slots.forEach((slot, i) => {
						const start = Date.parse(slot.startsAt);
						expect(Date.parse(slot.endsAt) - start).toBe(sessionMinutes * 60_000);
						expect(start > now.getTime() && start >= from.getTime() && start < to.getTime()).toBe(true);
						if (i > 0) expect(Date.parse(slots[i - 1]!.endsAt)).toBeLessThanOrEqual(start);
					});
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('open slots on a page', () => {
	it('are grouped by the day they fall on in the reader’s zone', async () => {
		const { slotDays } = await import('./view.ts');
		const slots = [
			{ startsAt: '2026-11-30T22:00:00.000Z', endsAt: '2026-11-30T23:00:00.000Z' },
			{ startsAt: '2026-11-30T23:30:00.000Z', endsAt: '2026-12-01T00:30:00.000Z' }
		];
		// In New York both are on Monday evening; in Madrid the first is late Monday, the second early Tuesday.
		expect(slotDays(slots, 'America/New_York', 'en').map((d) => [d.date, d.slots.length])).toEqual([['2026-11-30', 2]]);
		const madrid = slotDays(slots, 'Europe/Madrid', 'es');
		expect(madrid.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01']);
		expect(madrid[1]).toMatchObject({ label: 'martes, 1 de diciembre', slots: [{ time: '0:30' }] });
	});
});
