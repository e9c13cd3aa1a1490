import { z } from 'zod';
import { revoke } from '#lib/core/guidance/consent.ts';
import { sharingOf } from '#lib/core/guidance/member-view.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { memberGuidance } from '#lib/server/guidance/member.ts';

/** Stops sharing one item; the specialist's very next request is refused. Answers what is shared now. */
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const guidance = await memberGuidance();
		await revoke(guidance.sharing, memberId, body, new Date());
		return ok({ specialists: await sharingOf(guidance.view, memberId) });
	});
