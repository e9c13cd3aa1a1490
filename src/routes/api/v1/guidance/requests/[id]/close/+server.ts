import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { closeRequestLogged } from '#lib/server/guidance/admin-actions.ts';

/** Its member or an admin closes a request; the answer says only that it is closed (an admin never gets the story). */
export const POST = (event) =>
	apiCall(event, async () => {
		const actorId = await requireMemberProvenIfStaff(event);
		const closed = await closeRequestLogged(event.url.origin, actorId, event.params.id, new Date());
		return ok({ id: closed.id, state: closed.state });
	});
