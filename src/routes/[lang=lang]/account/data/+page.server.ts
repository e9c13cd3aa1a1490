import { fail, redirect } from '@sveltejs/kit';
import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { confirmItIsYouPath, deviceOf, signedInSession } from '#lib/server/http/signed-in.ts';
import { hasRecentProof } from '#lib/core/accounts/recent-proof.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const session = signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	// The full export needs a recent proof; without one the page offers "Confirm it's you" and comes back here.
	return {
		proofFresh: hasRecentProof(session.provedAt, new Date()),
		confirmPath: confirmItIsYouPath(params.lang, `/${params.lang}/account/data`)
	};
};

export const actions = {
	delete: async (event) => {
		const { locals, params, request, url, cookies } = event;
		const session = signedInSession(locals, params.lang);
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
		const { connection, mailer, passwords } = await getInfrastructure();
		const answer = await formAction(locale, {}, async () => {
			const deps = accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event));
			await deleteAccount(deps, session, { password }, new Date());
			return { deleted: true as const };
		});
		if (!('deleted' in answer)) return answer;
		clearSessionCookie(cookies);
		redirect(303, `/${locale}/account/deleted`);
	}
};
