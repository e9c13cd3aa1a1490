import { apiCall } from '#lib/server/http/api.ts';
import { allowFullExport } from '#lib/core/accounts/export-data.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { exportMemberData } from '#lib/server/member-export.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const { connection, keyring, mailer, passwords } = await getInfrastructure();
		const now = new Date();
		const deps = accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event));
		await allowFullExport(deps, session, now);
		const data = await exportMemberData(connection.db, keyring, session.memberId, now);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'content-type': 'application/json; charset=utf-8',
				'content-disposition': `attachment; filename="porchlight-${now.toISOString().slice(0, 10)}.json"`
			}
		});
	});
