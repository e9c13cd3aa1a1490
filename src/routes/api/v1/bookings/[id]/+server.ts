import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';

// Either side of a booking cancels it; to anyone else it is not found.
export const DELETE = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		return ok(await (await getApp()).sessions.bookings.cancel(personId, event.params.id, event.url.origin));
	});
