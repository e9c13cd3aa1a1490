import { fail, redirect } from '@sveltejs/kit';
import { listPasskeys, removePasskey } from '#lib/core/accounts/passkeys/management.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { signOutSiteData } from '#lib/server/auth/clear-site-data.ts';
import { endOtherSessions, endSession } from '#lib/server/auth/session.ts';
import { deleteMemberSession, listMemberSessions } from '#lib/server/db/repositories/sessions.ts';
import { removeContact } from '#lib/core/contacts/contacts.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { contactStore } from '#lib/server/http/member.ts';
import { passkeyDeps } from '#lib/server/passkeys.ts';
import { signedInMember } from '#lib/server/http/member-page.ts';
import { getServices } from '#lib/server/services.ts';
import { staffRoleOf } from '#lib/server/http/staff.ts';
import { unreadFor } from '#lib/server/guidance/unread.ts';
import { hasRecentProof } from '#lib/core/accounts/recent-proof.ts';
import {
	confirmItIsYouPath,
	deviceOf,
	requireFreshProofOrConfirm,
	securityLogFor,
	signedInSession
} from '#lib/server/http/signed-in.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders, url }) => {
	const { memberId, sessionIdHash, provedAt } = signedInSession(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const { connection, mailer } = await getServices();
	const db = connection.db;
	const rows = await listMemberSessions(db, memberId);
	const member = await db.selectFrom('members').select('email').where('id', '=', memberId).executeTakeFirstOrThrow();
	return {
		email: member.email,
		unread: (await unreadFor(memberId)).total,
		staffRole: await staffRoleOf(locals),
		contacts: await (await contactStore()).list(memberId),
		passkeys: await listPasskeys(passkeyDeps(db, mailer, url.origin), memberId),
		// Adding or removing a passkey needs a recent proof: without one, "Confirm it's you" comes first.
		proofFresh: hasRecentProof(provedAt, new Date()),
		confirmPath: confirmItIsYouPath(params.lang, `/${params.lang}/account`),
		sessions: rows.map((row) => ({
			id: row.id_hash,
			device: row.device,
			createdAt: row.created_at,
			lastSeenAt: row.last_seen_at,
			current: row.id_hash === sessionIdHash
		}))
	};
};

export const actions = {
	signOut: async (event) => {
		const { locals, params, cookies, setHeaders } = event;
		const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
		await endSession((await getServices()).connection.db, sessionIdHash);
		await (await securityLogFor(event)).record(memberId, 'signed-out', new Date());
		clearSessionCookie(cookies);
		setHeaders({ 'clear-site-data': signOutSiteData });
		redirect(303, `/${params.lang}`);
	},
	end: async (event) => {
		const { locals, params, request } = event;
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('session') ?? '');
		// Scoped to this member: one member can never end another's session, whatever id is posted.
		if (await deleteMemberSession((await getServices()).connection.db, memberId, id))
			await (await securityLogFor(event)).record(memberId, 'session-ended', new Date());
		return { ended: true };
	},
	removeContact: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('contact') ?? '');
		return formAction(params.lang as Locale, {}, async () => {
			await removeContact(await contactStore(), memberId, id);
			return { removed: true };
		});
	},
	endOthers: async (event) => {
		const { locals, params } = event;
		const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
		const db = (await getServices()).connection.db;
		if ((await endOtherSessions(db, memberId, sessionIdHash)) > 0)
			await (await securityLogFor(event)).record(memberId, 'other-sessions-ended', new Date());
		return { ended: true };
	},
	removePasskey: async (event) => {
		const { locals, params, request, url } = event;
		const session = signedInSession(locals, params.lang);
		requireFreshProofOrConfirm(session, params.lang, `/${params.lang}/account`);
		const id = String((await request.formData()).get('passkey') ?? '');
		const { connection, mailer } = await getServices();
		try {
			await removePasskey(passkeyDeps(connection.db, mailer, url.origin, deviceOf(event)), session, id, new Date());
		} catch (error) {
			// Another member's passkey, or one already removed: the same answer for both.
			if (error instanceof DomainError && error.code === 'not_found') return fail(404, { passkeyNotFound: true });
			throw error;
		}
		return { passkeyRemoved: true };
	}
};
