import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { signedInSession } from '#lib/server/http/signed-in.ts';
import { safeNext } from '#lib/server/http/safe-next.ts';

// "Confirm it's you": the password (or, with a script, a passkey: a passkey sign-in is a fresh proof too), then
// straight back to the page the person came from.
export const prerender = false;

export const load = ({ locals, params, url, setHeaders }) => {
	signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return { next: safeNext(params.lang, url.searchParams.get('next')) };
};

export const actions = {
	default: async (event) => {
		const { locals, params, request } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const next = safeNext(params.lang, String(form.get('next') ?? ''));
		const app = await getApp();
		const refused = await formAction(params.lang as Locale, {}, async () => {
			const input = { password: String(form.get('password') ?? '') };
			await app.accounts.confirmItIsYou(session, input, requestSource(event));
		});
		if (refused) return refused;
		redirect(303, next);
	}
};
