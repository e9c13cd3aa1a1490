import { z } from 'zod';
import { sinceInput } from '#lib/core/guidance/messages.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		const rawSince = event.url.searchParams.get('since');
		const since =
			rawSince === null ? undefined : parseInput(z.object({ since: sinceInput }), { since: rawSince }, 'query').since;
		return ok({ messages: await (await getApp()).messages.messages(readerId, event.params.id, since) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const senderId = await requireMemberProvenIfStaff(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await (await getApp()).messages.post(senderId, event.params.id, body, event.url.origin), 201);
	});
