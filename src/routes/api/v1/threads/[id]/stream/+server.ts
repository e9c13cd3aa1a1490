import { getApp } from '#lib/server/app/index.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';

// The thread, live (Server-Sent Events): see message-stream.ts. Refused (404) before any byte is sent to anyone
// who may not read the thread; it ends when the browser goes away or the session ends.
export const GET = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		const sessionIdHash = event.locals.sessionIdHash!;
		return (await getApp()).messages.stream(readerId, event.params.id, event.request, sessionIdHash);
	});
