import { z } from 'zod';
import { deleteAccount } from '#lib/core/accounts/delete-account.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { clearSessionCookie } from '#lib/server/auth/cookie.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { deviceOf, requireSignedIn } from '#lib/server/http/signed-in.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const member = await (
			await getInfrastructure()
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

/** Deletes the account and everything in it, with the password typed again or a recent proof. */
export const DELETE = (event) =>
	apiCall(event, async () => {
		const session = requireSignedIn(event);
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer, passwords } = await getInfrastructure();
		const deps = accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event));
		await deleteAccount(deps, session, body, new Date());
		clearSessionCookie(event.cookies);
		return new Response(null, { status: 204 });
	});
