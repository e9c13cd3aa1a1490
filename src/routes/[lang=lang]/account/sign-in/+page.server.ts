import { redirect } from '@sveltejs/kit';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { setSessionCookie } from '#lib/server/auth/cookie.ts';
import { device } from '#lib/server/auth/device.ts';
import { createSession, endSession } from '#lib/server/auth/session.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { getServices } from '#lib/server/services.ts';

export const prerender = false;

export const actions = {
	default: async ({ request, params, url, locals, cookies, getClientAddress }) => {
		const form = await request.formData();
		const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
		const { connection, mailer, passwords, sessionPolicy } = await getServices();
		const now = new Date();
		let memberId: string;
		try {
			({ memberId } = await signIn(
				accountDeps(connection.db, mailer, passwords, url.origin),
				input,
				now,
				getClientAddress()
			));
		} catch (error) {
			if (error instanceof DomainError) return formFailure(error, params.lang as Locale, { email: input.email });
			throw error;
		}
		// A new token at every sign-in: an old session on this browser is ended, never upgraded.
		if (locals.sessionIdHash) await endSession(connection.db, locals.sessionIdHash);
		const session = await createSession(
			connection.db,
			memberId,
			device(request.headers.get('user-agent')),
			now,
			sessionPolicy
		);
		setSessionCookie(cookies, session.token, session.expiresAt);
		redirect(303, `/${params.lang}/account`);
	}
};
