import { closeRequest } from '#lib/core/guidance/requests.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { guidanceWiring } from '#lib/server/guidance/wiring.ts';

/** Its member or an admin closes a request; the answer says only that it is closed (an admin never gets the story). */
export const POST = (event) =>
	apiCall(event, async () => {
		const actorId = requireMember(event);
		const closed = await closeRequest(await guidanceWiring(), actorId, event.params.id, new Date());
		return ok({ id: closed.id, state: closed.state });
	});
