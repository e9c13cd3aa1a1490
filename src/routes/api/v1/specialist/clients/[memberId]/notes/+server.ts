import { z } from 'zod';
import { addNote, listNotes } from '#lib/core/guidance/notes.ts';
import { guidanceWiring } from '#lib/server/guidance/wiring.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';

// The specialist's own private notes about one client: never shown to the client, nor to another specialist.
// Listing them is written to the audit log.
export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const { sharing } = await guidanceWiring();
		return ok({ notes: await listNotes(sharing, specialistId, event.params.memberId, new Date()) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		const { sharing } = await guidanceWiring();
		return ok(await addNote(sharing, specialistId, event.params.memberId, body, new Date()), 201);
	});
