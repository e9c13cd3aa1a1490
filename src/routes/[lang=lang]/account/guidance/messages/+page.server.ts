import { error, redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { memberOrSignIn } from '#lib/server/http/member-page.ts';
import { getApp } from '#lib/server/app/index.ts';
import { crisisFirstResources } from '#lib/server/organisation.ts';

export const prerender = false;

/** The member's specialist of this page: the one named by ?with=, or the first. None: not found. */
async function chosenSpecialist(memberId: string, url: URL) {
	const specialists = await (await getApp()).messages.specialistsOf(memberId);
	const chosen = specialists.find((s) => s.id === url.searchParams.get('with')) ?? specialists[0];
	return { specialists, chosen };
}

const pageOf = (lang: string, specialists: unknown[], specialistId: string) =>
	`/${lang}/account/guidance/messages${specialists.length > 1 ? `?with=${encodeURIComponent(specialistId)}` : ''}`;

export const load = async ({ locals, params, url, setHeaders }) => {
	const memberId = memberOrSignIn(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const { specialists, chosen } = await chosenSpecialist(memberId, url);
	const { messages } = await getApp();
	// A specialist who left: the conversation stays the member's, read only, below the current one (if any).
	const archived = await messages.archived(memberId);
	if (!chosen) return { specialists, chosen: null, page: null, crisis: null, checkHref: '', archived };
	// The first visit opens the thread with their specialist.
	const thread = await messages.open(memberId, { memberId, specialistId: chosen.id });
	return {
		specialists,
		chosen,
		page: await messages.page(memberId, thread),
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
		const { messages } = await getApp();
		// No specialist yet: there is no thread to write in.
		if (!chosen) error(404, 'Not found');
		const sent = await formAction(params.lang as Locale, { body }, async () => {
			const thread = await messages.open(memberId, { memberId, specialistId: chosen.id });
			return messages.post(memberId, thread.id, { body }, url.origin);
		});
		if (!('id' in sent)) return sent;
		// Post, then redirect: reloading the page never sends the message twice.
		redirect(303, `${pageOf(params.lang, specialists, chosen.id)}#message-${sent.id}`);
	}
};
