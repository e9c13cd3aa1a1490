import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { takeChallengeCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { requireSignedIn } from '#lib/server/http/signed-in.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const passkey = await (
			await getApp()
		).passkeys.finishRegistration(session, takeChallengeCookie(event.cookies), body, requestSource(event));
		return ok({ id: passkey.id, device: passkey.device, createdAt: passkey.createdAt }, 201);
	});
