import { apiCall } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { exportMemberData } from '#lib/server/member-export.ts';
import { getServices } from '#lib/server/services.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const { connection, keyring } = await getServices();
		const now = new Date();
		const data = await exportMemberData(connection.db, keyring, memberId, now);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="porchlight-${now.toISOString().slice(0, 10)}.json"`
			}
		});
	});
