import { z } from 'zod';
import { signUp } from '#lib/core/accounts/sign-up.ts';
import { signUpRequestDeps } from '#lib/server/accounts.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

// The same answer whether or not the address already has an account: the e-mail tells its owner which.
export const POST = (event) =>
	apiCall(event, async () => {
		const body = await readJson(event.request, z.looseObject({}));
		await signUp(
			signUpRequestDeps(await getInfrastructure(), event.url.origin),
			body,
			new Date(),
			event.getClientAddress()
		);
		return ok({ status: 'check-your-email' }, 202);
	});
