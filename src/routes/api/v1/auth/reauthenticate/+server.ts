import { z } from 'zod';
import { confirmItIsYou, confirmItIsYouInput } from '#lib/core/accounts/recent-proof.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

/** "Confirm it's you" with the password: for five minutes this session may change credentials and export. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { password } = parseInput(confirmItIsYouInput, body, 'proof');
		const { connection, mailer, passwords } = await getInfrastructure();
		const deps = accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event));
		await confirmItIsYou(deps, session, password, new Date());
		return new Response(null, { status: 204 });
	});
