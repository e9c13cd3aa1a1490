import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { changeReachOut, getReachOut, removeReachOut } from '#lib/core/timeline/reach-outs.ts';
import { memberOrSignIn, orNotFoundPage } from '#lib/server/http/member-page.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { reachOutStore } from '#lib/server/http/member.ts';
import { dateTimeLocal, inFormWords, reachOutFormValues, reachOutInput } from '#lib/server/http/reach-out-form.ts';

export const prerender = false;

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const entry = await orNotFoundPage(getReachOut(await reachOutStore(), memberId, params.id));
	return { entry, when: dateTimeLocal(entry.occurredAt) };
};

const timeline = (lang: string, done: string) => `/${lang}/account/timeline?done=${done}`;

export const actions = {
	save: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const values = reachOutFormValues(await request.formData());
		try {
			await orNotFoundPage(
				changeReachOut(await reachOutStore(), memberId, params.id, reachOutInput(values), new Date())
			);
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
			await orNotFoundPage(getReachOut(await reachOutStore(), memberId, params.id));
			return { confirmRemove: true };
		}
		await orNotFoundPage(removeReachOut(await reachOutStore(), memberId, params.id));
		redirect(303, timeline(params.lang, 'removed'));
	}
};
