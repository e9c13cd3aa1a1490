import { resetPassword } from '#lib/core/accounts/reset-password.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async (event) => {
		const { request, params, url, cookies } = event;
		const form = await request.formData();
		const input = {
			token: String(form.get('token') ?? ''),
			password: String(form.get('password') ?? ''),
			removePasskeys: form.get('removePasskeys') === 'yes'
		};
		const { connection, mailer, passwords } = await getInfrastructure();
		return formAction(params.lang as Locale, {}, async () => {
			await resetPassword(
				accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event)),
				input,
				new Date()
			);
			clearSessionCookie(cookies);
			return { done: true as const };
		});
	}
};
