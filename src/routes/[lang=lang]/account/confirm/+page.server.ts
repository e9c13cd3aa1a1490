import { fail } from '@sveltejs/kit';
import { getApp } from '#lib/server/app/index.ts';
import { requestSource } from '#lib/server/http/request-source.ts';

// Personal, so never prerendered. Opening the link only shows a button: mail scanners that follow links must not
// use up the one-time token before the person does.
export const prerender = false;

export const load = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { token: url.searchParams.get('token') ?? '' };
};

export const actions = {
	default: async (event) => {
		const token = String((await event.request.formData()).get('token') ?? '');
		const confirmed = await (await getApp()).accounts.confirmEmail(token, requestSource(event));
		return confirmed ? { confirmed: true } : fail(400, { confirmed: false });
	}
};
