import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () =>
		ok(await (await getApp()).memberData.reachOuts.get(requireMember(event), event.params.id))
	);

export const PATCH = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).memberData.reachOuts.change(memberId, event.params.id, body));
	});

export const DELETE = (event) =>
	apiCall(event, async () => {
		await (await getApp()).memberData.reachOuts.remove(requireMember(event), event.params.id);
		return new Response(null, { status: 204 });
	});
