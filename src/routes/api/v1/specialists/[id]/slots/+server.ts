import { slotRange } from '#lib/core/sessions/availability.ts';
import { slotsForMember } from '#lib/core/sessions/bookings.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

// The open slots of the member's own specialist; any other id is not found.
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const { stores } = await sessionsWiring(event.url.origin);
		const now = new Date();
		const { searchParams } = event.url;
		const { from, to } = slotRange(
			searchParams.get('from') ?? now.toISOString(),
			searchParams.get('to') ?? new Date(now.getTime() + 14 * 86_400_000).toISOString()
		);
		return ok({ slots: await slotsForMember(stores, memberId, event.params.id, from, to, now) });
	});
