import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formatSlot } from '#lib/core/sessions/availability.ts';
import { getApp } from '#lib/server/app/index.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { field, sessionAction } from '#lib/server/sessions/page-actions.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const locale = params.lang as Locale;
	// Staff know a client by their e-mail address (there is no name).
	const { timeZone, sessions } = await (await getApp()).sessions.forSpecialist(specialistId);
	return {
		timeZone,
		sessions: sessions.map((b) => ({
			id: b.id,
			startsAt: b.startsAt,
			when: formatSlot(b.startsAt, timeZone, locale),
			email: b.email
		})),
		cancelled: url.searchParams.get('done') === 'cancelled'
	};
};

export const actions = {
	cancel: async ({ locals, params, request, url }) => {
		const specialistId = await staffPage(locals, params.lang, 'specialist');
		const form = await request.formData();
		const { sessions } = await getApp();
		const refused = await sessionAction(params.lang as Locale, async () => {
			await sessions.bookings.cancel(specialistId, field(form, 'bookingId'), url.origin);
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/specialist/sessions?done=cancelled`);
	}
};
