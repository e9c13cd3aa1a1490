import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';

// The calendar file of a booking, for either side of it; in the person's language (?lang=es, else their account's).
export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const { url, params } = event;
		const { sessions } = await getApp();
		const file = await sessions.calendarFile(personId, params.id, url.hostname, url.searchParams.get('lang'));
		return new Response(file.body, {
			headers: {
				'content-type': 'text/calendar; charset=utf-8',
				'content-disposition': `attachment; filename="${file.fileName}"`
			}
		});
	});
