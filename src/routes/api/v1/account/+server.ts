import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok(await (await getApp()).accounts.profile(memberId));
	});

/** Deletes the account and everything in it, with the password typed again or a recent proof. */
export const DELETE = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		await (await getApp()).accounts.deleteAccount(session, body, requestSource(event));
		clearSessionCookie(event.cookies);
		return new Response(null, { status: 204 });
	});
