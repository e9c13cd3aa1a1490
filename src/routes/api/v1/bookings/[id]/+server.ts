import { cancel } from '#lib/core/sessions/bookings.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

// Either side of a booking cancels it; to anyone else it is not found.
export const DELETE = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const { stores } = await sessionsWiring(event.url.origin);
		return ok(await cancel(stores, personId, event.params.id, new Date()));
	});
