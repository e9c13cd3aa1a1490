import { z } from 'zod';
import { signIn } from '#lib/core/accounts/sign-in.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { beginSession } from '#lib/server/auth/begin-session.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { deviceOf } from '#lib/server/http/signed-in.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

export const POST = (event) =>
	apiCall(event, async () => {
		const body = await readJson(event.request, z.looseObject({}));
		const { connection, mailer, passwords } = await getInfrastructure();
		const now = new Date();
		const { memberId } = await signIn(
			accountDeps(connection.db, mailer, passwords, event.url.origin, deviceOf(event)),
			body,
			now,
			event.getClientAddress()
		);
		await beginSession(event, memberId, now);
		return ok({ status: 'signed-in' });
	});
