import { fail, redirect } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { confirmItIsYouPath, signedInSession } from '#lib/server/http/signed-in.ts';
import { hasRecentProof } from '#lib/core/accounts/recent-proof.ts';

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
		const { locals, params, request, cookies } = event;
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
		const app = await getApp();
		const answer = await formAction(locale, {}, async () => {
			await app.accounts.deleteAccount(session, { password }, requestSource(event));
			return { deleted: true as const };
		});
		if (!('deleted' in answer)) return answer;
		clearSessionCookie(cookies);
		redirect(303, `/${locale}/account/deleted`);
	}
};
