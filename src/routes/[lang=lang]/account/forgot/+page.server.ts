import { requestPasswordReset } from '#lib/core/accounts/reset-password.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { getServices } from '#lib/server/services.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const email = String((await request.formData()).get('email') ?? '');
		const { connection, mailer, passwords } = await getServices();
		try {
			await requestPasswordReset(
				accountDeps(connection.db, mailer, passwords, url.origin),
				{ email, locale: params.lang },
				new Date(),
				getClientAddress()
			);
		} catch (error) {
			if (error instanceof DomainError) return formFailure(error, params.lang as Locale, { email });
			throw error;
		}
		return { sent: true };
	}
};
