import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

/** Changes the password (the current one, then the new one); every other session ends. */
export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		await (await getApp()).accounts.changePassword(session, body, requestSource(event));
		return new Response(null, { status: 204 });
	});
