import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { nameOf } from '#lib/core/staff/admin.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { staffPage } from '#lib/server/http/staff.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const adminId = await staffPage(locals, params.lang, 'admin');
	setHeaders({ 'cache-control': 'no-store' });
	const specialists = await (await getApp()).staff.specialists.list(adminId);
	const saved = specialists.find((entry) => entry.memberId === url.searchParams.get('saved'));
	return {
		specialists: specialists.map((entry) => ({ ...entry, name: nameOf(entry) })),
		savedName: saved ? nameOf(saved) : null,
		timeZones: Intl.supportedValuesOf('timeZone')
	};
};

export const actions = {
	invite: async ({ locals, params, request, url }) => {
		const adminId = await staffPage(locals, params.lang, 'admin');
		const email = String((await request.formData()).get('email') ?? '');
		const locale = params.lang as Locale;
		return formAction(locale, { email }, async () => {
			await (await getApp()).staff.specialists.invite(adminId, { email }, locale, url.origin);
			return { invited: email.trim().toLowerCase() };
		});
	},
	profile: async ({ locals, params, request }) => {
		const adminId = await staffPage(locals, params.lang, 'admin');
		const form = await request.formData();
		const specialistId = String(form.get('specialistId') ?? '');
		const capacity = String(form.get('capacity') ?? '').trim();
		const input = {
			displayName: String(form.get('displayName') ?? ''),
			languages: form.getAll('languages').map(String),
			focus: form.getAll('focus').map(String),
			// A whole number is sent as one; anything else as typed, so the core names the field to fix.
			capacity: /^\d{1,4}$/.test(capacity) ? Number(capacity) : capacity,
			timeZone: String(form.get('timeZone') ?? '').trim()
		};
		const values = {
			specialistId,
			displayName: input.displayName,
			languages: input.languages.join(','),
			focus: input.focus.join(','),
			capacity,
			timeZone: input.timeZone
		};
		const refused = await formAction(params.lang as Locale, values, async () => {
			await (await getApp()).staff.specialists.setProfile(adminId, specialistId, input);
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/admin/specialists?saved=${encodeURIComponent(specialistId)}`);
	}
};
