import { z } from 'zod';
import { requestEmailChange } from '#lib/core/accounts/change-email.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

/** Asks to move the account to a new address (password typed again, or a recent proof); a link goes there. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer, passwords } = await getInfrastructure();
		await requestEmailChange(
			accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event)),
			session,
			body,
			new Date()
		);
		return ok({ status: 'check-your-email' }, 202);
	});
