import { error, redirect } from '@sveltejs/kit';
import { openThread, postMessage } from '#lib/core/guidance/messages.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { archivedThreadsOf, messageDeps, specialistsOf, threadPage } from '#lib/server/guidance/threads.ts';
import { crisisFirstResources } from '#lib/server/organisation.ts';

export const prerender = false;

/** The member's specialist of this page: the one named by ?with=, or the first. None: not found. */
async function chosenSpecialist(memberId: string, url: URL) {
	const specialists = await specialistsOf(memberId);
	const chosen = specialists.find((s) => s.id === url.searchParams.get('with')) ?? specialists[0];
	return { specialists, chosen };
}

const pageOf = (lang: string, specialists: unknown[], specialistId: string) =>
	`/${lang}/account/guidance/messages${specialists.length > 1 ? `?with=${encodeURIComponent(specialistId)}` : ''}`;

export const load = async ({ locals, params, url, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const { specialists, chosen } = await chosenSpecialist(memberId, url);
	const deps = await messageDeps(url.origin);
	// A specialist who left: the conversation stays the member's, read only, below the current one (if any).
	const archived = await archivedThreadsOf(deps, memberId);
	if (!chosen) return { specialists, chosen: null, page: null, crisis: null, checkHref: '', archived };
	// The first visit opens the thread with their specialist.
	const thread = await openThread(deps, memberId, { memberId, specialistId: chosen.id }, new Date());
	return {
		specialists,
		chosen,
		page: await threadPage(deps, memberId, thread),
		// Both levels' help is in the page: a message sent without a reload shows the one it raised.
		crisis: {
			resources: { urgent: await crisisFirstResources('urgent'), concern: await crisisFirstResources('concern') }
		},
		checkHref: pageOf(params.lang, specialists, chosen.id),
		archived
	};
};

export const actions = {
	default: async ({ locals, params, request, url }) => {
		const memberId = memberOrSignIn(locals, params.lang);
		const { specialists, chosen } = await chosenSpecialist(memberId, url);
		const body = String((await request.formData()).get('body') ?? '');
		const deps = await messageDeps(url.origin);
		// No specialist yet: there is no thread to write in.
		if (!chosen) error(404, 'Not found');
		const sent = await formAction(params.lang as Locale, { body }, async () => {
			const thread = await openThread(deps, memberId, { memberId, specialistId: chosen.id }, new Date());
			return postMessage(deps, memberId, thread.id, { body }, new Date());
		});
		if (!('id' in sent)) return sent;
		// Post, then redirect: reloading the page never sends the message twice.
		redirect(303, `${pageOf(params.lang, specialists, chosen.id)}#message-${sent.id}`);
	}
};
