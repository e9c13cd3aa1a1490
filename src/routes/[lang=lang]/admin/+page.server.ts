import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { nameOf } from '#lib/core/staff/admin.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const adminId = await staffPage(locals, params.lang, 'admin');
	setHeaders({ 'cache-control': 'no-store' });
	const { staff } = await getApp();
	const [requests, specialists] = await Promise.all([staff.requests.open(adminId), staff.specialists.list(adminId)]);
	// After an assignment (post, then redirect): which request went to whom, said once at the top.
	const assigned = url.searchParams.get('assigned');
	const done = assigned ? requests.find((request) => request.id === assigned)?.specialist?.displayName : undefined;
	return {
		requests,
		specialists: specialists.map((entry) => ({ id: entry.memberId, name: nameOf(entry) })),
		assignedTo: done ?? null,
		closed: url.searchParams.has('closed')
	};
};

export const actions = {
	assign: async ({ locals, params, request }) => {
		const adminId = await staffPage(locals, params.lang, 'admin');
		const form = await request.formData();
		const values = {
			requestId: String(form.get('requestId') ?? ''),
			specialistId: String(form.get('specialistId') ?? '')
		};
		const refused = await formAction(params.lang as Locale, values, async () => {
			await (await getApp()).staff.requests.assign(adminId, values);
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/admin?assigned=${encodeURIComponent(values.requestId)}`);
	},
	close: async ({ locals, params, request }) => {
		const adminId = await staffPage(locals, params.lang, 'admin');
		const requestId = String((await request.formData()).get('requestId') ?? '');
		await orNotFoundPage((await getApp()).staff.requests.close(adminId, requestId));
		redirect(303, `/${params.lang}/admin?closed=1`);
	}
};
