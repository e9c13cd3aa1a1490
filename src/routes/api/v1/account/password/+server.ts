import { z } from 'zod';
import { changePassword } from '#lib/core/accounts/change-password.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

/** Changes the password (the current one, then the new one); every other session ends. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer, passwords } = await getInfrastructure();
		const deps = accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event));
		await changePassword(deps, session, body, new Date());
		return new Response(null, { status: 204 });
	});
