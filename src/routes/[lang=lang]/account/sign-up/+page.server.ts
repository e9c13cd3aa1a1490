import { signUp } from '#lib/core/accounts/sign-up.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { getServices } from '#lib/server/services.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const form = await request.formData();
		const input = {
			email: String(form.get('email') ?? ''),
			password: String(form.get('password') ?? ''),
			locale: params.lang
		};
		const { connection, mailer, passwords } = await getServices();
		try {
			await signUp(accountDeps(connection.db, mailer, passwords, url.origin), input, new Date(), getClientAddress());
		} catch (error) {
			if (error instanceof DomainError) return formFailure(error, params.lang as Locale, { email: input.email });
			throw error;
		}
		return { sent: true };
	}
};
