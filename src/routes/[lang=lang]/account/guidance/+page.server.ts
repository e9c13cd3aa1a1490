import { redirect } from '@sveltejs/kit';
import { sharedItems, type SharedItem } from '#lib/core/guidance/consent.ts';
import { levelToShow } from '#lib/core/crisis/resources.ts';
import type { MemberRequestView } from '#lib/core/guidance/member-view.ts';
import { readStory } from '#lib/core/message-check/story.ts';
import type { Locale } from '#lib/core/i18n/catalogue.ts';
import { formAction } from '#lib/server/http/form-errors.ts';
import { orNotFoundPage, signedInMember } from '#lib/server/http/member-page.ts';
import { getApp } from '#lib/server/app/index.ts';
import { crisisFirstResources } from '#lib/server/organisation.ts';

export const prerender = false;

/**
 * A request flagged as a crisis: its level, that level's resources, and the words that raised it, read again
 * from the story (only the level is stored); null otherwise.
 */
async function requestCrisis(request: MemberRequestView) {
	const level = levelToShow(request.crisis, request.crisisLevel);
	if (!level) return null;
	const words = readStory(request.story, request.language).spans.map((span) => span.quote);
	return { level, words, resources: await crisisFirstResources(level) };
}

export const load = async ({ locals, params, url, setHeaders }) => {
	const { memberId } = signedInMember(locals, params.lang);
	setHeaders({ 'cache-control': 'no-store' });
	const guidance = (await getApp()).guidance.member;
	const requests = await guidance.requests(memberId);
	const current = requests.find((request) => request.state !== 'closed') ?? null;
	return {
		current,
		sent: url.searchParams.has('sent'),
		closed: url.searchParams.has('closed'),
		specialists: await guidance.sharing(memberId),
		audit: await guidance.audit(memberId),
		crisis: current && (await requestCrisis(current))
	};
};

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

async function sharingForm(request: Request) {
	const form = await request.formData();
	const item = field(form, 'item');
	return {
		specialistId: field(form, 'specialistId'),
		item: (sharedItems as readonly string[]).includes(item) ? (item as SharedItem) : item
	};
}

export const actions = {
	request: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const form = await request.formData();
		const values = Object.fromEntries(
			['relationship', 'story', 'urgency', 'language', 'times'].map((name) => [name, field(form, name)])
		);
		const guidance = (await getApp()).guidance.member;
		const refused = await formAction(params.lang as Locale, values, async () => {
			await guidance.ask(memberId, values);
		});
		if (refused) return refused;
		// Post, then redirect: reloading never sends the same request twice. A crisis shows on the page it lands on.
		redirect(303, `/${params.lang}/account/guidance?sent=1`);
	},
	close: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const requestId = field(await request.formData(), 'requestId');
		await orNotFoundPage((await getApp()).guidance.member.withdraw(memberId, requestId));
		redirect(303, `/${params.lang}/account/guidance?closed=1`);
	},
	share: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const input = await sharingForm(request);
		const guidance = (await getApp()).guidance.member;
		// Someone who is not the member's specialist is the same 404 as no one at all.
		const refused = await formAction(params.lang as Locale, {}, () => orNotFoundPage(guidance.share(memberId, input)));
		return refused ?? { shared: input.item, specialistId: input.specialistId };
	},
	revoke: async ({ locals, params, request }) => {
		const { memberId } = signedInMember(locals, params.lang);
		const input = await sharingForm(request);
		const guidance = (await getApp()).guidance.member;
		const refused = await formAction(params.lang as Locale, {}, () => guidance.revoke(memberId, input));
		return refused ?? { revoked: input.item, specialistId: input.specialistId };
	}
};
