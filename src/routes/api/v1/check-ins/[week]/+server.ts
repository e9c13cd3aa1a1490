import { z } from 'zod';
import { checkInBody } from '#lib/core/timeline/check-ins.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () =>
		ok(await (await getApp()).memberData.checkIns.get(requireMember(event), event.params.week))
	);

/** Adds the week's check-in, or replaces its answers: the same call whether or not one was there. */
export const PUT = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		// The week comes from the address only: a `week` in the body is refused as unknown, never used.
		if ('week' in body) parseInput(checkInBody, body, 'check-in');
		const input = { ...body, week: event.params.week };
		return ok(await (await getApp()).memberData.checkIns.save(memberId, input));
	});

export const DELETE = (event) =>
	apiCall(event, async () => {
		await (await getApp()).memberData.checkIns.remove(requireMember(event), event.params.week);
		return new Response(null, { status: 204 });
	});
