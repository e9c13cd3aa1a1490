import { z } from 'zod';
import { setAvailability } from '#lib/core/sessions/bookings.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { requireStaff } from '#lib/server/http/staff.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

export const GET = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		return ok(await (await sessionsWiring(event.url.origin)).hoursOf(specialistId));
	});

export const PUT = (event) =>
	apiCall(event, async () => {
		const specialistId = await requireStaff(event, 'specialist');
		const body = await readJson(event.request, z.looseObject({}));
		const { stores } = await sessionsWiring(event.url.origin);
		return ok(await setAvailability(stores.availability, specialistId, body, new Date()));
	});
