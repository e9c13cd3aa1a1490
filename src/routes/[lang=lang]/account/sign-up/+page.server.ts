import { signUp } from '#lib/core/accounts/sign-up.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { signUpRequestDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, getClientAddress }) => {
		const form = await request.formData();
		const input = {
			email: String(form.get('email') ?? ''),
			password: String(form.get('password') ?? ''),
			locale: params.lang
		};
		const services = await getInfrastructure();
		return formAction(params.lang as Locale, { email: input.email }, async () => {
			await signUp(signUpRequestDeps(services, url.origin), input, new Date(), getClientAddress());
			return { sent: true as const };
		});
	}
};
