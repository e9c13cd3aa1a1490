import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';

// The same answer whether or not the address already has an account: the e-mail tells its owner which.
export const POST = (event) =>
	apiCall(event, async () => {
		const body = await readJson(event.request, z.looseObject({}));
		await (await getApp()).accounts.signUp(body, event.url.origin, event.getClientAddress());
		return ok({ status: 'check-your-email' }, 202);
	});
