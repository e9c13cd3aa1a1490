import { fail, redirect } from '@sveltejs/kit';
import { DomainError } from '#lib/core/shared/errors.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { signOutSiteData } from '#lib/server/auth/clear-site-data.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { signedInMember } from '#lib/server/http/member-page.ts';
import { getApp } from '#lib/server/app/index.ts';
import { staffRoleOf } from '#lib/server/http/staff.ts';
import { hasRecentProof } from '#lib/core/accounts/recent-proof.ts';
import { deviceOf, requestSource } from '#lib/server/http/request-source.ts';
import { confirmItIsYouPath, requireFreshProofOrConfirm, signedInSession } from '#lib/server/http/signed-in.ts';
import { errorStatus } from '#lib/server/http/error-status.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId, sessionIdHash, provedAt } = signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const app = await getApp();
	return {
		email: (await app.accounts.profile(memberId)).email,
		unread: (await app.messages.unread(memberId)).total,
		staffRole: await staffRoleOf(locals),
		contacts: await app.memberData.contacts.list(memberId),
		passkeys: await app.passkeys.list(memberId),
		// Adding or removing a passkey needs a recent proof: without one, "Confirm it's you" comes first.
		proofFresh: hasRecentProof(provedAt, new Date()),
		confirmPath: confirmItIsYouPath(params.lang, `/${params.lang}/account`),
		sessions: await app.accountSessions.list(memberId, sessionIdHash)
	};
};

export const actions = {
	signOut: async (event) => {
		const { locals, params, cookies, setHeaders } = event;
		const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
		await (await getApp()).accountSessions.signOut(sessionIdHash, memberId, deviceOf(event));
		clearSessionCookie(cookies);
		setHeaders({ 'clear-site-data': signOutSiteData });
		redirect(303, `/${params.lang}`);
	},
	end: async (event) => {
		const { locals, params, request } = event;
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('session') ?? '');
		await (await getApp()).accountSessions.end(memberId, id, deviceOf(event));
		return { ended: true };
	},
	removeContact: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('contact') ?? '');
		return formAction(params.lang as Locale, {}, async () => {
			await (await getApp()).memberData.contacts.remove(memberId, id);
			return { removed: true };
		});
	},
	endOthers: async (event) => {
		const { locals, params } = event;
		const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
		await (await getApp()).accountSessions.endOthers(memberId, sessionIdHash, deviceOf(event));
		return { ended: true };
	},
	removePasskey: async (event) => {
		const { locals, params, request } = event;
		const session = signedInSession(locals, params.lang);
		requireFreshProofOrConfirm(session, params.lang, `/${params.lang}/account`);
		const id = String((await request.formData()).get('passkey') ?? '');
		try {
			await (await getApp()).passkeys.remove(session, id, requestSource(event));
		} catch (error) {
			// Another member's passkey, or one already removed: the same answer for both.
			if (error instanceof DomainError && error.code === 'not_found')
				return fail(errorStatus.not_found, { passkeyNotFound: true });
			throw error;
		}
		return { passkeyRemoved: true };
	}
};
