import { error, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { DomainError } from '#lib/core/shared/errors.ts';
import { changeReachOut, getReachOut, removeReachOut } from '#lib/core/timeline/reach-outs.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { formFailure } from '#lib/server/http/form-errors.ts';
import { reachOutStore } from '#lib/server/http/member.ts';
import { dateTimeLocal, inFormWords, reachOutFormValues, reachOutInput } from '#lib/server/http/reach-out-form.ts';

export const prerender = false;

/** Another member's reach-out is the same 404 page as one that does not exist. */
async function found<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (problem) {
		if (problem instanceof DomainError && problem.code === 'not_found') error(404, 'Not found');
		throw problem;
	}
}

export const load = async ({ locals, params, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const entry = await found(getReachOut(await reachOutStore(), memberId, params.id));
	return { entry, when: dateTimeLocal(entry.occurredAt) };
};

const timeline = (lang: string, done: string) => `/${lang}/account/timeline?done=${done}`;

export const actions = {
	save: async ({ locals, params, request }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const values = reachOutFormValues(await request.formData());
		try {
			await found(changeReachOut(await reachOutStore(), memberId, params.id, reachOutInput(values), new Date()));
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
			await found(getReachOut(await reachOutStore(), memberId, params.id));
			return { confirmRemove: true };
		}
		await found(removeReachOut(await reachOutStore(), memberId, params.id));
		redirect(303, timeline(params.lang, 'removed'));
	}
};
