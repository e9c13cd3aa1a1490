import { fail, redirect } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { getApp } from '#lib/server/app/index.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { regionCrisisResources } from '#lib/server/region.ts';

export const prerender = false;

const maxJsonLength = 64 * 1024;

export const load = async ({ locals, params, url, setHeaders }) => {
	const adminId = await staffPage(locals, params.lang, 'admin');
	setHeaders({ 'cache-control': 'no-store' });
	const settings = await (await getApp()).staff.organisation.get(adminId);
	const region = regionCrisisResources();
	return {
		name: settings.name ?? '',
		crisisJson: settings.crisisResources ? JSON.stringify(settings.crisisResources, null, 2) : '',
		own: settings.crisisResources !== null,
		regionName: (settings.crisisResources ?? region).region,
		defaultJson: JSON.stringify(region, null, 2),
		saved: url.searchParams.has('saved')
	};
};

export const actions = {
	save: async ({ locals, params, request }) => {
		const adminId = await staffPage(locals, params.lang, 'admin');
		const locale = params.lang as Locale;
		const form = await request.formData();
		const values = {
			name: String(form.get('name') ?? ''),
			crisisResources: String(form.get('crisisResources') ?? '')
		};
		let crisisResources: unknown = null;
		if (values.crisisResources.trim() !== '') {
			try {
				if (values.crisisResources.length > maxJsonLength) throw new Error('too long');
				crisisResources = JSON.parse(values.crisisResources);
			} catch {
				const words = catalogue(locale).errors;
				return fail(400, { errors: { crisisResources: words.crisisResourcesNotJson }, values });
			}
		}
		const refused = await formAction(locale, values, async () => {
			await (await getApp()).staff.organisation.save(adminId, { name: values.name, crisisResources });
		});
		if (refused) return refused;
		redirect(303, `/${params.lang}/admin/organisation?saved`);
	}
};
