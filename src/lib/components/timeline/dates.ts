import type { Locale } from '#lib/core/i18n/catalogue.ts';

// Dates in the member's language. Times are shown in UTC without naming a zone: the pages read the time a member
// writes as UTC (src/lib/server/http/reach-out-form.ts), so what they wrote is what they see.

export const dateTime = (locale: Locale) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });

/** A week by its Monday: "30 November 2026". */
export const weekDate = (locale: Locale) =>
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const dayOf = (week: string) => new Date(`${week}T00:00:00Z`);

/** A week in a table row: "30 Nov 2026". */
export const shortWeek = (locale: Locale) =>
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The chart's column heads: the month where it changes (and in the first column), and the Monday's day. */
export function columnHeads(locale: Locale, weeks: string[]): Array<{ month: string; day: string }> {
	const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	return weeks.map((week, i) => ({
		month: i === 0 || week.slice(5, 7) !== weeks[i - 1]!.slice(5, 7) ? month.format(dayOf(week)) : '',
		day: String(Number(week.slice(8, 10)))
	}));
}
