import type { Locale } from '#lib/core/i18n/catalogue.ts';

/** When a message was written, in the page's language and in UTC (named); the same on the server and in the script. */
export const messageTime = (locale: Locale) =>
	new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZone: 'UTC',
		timeZoneName: 'short'
	});
