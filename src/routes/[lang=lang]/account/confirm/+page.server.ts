import { fail } from '@sveltejs/kit';
import { confirmEmail } from '#lib/core/accounts/sign-up.ts';
import { accountDeps } from '#lib/server/accounts.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

// Personal, so never prerendered. Opening the link only shows a button: mail scanners that follow links must not
// use up the one-time token before the person does.
export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async ({ request, url }) => {
		const token = String((await request.formData()).get('token') ?? '');
		const { connection, mailer, passwords } = await getInfrastructure();
		const confirmed = await confirmEmail(accountDeps(connection.db, mailer, passwords, url.origin), token, new Date());
		return confirmed ? { confirmed: true } : fail(400, { confirmed: false });
	}
};
