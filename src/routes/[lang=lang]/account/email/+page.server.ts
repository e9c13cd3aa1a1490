import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { requestSource } from '#lib/server/http/request-source.ts';
import { signedInSession } from '#lib/server/http/signed-in.ts';
import { signedInMember } from '#lib/server/http/member-page.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId } = signedInMember(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	return { email: (await (await getApp()).accounts.profile(memberId)).email };
};

export const actions = {
	default: async (event) => {
		const { locals, params, request } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		const app = await getApp();
		return formAction(params.lang as Locale, { email }, async () => {
			await app.accounts.requestEmailChange(session, { email, password }, requestSource(event));
			return { sent: true as const };
		});
	}
};
