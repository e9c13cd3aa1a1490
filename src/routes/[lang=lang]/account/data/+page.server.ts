import { fail, redirect } from '@sveltejs/kit';
import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { signedInMember } from '#lib/server/http/member-page.ts';
import { getServices } from '#lib/server/services.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	signedInMember(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return {};
};

export const actions = {
	delete: async ({ locals, params, request, url, cookies }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const locale = params.lang as Locale;
		const form = await request.formData();
		const password = String(form.get('password') ?? '');
		// The tick guards against a slip on this page; the API asks for the password alone.
		if (form.get('understand') !== 'yes') {
			const words = catalogue(locale);
			const errors: Record<string, string> = { understand: words.account.data.understandRequired };
			if (!password) errors.password = words.errors.passwordRequired;
			return fail(400, { errors, values: {} });
		}
		const { connection, mailer, passwords } = await getServices();
		const answer = await formAction(locale, {}, async () => {
			const deps = accountDeps(connection.db, mailer, passwords, url.origin);
			await deleteAccount(deps, memberId, { password }, new Date());
			return { deleted: true as const };
		});
		if (!('deleted' in answer)) return answer;
		clearSessionCookie(cookies);
		redirect(303, `/${locale}/account/deleted`);
	}
};
