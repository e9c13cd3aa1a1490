import { z } from 'zod';
import { listMessages, postMessage, sinceInput } from '#lib/core/guidance/messages.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { forReader, messageDeps } from '#lib/server/guidance/threads.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		const deps = await messageDeps(event.url.origin);
		const rawSince = event.url.searchParams.get('since');
		const since =
			rawSince === null ? undefined : parseInput(z.object({ since: sinceInput }), { since: rawSince }, 'query').since;
		const messages = await listMessages(deps, readerId, event.params.id, since);
		return ok({ messages: messages.map((message) => forReader(message, readerId)) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const senderId = await requireMemberProvenIfStaff(event);
		const deps = await messageDeps(event.url.origin);
		const body = await readJson(event.request, z.looseObject({}));
		const message = await postMessage(deps, senderId, event.params.id, body, new Date());
		return ok(forReader(message, senderId), 201);
	});
