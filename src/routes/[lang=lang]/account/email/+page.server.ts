import { requestEmailChange } from '#lib/core/accounts/change-email.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf, signedInSession } from '#lib/server/http/signed-in.ts';
import { signedInMember } from '#lib/server/http/member-page.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId } = signedInMember(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const member = await (
		await getInfrastructure()
	).connection.db
		.selectFrom('members')
		.select('email')
		.where('id', '=', memberId)
		.executeTakeFirstOrThrow();
	return { email: member.email };
};

export const actions = {
	default: async (event) => {
		const { locals, params, request, url } = event;
		const session = signedInSession(locals, params.lang);
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const password = String(form.get('password') ?? '');
		const { connection, mailer, passwords } = await getInfrastructure();
		const deps = accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event));
		return formAction(params.lang as Locale, { email }, async () => {
			await requestEmailChange(deps, session, { email, password }, new Date());
			return { sent: true as const };
		});
	}
};
