import { getApp } from '#lib/server/app/index.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { bookingInput } from '#lib/server/sessions/inputs.ts';

// The person's sessions, as member or as specialist; ?upcoming=true for only those booked and not yet over.
export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const upcoming = event.url.searchParams.get('upcoming') === 'true';
		return ok({ bookings: await (await getApp()).sessions.bookings.list(personId, upcoming) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = await requireMemberProvenIfStaff(event);
		const body = await readJson(event.request, bookingInput);
		return ok(await (await getApp()).sessions.bookings.book(memberId, body, event.url.origin), 201);
	});
