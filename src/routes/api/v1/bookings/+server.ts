import { book, listBookings } from '#lib/core/sessions/bookings.ts';
import { apiCall, ok } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { readJson } from '#lib/server/http/problem.ts';
import { newId } from '#lib/server/ids.ts';
import { bookingInput } from '#lib/server/sessions/inputs.ts';
import { sessionsWiring } from '#lib/server/sessions/wiring.ts';

// The person's sessions, as member or as specialist; ?upcoming=true for only those booked and not yet over.
export const GET = (event) =>
	apiCall(event, async () => {
		const personId = await requireMemberProvenIfStaff(event);
		const { stores } = await sessionsWiring(event.url.origin);
		const upcoming = event.url.searchParams.get('upcoming') === 'true';
		return ok({ bookings: await listBookings(stores.bookings, personId, new Date(), upcoming) });
	});

export const POST = (event) =>
	apiCall(event, async () => {
		const memberId = await requireMemberProvenIfStaff(event);
		const body = await readJson(event.request, bookingInput);
		const { stores } = await sessionsWiring(event.url.origin);
		return ok(await book(stores, memberId, body, newId(), new Date()), 201);
	});
