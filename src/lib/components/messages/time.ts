import type { Locale } from '#lib/core/i18n/catalogue.ts';

/**
 * When a message was written, in the page's language, the zone named. The server knows no reader's zone and
 * writes UTC; the page's script rewrites every time in the reader's own (`timeZone` null: the browser's).
 */
export const messageTime = (locale: Locale, timeZone: string | null = 'UTC') =>
	new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone: timeZone ?? undefined,
		timeZoneName: 'short'
	});
