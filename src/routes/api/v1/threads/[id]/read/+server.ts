import { markRead } from '#lib/core/guidance/messages.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { messageDeps } from '#lib/server/guidance/threads.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		await markRead(await messageDeps(event.url.origin), readerId, event.params.id, new Date());
		return new Response(null, { status: 204 });
	});
