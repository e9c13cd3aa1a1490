import { isSessionLive } from '#lib/server/auth/session.ts';
import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { messageStream } from '#lib/server/guidance/message-stream.ts';
import { messageDeps } from '#lib/server/guidance/threads.ts';
import { log } from '#lib/server/log.ts';
import { errorName } from '#lib/server/log.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';

// The thread, live (Server-Sent Events): see message-stream.ts. Refused (404) before any byte is sent to anyone
// who may not read the thread; it ends when the browser goes away or the session ends.
export const GET = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		const { connection, sessionPolicy } = await getInfrastructure();
		const sessionIdHash = event.locals.sessionIdHash!;
		return messageStream(await messageDeps(event.url.origin), readerId, event.params.id, event.request, {
			onError: (error) => log.warn({ err: errorName(error) }, 'a message stream ended on an error'),
			sessionLive: () => isSessionLive(connection.db, sessionIdHash, new Date(), sessionPolicy)
		});
	});
