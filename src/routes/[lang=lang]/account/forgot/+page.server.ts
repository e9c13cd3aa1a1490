import { requestPasswordReset } from '#lib/core/accounts/reset-password.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { resetRequestDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const email = String((await request.formData()).get('email') ?? '');
		const services = await getInfrastructure();
		return formAction(params.lang as Locale, { email }, async () => {
			await requestPasswordReset(
				resetRequestDeps(services, url.origin),
				{ email, locale: params.lang },
				new Date(),
				getClientAddress()
			);
			return { sent: true as const };
		});
	}
};
