import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const form = await request.formData();
		const input = {
			email: String(form.get('email') ?? ''),
			password: String(form.get('password') ?? ''),
			locale: params.lang
		};
		const app = await getApp();
		return formAction(params.lang as Locale, { email: input.email }, async () => {
			await app.accounts.signUp(input, url.origin, getClientAddress());
			return { sent: true as const };
		});
	}
};
