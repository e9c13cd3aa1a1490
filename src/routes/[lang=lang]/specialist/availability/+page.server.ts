import { fail, redirect } from '@sveltejs/kit';
import { catalogue, type Locale } from '#lib/core/i18n/catalogue.ts';
import { timeZoneChoices } from '#lib/core/sessions/zones.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { availabilityFromModel, modelFromForm, modelOf } from '#lib/server/sessions/hours-form.ts';

export const prerender = false;

export const load = async ({ locals, params, url, setHeaders }) => {
	const specialistId = await staffPage(locals, params.lang, 'specialist');
	setHeaders({ 'cache-control': 'no-store' });
	const hours = await (await getApp()).sessions.hours.of(specialistId);
	return {
		model: modelOf(hours),
		zones: timeZoneChoices(hours.timeZone),
		saved: url.searchParams.get('saved') === '1'
	};
};

export const actions = {
	default: async ({ locals, params, request }) => {
		const specialistId = await staffPage(locals, params.lang, 'specialist');
		const model = modelFromForm(await request.formData());
		const { raw, fieldName } = availabilityFromModel(model);
		const { sessions } = await getApp();
		try {
			await sessions.hours.set(specialistId, raw);
		} catch (error) {
			if (!(error instanceof DomainError)) throw error;
			const words = catalogue(params.lang as Locale).errors as Record<string, string>;
			const errors: Record<string, string> = {};
			for (const { field, problem } of error.fields) {
				const name = fieldName(field);
				const message = words[problem] ?? problem;
				errors[name] = errors[name] && name === 'form' ? `${errors[name]} ${message}` : (errors[name] ?? message);
			}
			return fail(400, { errors, model, zones: timeZoneChoices(model.timeZone) });
		}
		redirect(303, `/${params.lang}/specialist/availability?saved=1`);
	}
};
