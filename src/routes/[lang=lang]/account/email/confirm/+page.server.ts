import { fail } from '@sveltejs/kit';
import { confirmEmailChange } from '#lib/core/accounts/change-email.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { deleteMemberSession, listMemberSessions } from '#lib/server/db/repositories/sessions.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

// Opening the link only shows a button: mail scanners that follow links must not use up the token.
export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async (event) => {
		const { request, url, locals } = event;
		const token = String((await request.formData()).get('token') ?? '');
		const { connection, mailer, passwords } = await getInfrastructure();
		const db = connection.db;
		// Every other session of the account ends; the one that opened the link, if it is the member's, stays.
		const endOtherSessions = async (memberId: string) => {
			for (const session of await listMemberSessions(db, memberId))
				if (session.id_hash !== locals.sessionIdHash) await deleteMemberSession(db, memberId, session.id_hash);
		};
		try {
			const deps = accountDeps(db, mailer, passwords, url.origin, deviceOf(event));
			await confirmEmailChange(deps, { token }, new Date(), endOtherSessions);
		} catch (error) {
			if (error instanceof DomainError) return fail(400, { confirmed: false });
			throw error;
		}
		return { confirmed: true };
	}
};
