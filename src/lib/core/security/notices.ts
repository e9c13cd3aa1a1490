import { catalogue, isLocale } from '../i18n/catalogue.ts';
import { format } from '../i18n/format.ts';
import type { Mailer } from '../shared/mailer.ts';

// After every change to how someone signs in (and after the full export or deletion) the account's address is
// told, plainly: what changed and when, and where to reset the password if it was not them. Nothing else —
// no device, no new address, no content — since an abuser may read that mailbox too.

export type SecurityNotice = keyof ReturnType<typeof catalogue>['security']['notices'];

export interface NoticeDeps {
	mailer: Mailer;
	/** An absolute link for an e-mail: link('/en/account/forgot'). */
	link(path: string): string;
}

/** "7 December 2026, 14:36 UTC": in the reader's language, in UTC, since the server does not know their zone. */
export function noticeTime(locale: string, at: Date): string {
	return new Intl.DateTimeFormat(locale, {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'UTC'
	})
		.format(at)
		.concat(' UTC');
}

export async function sendSecurityNotice(
	deps: NoticeDeps,
	to: { email: string; locale: string },
	notice: SecurityNotice,
	now: Date
): Promise<void> {
	const locale = isLocale(to.locale) ? to.locale : 'en';
	const words = catalogue(locale).security.notices[notice];
	const link = deps.link(notice === 'accountDeleted' ? `/${locale}/account/sign-up` : `/${locale}/account/forgot`);
	await deps.mailer.send({
		to: to.email,
		subject: words.subject,
		text: format(words.body, { when: noticeTime(locale, now), link })
	});
}
