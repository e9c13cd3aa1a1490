import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		await (await getApp()).messages.markRead(readerId, event.params.id);
		return new Response(null, { status: 204 });
	});
