import { addReachOut } from '#lib/core/timeline/reach-outs.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { reachOutStore, requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';
import { z } from 'zod';

export const GET = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		return ok({ reachOuts: await (await reachOutStore()).list(memberId) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		const entry = await addReachOut(await reachOutStore(), memberId, body, newId(), new Date());
		return ok(entry, 201);
	});
