import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { inFormWords, reachOutFormValues, reachOutInput } from '#lib/server/http/reach-out-form.ts';

export const prerender = false;

const outcomes = ['added', 'changed', 'removed'] as const;

export const load = async ({ locals, params, url, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const done = outcomes.find((outcome) => outcome === url.searchParams.get('done')) ?? null;
	return { reachOuts: await (await getApp()).memberData.reachOuts.list(memberId), done };
};

export const actions = {
	default: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const values = reachOutFormValues(await request.formData());
		try {
			await (await getApp()).memberData.reachOuts.add(memberId, reachOutInput(values));
		} catch (error) {
			if (error instanceof DomainError) return formFailure(inFormWords(error), params.lang as Locale, values);
			throw error;
		}
		// Post, then redirect: reloading the timeline never adds the same reach-out twice.
		redirect(303, `/${params.lang}/account/timeline?done=added`);
	}
};
