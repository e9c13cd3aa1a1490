import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { beginSession } from '#lib/server/auth/begin-session.ts';
import { formAction } from '#lib/server/http/form-errors.ts';

// Accepting an invitation, like the password reset link: the token comes in the link's query, goes back in a
// hidden field of the form, and leaves no trace (no-store, no referrer sent anywhere, logs name only the route).
// Opening the link only shows the form: a mail scanner that follows links does not use the invitation up.
export const prerender = false;

export const load = async ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const token = url.searchParams.get('token') ?? '';
	const invite = await (await getApp()).staff.invitation.open(token);
	return { token, invite: invite && { email: invite.email, existing: invite.existing } };
};

export const actions = {
	default: async (event) => {
		const { request, params, url } = event;
		const form = await request.formData();
		const input = { token: String(form.get('token') ?? ''), password: String(form.get('password') ?? '') };
		let role: string | undefined;
		const refused = await formAction(params.lang as Locale, {}, async () => {
			const accepted = await (await getApp()).staff.invitation.accept(input, url.origin);
			await beginSession(event, accepted.memberId, new Date());
			role = accepted.role;
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/${role === 'admin' ? 'admin' : 'specialist'}`);
	}
};
