import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { setSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';

export const prerender = false;

export const actions = {
	default: async (event) => {
		const { request, params, locals, cookies, getClientAddress } = event;
		const form = await request.formData();
		const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
		const app = await getApp();
		const refused = await formAction(params.lang as Locale, { email: input.email }, async () => {
			// A new token every time: a session this browser had is ended, never upgraded.
			const session = await app.accounts.signIn(input, requestSource(event), getClientAddress(), locals.sessionIdHash);
			setSessionCookie(cookies, session.token, session.expiresAt);
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/account`);
	}
};
