import { redirect } from '@sveltejs/kit';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { orNotFoundPage } from '#lib/server/http/member-page.ts';
import { staffPage } from '#lib/server/http/staff.ts';
import { getApp } from '#lib/server/app/index.ts';
import { isWellFormedId } from '#lib/server/ids.ts';

export const prerender = false;

/** The specialist's thread with this client; to a specialist not assigned to them (or a bad id), the 404 page. */
async function clientThread(locals: App.Locals, lang: string, memberId: string) {
	const specialistId = await staffPage(locals, lang, 'specialist');
	const { messages } = await getApp();
	const pair = { memberId: isWellFormedId(memberId) ? memberId : '-', specialistId };
	const thread = await orNotFoundPage(messages.open(specialistId, pair));
	return { specialistId, messages, thread };
}

export const load = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	const { specialistId, messages, thread } = await clientThread(locals, params.lang, params.memberId);
	return {
		memberId: params.memberId,
		page: await messages.page(specialistId, thread),
		checkHref: `/${params.lang}/specialist/clients/${encodeURIComponent(params.memberId)}/messages`
	};
};

export const actions = {
	default: async ({ locals, params, request, url }) => {
		const { specialistId, messages, thread } = await clientThread(locals, params.lang, params.memberId);
		const body = String((await request.formData()).get('body') ?? '');
		const sent = await formAction(params.lang as Locale, { body }, () =>
			messages.post(specialistId, thread.id, { body }, url.origin)
		);
		if (!('id' in sent)) return sent;
		// Post, then redirect: reloading the page never sends the message twice.
		redirect(
			303,
			`/${params.lang}/specialist/clients/${encodeURIComponent(params.memberId)}/messages#message-${sent.id}`
		);
	}
};
