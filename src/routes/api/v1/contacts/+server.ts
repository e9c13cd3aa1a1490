import { z } from 'zod';
import { addContact } from '#lib/core/contacts/contacts.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { contactStore, requireMember } from '#lib/server/http/member.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';

export const GET = (event) =>
	apiCall(event, async () => ok({ contacts: await (await contactStore()).list(requireMember(event)) }));

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = requireMember(event);
		const body = await readJson(event.request, z.looseObject({}));
		return ok(await addContact(await contactStore(), memberId, body, newId(), new Date()), 201);
	});
