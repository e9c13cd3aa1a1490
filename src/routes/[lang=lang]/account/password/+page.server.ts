import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { signedInSession } from '#lib/server/http/signed-in.ts';

export const prerender = false;

export const load = ({ locals, params, setHeaders }) => {
	signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return {};
};

export const actions = {
	default: async (event) => {
		const { locals, params, request } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const input = {
			currentPassword: String(form.get('currentPassword') ?? ''),
			newPassword: String(form.get('newPassword') ?? '')
		};
		const app = await getApp();
		return formAction(params.lang as Locale, {}, async () => {
			await app.accounts.changePassword(session, input, requestSource(event));
			return { changed: true as const };
		});
	}
};
