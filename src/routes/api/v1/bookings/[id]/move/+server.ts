import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { moveInput } from '#lib/server/sessions/inputs.ts';

// The member who booked a session moves it to another open slot; the answer is the new booking.
export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = await requireMemberProvenIfStaff(event);
		const { startsAt } = await readJson(event.request, moveInput);
		const { sessions } = await getApp();
		return ok(await sessions.bookings.move(memberId, event.params.id, startsAt, event.url.origin), 201);
	});
