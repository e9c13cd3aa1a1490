import { isLocale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { bookingIcs, icsFileName } from '#lib/server/sessions/ics.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

// The calendar file of a booking, for either side of it; in the person's language (?lang=es, else their account's).
export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const { stores, db } = await sessionsWiring(event.url.origin);
		const booking = await stores.bookings.get(personId, event.params.id);
		if (!booking) throw new DomainError('not_found', 'no such booking');
		const asked = event.url.searchParams.get('lang');
		const own = await db.selectFrom('members').select('locale').where('id', '=', personId).executeTakeFirst();
		const language = isLocale(asked) ? asked : isLocale(own?.locale) ? own.locale : 'en';
		const body = bookingIcs(booking, { host: event.url.hostname, language, now: new Date() });
		return new Response(body, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `attachment; filename="${icsFileName(booking)}"`
			}
		});
	});
