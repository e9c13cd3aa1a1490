import { redirect } from '@sveltejs/kit';
import { openThread, postMessage } from '#lib/core/guidance/messages.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { messageDeps, threadPage } from '#lib/server/guidance/threads.ts';
import { isWellFormedId } from '#lib/server/ids.ts';

export const prerender = false;

/** The specialist's thread with this client; to a specialist not assigned to them (or a bad id), the 404 page. */
async function clientThread(locals: App.Locals, lang: string, memberId: string, origin: string) {
	const specialistId = await staffPage(locals, lang, 'specialist');
	const deps = await messageDeps(origin);
	const pair = { memberId: isWellFormedId(memberId) ? memberId : '-', specialistId };
	const thread = await orNotFoundPage(openThread(deps, specialistId, pair, new Date()));
	return { specialistId, deps, thread };
}

export const load = async ({ locals, params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const { specialistId, deps, thread } = await clientThread(locals, params.lang, params.memberId, url.origin);
	return {
		memberId: params.memberId,
		page: await threadPage(deps, specialistId, thread),
		checkHref: `/${params.lang}/specialist/clients/${encodeURIComponent(params.memberId)}/messages`
	};
};

export const actions = {
	default: async ({ locals, params, request, url }) => {
		const { specialistId, deps, thread } = await clientThread(locals, params.lang, params.memberId, url.origin);
		const body = String((await request.formData()).get('body') ?? '');
		const sent = await formAction(params.lang as Locale, { body }, () =>
			postMessage(deps, specialistId, thread.id, { body }, new Date())
		);
		if (!('id' in sent)) return sent;
		// Post, then redirect: reloading the page never sends the message twice.
		redirect(
			303,
			`/${params.lang}/specialist/clients/${encodeURIComponent(params.memberId)}/messages#message-${sent.id}`
		);
	}
};
