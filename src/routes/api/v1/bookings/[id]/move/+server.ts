import { move } from '#lib/core/sessions/bookings.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';
import { moveInput } from '#lib/server/sessions/inputs.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

// The member who booked a session moves it to another open slot; the answer is the new booking.
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = await requireMemberProvenIfStaff(event);
		const { startsAt } = await readJson(event.request, moveInput);
		const { stores } = await sessionsWiring(event.url.origin);
		return ok(await move(stores, memberId, event.params.id, startsAt, newId(), new Date()), 201);
	});
