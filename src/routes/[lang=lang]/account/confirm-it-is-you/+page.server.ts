import { redirect } from '@sveltejs/kit';
import { confirmItIsYou, confirmItIsYouInput } from '#lib/core/accounts/recent-proof.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf, signedInSession } from '#lib/server/http/signed-in.ts';
import { safeNext } from '#lib/server/http/safe-next.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

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
		const { locals, params, request, url } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const next = safeNext(params.lang, String(form.get('next') ?? ''));
		const { connection, mailer, passwords } = await getInfrastructure();
		const refused = await formAction(params.lang as Locale, {}, async () => {
			const { password } = parseInput(confirmItIsYouInput, { password: String(form.get('password') ?? '') }, 'proof');
			const deps = accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event));
			await confirmItIsYou(deps, session, password, new Date());
		});
		if (refused) return refused;
		redirect(303, next);
	}
};
