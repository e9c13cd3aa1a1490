import type { Locale } from '../i18n/catalogue.ts';

/** When a version was saved, as the plan's pages and its PDF say it (UTC, named, as the account page does). */
export function formatSavedAt(locale: Locale, iso: string): string {
	return new Intl.DateTimeFormat(locale, {
		year: 'numeric',
		month: 'long',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC',
		timeZoneName: 'short'
	}).format(new Date(iso));
}
