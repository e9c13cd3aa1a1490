import { z } from 'zod';
import { share } from '#lib/core/guidance/consent.ts';
import { sharingOf } from '#lib/core/guidance/member-view.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { memberGuidance } from '#lib/server/guidance/member.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ specialists: await sharingOf((await memberGuidance()).view, memberId) });
	});

/** Shares one item with the member's own specialist; any other id is not found. Answers what is shared now. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const guidance = await memberGuidance();
		await share(guidance.sharing, memberId, body, new Date());
		return ok({ specialists: await sharingOf(guidance.view, memberId) });
	});
