import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';

/** Its member or an admin closes a request; the answer says only that it is closed (an admin never gets the story). */
export const POST = (event) =>
	apiCall(event, async () => {
		const actorId = await requireMemberProvenIfStaff(event);
		const closed = await (await getApp()).staff.requests.close(actorId, event.params.id);
		return ok({ id: closed.id, state: closed.state });
	});
