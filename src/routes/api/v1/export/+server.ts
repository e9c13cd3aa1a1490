import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const data = await (await getApp()).accounts.exportData(session, requestSource(event));
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="porchlight-${data.exportedAt.slice(0, 10)}.json"`
			}
		});
	});
