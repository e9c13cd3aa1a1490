import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formatSlot } from '#lib/core/sessions/availability.ts';
import { cancel, listBookings } from '#lib/core/sessions/bookings.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { field, sessionAction } from '#lib/server/sessions/page-actions.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const locale = params.lang as Locale;
	const wiring = await sessionsWiring(url.origin);
	const { timeZone } = await wiring.hoursOf(specialistId);
	const booked = (await listBookings(wiring.stores.bookings, specialistId, new Date(), true)).filter(
		(b) => b.specialistId === specialistId
	);
	const memberIds = [...new Set(booked.map((b) => b.memberId))];
	// Staff know a client by their e-mail address (there is no name).
	const emails = new Map(
		memberIds.length
			? (await wiring.db.selectFrom('members').select(['id', 'email']).where('id', 'in', memberIds).execute()).map(
					(m) => [m.id, m.email] as const
				)
			: []
	);
	return {
		timeZone,
		sessions: booked.map((b) => ({
			id: b.id,
			startsAt: b.startsAt,
			when: formatSlot(b.startsAt, timeZone, locale),
			email: emails.get(b.memberId) ?? ''
		})),
		cancelled: url.searchParams.get('done') === 'cancelled'
	};
};

export const actions = {
	cancel: async ({ locals, params, request, url }) => {
		const specialistId = await staffPage(locals, params.lang, 'specialist');
		const form = await request.formData();
		const { stores } = await sessionsWiring(url.origin);
		const refused = await sessionAction(params.lang as Locale, async () => {
			await cancel(stores, specialistId, field(form, 'bookingId'), new Date());
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/specialist/sessions?done=cancelled`);
	}
};
