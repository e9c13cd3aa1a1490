import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// The specialist's own private notes about one client: never shown to the client, nor to another specialist.
// Listing them is written to the audit log.
export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const { specialist } = (await getApp()).guidance;
		return ok({ notes: await specialist.notes(specialistId, event.params.memberId) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		const { specialist } = (await getApp()).guidance;
		return ok(await specialist.addNote(specialistId, event.params.memberId, body), 201);
	});
