import { z } from 'zod';
import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { getServices } from '#lib/server/services.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const member = await (
			await getServices()
		).connection.db
			.selectFrom('members')
			.select(['email', 'email_verified_at', 'locale', 'created_at'])
			.where('id', '=', memberId)
			.executeTakeFirstOrThrow();
		return ok({
			email: member.email,
			emailConfirmedAt: member.email_verified_at,
			language: member.locale,
			createdAt: member.created_at
		});
	});

/** Deletes the account and everything in it, after the password is typed again. */
export const DELETE = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer, passwords } = await getServices();
		await deleteAccount(accountDeps(connection.db, mailer, passwords, event.url.origin), memberId, body, new Date());
		clearSessionCookie(event.cookies);
		return new Response(null, { status: 204 });
	});
