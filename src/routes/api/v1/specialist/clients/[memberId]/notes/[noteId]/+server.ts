import { z } from 'zod';
import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// Changes the words of one of the specialist's own notes; another specialist's note is not found.
export const PATCH = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		const { specialist } = (await getApp()).guidance;
		await specialist.editNote(specialistId, event.params.memberId, event.params.noteId, body);
		return new Response(null, { status: 204 });
	});
