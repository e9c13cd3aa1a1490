import { fail, redirect } from '@sveltejs/kit';
import { listPasskeys, removePasskey } from '#lib/core/accounts/passkeys.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { signOutSiteData } from '#lib/server/auth/clear-site-data.ts';
import { endSession } from '#lib/server/auth/session.ts';
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

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const db = (await getServices()).connection.db;
	const rows = await listMemberSessions(db, memberId);
	const member = await db.selectFrom('members').select('email').where('id', '=', memberId).executeTakeFirstOrThrow();
	return {
		email: member.email,
		unread: (await unreadFor(memberId)).total,
		staffRole: await staffRoleOf(locals),
		contacts: await (await contactStore()).list(memberId),
		passkeys: await listPasskeys(passkeyDeps(db), memberId),
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
	signOut: async ({ locals, params, cookies, setHeaders }) => {
		const { sessionIdHash } = signedInMember(locals, params.lang);
		await endSession((await getServices()).connection.db, sessionIdHash);
		clearSessionCookie(cookies);
		setHeaders({ 'clear-site-data': signOutSiteData });
		redirect(303, `/${params.lang}`);
	},
	end: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('session') ?? '');
		// Scoped to this member: one member can never end another's session, whatever id is posted.
		await deleteMemberSession((await getServices()).connection.db, memberId, id);
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
	endOthers: async ({ locals, params }) => {
		const { memberId, sessionIdHash } = signedInMember(locals, params.lang);
		const db = (await getServices()).connection.db;
		for (const session of await listMemberSessions(db, memberId)) {
			if (session.id_hash !== sessionIdHash) await deleteMemberSession(db, memberId, session.id_hash);
		}
		return { ended: true };
	},
	removePasskey: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const id = String((await request.formData()).get('passkey') ?? '');
		try {
			await removePasskey(passkeyDeps((await getServices()).connection.db), memberId, id);
		} catch (error) {
			// Another member's passkey, or one already removed: the same answer for both.
			if (error instanceof DomainError && error.code === 'not_found') return fail(404, { passkeyNotFound: true });
			throw error;
		}
		return { passkeyRemoved: true };
	}
};
