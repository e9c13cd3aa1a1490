import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

/** Asks to move the account to a new address (password typed again, or a recent proof); a link goes there. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		await (await getApp()).accounts.requestEmailChange(session, body, requestSource(event));
		return ok({ status: 'check-your-email' }, 202);
	});
