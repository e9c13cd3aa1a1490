import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

/** "Confirm it's you" with the password: for five minutes this session may change credentials and export. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		await (await getApp()).accounts.confirmItIsYou(session, body, requestSource(event));
		return new Response(null, { status: 204 });
	});
