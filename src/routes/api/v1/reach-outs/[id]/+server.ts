import { z } from 'zod';
import { changeReachOut, getReachOut, removeReachOut } from '#lib/core/timeline/reach-outs.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { reachOutStore, requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => ok(await getReachOut(await reachOutStore(), requireMember(event), event.params.id)));

export const PATCH = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await changeReachOut(await reachOutStore(), memberId, event.params.id, body, new Date()));
	});

export const DELETE = (event) =>
	apiCall(event, async () => {
		await removeReachOut(await reachOutStore(), requireMember(event), event.params.id);
		return new Response(null, { status: 204 });
	});
