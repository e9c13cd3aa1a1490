import { requestPasswordReset } from '#lib/core/accounts/reset-password.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { getServices } from '#lib/server/services.ts';

export const prerender = false;

export const actions = {
	default: async (event) => {
		const { request, params, url, getClientAddress } = event;
		const email = String((await request.formData()).get('email') ?? '');
		const { connection, mailer, passwords } = await getServices();
		return formAction(params.lang as Locale, { email }, async () => {
			await requestPasswordReset(
				accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event)),
				{ email, locale: params.lang },
				new Date(),
				getClientAddress()
			);
			return { sent: true as const };
		});
	}
};
