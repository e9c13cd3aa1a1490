import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';

// The open slots of the member's own specialist; any other id is not found. Without ?from/?to, the next two weeks.
export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const { searchParams } = event.url;
		const asked = { from: searchParams.get('from'), to: searchParams.get('to') };
		return ok({ slots: await (await getApp()).sessions.slots(memberId, event.params.id, asked) });
	});
