import type { GuidanceRequest } from '#lib/core/guidance/requests.ts';
import { getApp } from '../app/index.ts';

// Closing a request as the member's API route calls it (api/v1/guidance/requests/[id]/close); the admin's
// changes, and their entries in the admin log, are the composition root's (app/staff.ts).

/** Its member or an admin closes a request; only an admin's closing is an admin action, and logged. */
export async function closeRequestLogged(
	_origin: string,
	actorId: string,
	requestId: unknown,
	_now: Date
): Promise<GuidanceRequest> {
	return (await getApp()).staff.requests.close(actorId, requestId);
}
