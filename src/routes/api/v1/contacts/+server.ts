import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => ok({ contacts: await (await getApp()).memberData.contacts.list(requireMember(event)) }));

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).memberData.contacts.add(memberId, body), 201);
	});
