import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const email = String((await request.formData()).get('email') ?? '');
		const app = await getApp();
		return formAction(params.lang as Locale, { email }, async () => {
			await app.accounts.requestPasswordReset({ email, locale: params.lang }, url.origin, getClientAddress());
			return { sent: true as const };
		});
	}
};
