import { fail } from '@sveltejs/kit';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { requestSource } from '#lib/server/http/request-source.ts';

// Opening the link only shows a button: mail scanners that follow links must not use up the token.
export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async (event) => {
		const token = String((await event.request.formData()).get('token') ?? '');
		const app = await getApp();
		try {
			// Every other session of the account ends; the one that opened the link, if it is the member's, stays.
			await app.accounts.confirmEmailChange({ token }, requestSource(event), event.locals.sessionIdHash);
		} catch (error) {
			if (error instanceof DomainError) return fail(400, { confirmed: false });
			throw error;
		}
		return { confirmed: true };
	}
};
