import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';

export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async (event) => {
		const { request, params, cookies } = event;
		const form = await request.formData();
		const input = {
			token: String(form.get('token') ?? ''),
			password: String(form.get('password') ?? ''),
			removePasskeys: form.get('removePasskeys') === 'yes'
		};
		const app = await getApp();
		return formAction(params.lang as Locale, {}, async () => {
			await app.accounts.resetPassword(input, requestSource(event));
			clearSessionCookie(cookies);
			return { done: true as const };
		});
	}
};
