// Wall-clock times in an IANA time zone, with nothing but Intl: the offset of a zone at an instant, and the
// instant of a local date and time. A local time that does not exist (the hour skipped when clocks go forward)
// is moved forward by the gap; one that happens twice (the hour repeated when clocks go back) is the earlier
// of the two, as Temporal's "compatible" rule does.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let found = formatters.get(timeZone);
	if (!found) {
		found = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(timeZone, found);
	}
	return found;
}

/** Whether Intl knows the zone (an IANA name such as "America/New_York", or "UTC"). */
export function isTimeZone(timeZone: string): boolean {
	if (!timeZone || timeZone.length > 64) return false;
	try {
		formatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

export interface LocalDateTime {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

/** The local date and time shown on a clock in the zone at the instant (ms since the epoch). */
export function localParts(timeZone: string, instant: number): LocalDateTime & { second: number } {
	const parts = Object.fromEntries(
		formatter(timeZone)
			.formatToParts(new Date(instant))
			.filter((p) => p.type !== 'literal')
			.map((p) => [p.type, Number(p.value)])
	) as Record<string, number>;
	return {
		year: parts.year!,
		month: parts.month!,
		day: parts.day!,
		hour: parts.hour! % 24,
		minute: parts.minute!,
		second: parts.second!
	};
}

/** How far the zone's clocks are ahead of UTC at the instant, in ms. */
export function offsetAt(timeZone: string, instant: number): number {
	const p = localParts(timeZone, instant);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
	return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant (ms) when the zone's clocks show the local date and time. Hour 24 is the next day's midnight. */
export function instantOf(timeZone: string, local: LocalDateTime): number {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
	const day = 86_400_000;
	const before = offsetAt(timeZone, wall - day);
	const after = offsetAt(timeZone, wall + day);
	const candidates = [...new Set([wall - before, wall - after])]
		.filter((instant) => instant + offsetAt(timeZone, instant) === wall)
		.sort((a, b) => a - b);
	// None fits: the time falls in a gap; the offset from before the change moves it past the gap.
	return candidates[0] ?? wall - before;
}

/** The local calendar date (YYYY-MM-DD) in the zone at the instant. */
export function localDate(timeZone: string, instant: number): string {
	const p = localParts(timeZone, instant);
	return isoDate(p.year, p.month, p.day);
}

export function isoDate(year: number, month: number, day: number): string {
	const d = new Date(Date.UTC(year, month - 1, day));
	return d.toISOString().slice(0, 10);
}

/** The date the given number of days after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** ISO weekday of a YYYY-MM-DD date: 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
	return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}
