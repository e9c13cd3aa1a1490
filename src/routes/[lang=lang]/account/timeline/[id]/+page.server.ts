import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { getApp } from '#lib/server/app/index.ts';
import { memberOrSignIn, orNotFoundPage } from '#lib/server/http/member-page.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { dateTimeLocal, inFormWords, reachOutFormValues, reachOutInput } from '#lib/server/http/reach-out-form.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const entry = await orNotFoundPage((await getApp()).memberData.reachOuts.get(memberId, params.id));
	return { entry, when: dateTimeLocal(entry.occurredAt) };
};

const timeline = (lang: string, done: string) => `/${lang}/account/timeline?done=${done}`;

export const actions = {
	save: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const values = reachOutFormValues(await request.formData());
		try {
			const { memberData } = await getApp();
			await orNotFoundPage(memberData.reachOuts.change(memberId, params.id, reachOutInput(values)));
		} catch (problem) {
			if (problem instanceof DomainError) return formFailure(inFormWords(problem), params.lang as Locale, values);
			throw problem;
		}
		redirect(303, timeline(params.lang, 'changed'));
	},
	/** Asks once more first; only a second post that says yes removes the reach-out. */
	remove: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		if ((await request.formData()).get('confirm') !== 'yes') {
			await orNotFoundPage((await getApp()).memberData.reachOuts.get(memberId, params.id));
			return { confirmRemove: true };
		}
		await orNotFoundPage((await getApp()).memberData.reachOuts.remove(memberId, params.id));
		redirect(303, timeline(params.lang, 'removed'));
	}
};
