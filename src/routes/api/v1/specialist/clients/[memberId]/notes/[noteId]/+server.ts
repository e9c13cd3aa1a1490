import { z } from 'zod';
import { editNote } from '#lib/core/guidance/notes.ts';
import { guidanceWiring } from '#lib/server/guidance/wiring.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// Changes the words of one of the specialist's own notes; another specialist's note is not found.
export const PATCH = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		const { sharing } = await guidanceWiring();
		await editNote(sharing, specialistId, event.params.memberId, event.params.noteId, body, new Date());
		return new Response(null, { status: 204 });
	});
