import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';

export const DELETE = (event) =>
	apiCall(event, async () => {
		await (await getApp()).memberData.contacts.remove(requireMember(event), event.params.id);
		return new Response(null, { status: 204 });
	});
