import type { CrisisResources } from '../crisis/resources.ts';
import { catalogue, type Locale } from '../i18n/catalogue.ts';
import type { Mailer } from '../shared/mailer.ts';

// When an admin changes the crisis resources (the numbers shown to people in crisis), every other admin gets a
// plain notice in their own language: a stolen admin session that swaps the numbers does not go unseen. The
// notice names no number and carries no link, so a forwarded or intercepted copy gives nothing away.

export interface CrisisNoticeDeps {
	mailer: Mailer;
	/** The admins other than the one who made the change. */
	otherAdmins(): Promise<{ email: string; locale: Locale }[]>;
}

/** Mails the other admins when the resources differ from before; answers how many were told. */
export async function noticeCrisisChange(
	deps: CrisisNoticeDeps,
	before: CrisisResources | null,
	after: CrisisResources | null
): Promise<number> {
	if (JSON.stringify(before) === JSON.stringify(after)) return 0;
	const admins = await deps.otherAdmins();
	for (const admin of admins) {
		const words = catalogue(admin.locale).staffProof.crisisNotice;
		await deps.mailer.send({ to: admin.email, subject: words.subject, text: words.body });
	}
	return admins.length;
}
