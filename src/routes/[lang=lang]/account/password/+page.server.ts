import { changePassword } from '#lib/core/accounts/change-password.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf, signedInSession } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const load = ({ locals, params, setHeaders }) => {
	signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return {};
};

export const actions = {
	default: async (event) => {
		const { locals, params, request, url } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const input = {
			currentPassword: String(form.get('currentPassword') ?? ''),
			newPassword: String(form.get('newPassword') ?? '')
		};
		const { connection, mailer, passwords } = await getInfrastructure();
		return formAction(params.lang as Locale, {}, async () => {
			const deps = accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event));
			await changePassword(deps, session, input, new Date());
			return { changed: true as const };
		});
	}
};
