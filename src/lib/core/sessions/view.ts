import type { Slot } from './availability.ts';
import { localDate } from './zoned.ts';

// Open slots as a page lists them: grouped by the day they fall on in the reader's time zone, each day with its
// heading and each slot with its clock time, all in the reader's language.

export interface SlotDay {
	date: string;
	label: string;
	slots: { startsAt: string; time: string }[];
}

const tag = (locale: 'en' | 'es') => (locale === 'es' ? 'es' : 'en');

export function slotDays(slots: Slot[], timeZone: string, locale: 'en' | 'es'): SlotDay[] {
	const dayLabel = new Intl.DateTimeFormat(tag(locale), { timeZone, weekday: 'long', day: 'numeric', month: 'long' });
	const clock = new Intl.DateTimeFormat(tag(locale), { timeZone, hour: 'numeric', minute: '2-digit' });
	const days: SlotDay[] = [];
	for (const slot of slots) {
		const at = Date.parse(slot.startsAt);
		const date = localDate(timeZone, at);
		let day = days.at(-1);
		if (day?.date !== date) {
			day = { date, label: dayLabel.format(at), slots: [] };
			days.push(day);
		}
		day.slots.push({ startsAt: slot.startsAt, time: clock.format(at) });
	}
	return days;
}
