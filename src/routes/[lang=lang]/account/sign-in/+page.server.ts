import { redirect } from '@sveltejs/kit';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { beginSession } from '#lib/server/auth/begin-session.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const prerender = false;

export const actions = {
	default: async (event) => {
		const { request, params, url, getClientAddress } = event;
		const form = await request.formData();
		const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
		const { connection, mailer, passwords } = await getInfrastructure();
		const now = new Date();
		const refused = await formAction(params.lang as Locale, { email: input.email }, async () => {
			const { memberId } = await signIn(
				accountDeps(connection.db, mailer, passwords, url.origin, deviceOf(event)),
				input,
				now,
				getClientAddress()
			);
			await beginSession(event, memberId, now);
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/account`);
	}
};
