import { apiCall } from '#lib/server/http/api.ts';
import { requireMemberProvenIfStaff } from '#lib/server/http/staff.ts';
import { messageStream } from '#lib/server/guidance/message-stream.ts';
import { messageDeps } from '#lib/server/guidance/threads.ts';
import { log } from '#lib/server/log.ts';
import { errorName } from '#lib/server/services.ts';

// The thread, live (Server-Sent Events): see message-stream.ts. Refused (404) before any byte is sent to anyone
// who may not read the thread; it ends when the browser goes away.
export const GET = (event) =>
	apiCall(event, async () => {
		const readerId = await requireMemberProvenIfStaff(event);
		return messageStream(await messageDeps(event.url.origin), readerId, event.params.id, event.request, {
			onError: (error) => log.warn({ err: errorName(error) }, 'a message stream ended on an error')
		});
	});
