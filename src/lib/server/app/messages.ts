// Message threads between a member and their specialist — lists, a thread's page, posting, reading, the live
// stream — and unread counts, bound to their repositories, the event bus and the job queue. `origin`, where
// asked, is the site's address as the request saw it, for the link in "a message is waiting".

import { listMessages, listThreads, markRead, openThread, postMessage } from '#lib/core/guidance/messages.ts';
import type { MessageDeps } from '#lib/core/guidance/message-ports.ts';
import { forReader } from '#lib/core/guidance/reader-message.ts';
import { assignmentsOf } from '#lib/core/guidance/requests.ts';
import { unreadSummary } from '#lib/core/guidance/unread.ts';
import { isSessionLive } from '../auth/session.ts';
import { guidanceRequestsRepository } from '../db/repositories/guidance-requests.ts';
import { messagesRepository, threadNames } from '../db/repositories/messages.ts';
import { messageStream } from '../guidance/message-stream.ts';
import { queuedMessageNotices } from '../guidance/message-notices.ts';
import { archivedThreadsOf, openThreadWith, specialistsOf, threadPage, type ThreadDeps } from '../guidance/threads.ts';
import { newId } from '../ids.ts';
import { errorName, log } from '../log.ts';
import type { Infrastructure } from './infrastructure.ts';

export function messagesApp(
	{ connection, keyring, bus, jobs, sessionPolicy }: Infrastructure,
	clock = () => new Date()
) {
	const { db } = connection;
	const requests = guidanceRequestsRepository(db, keyring);
	const names = threadNames(db);
	const reading = { store: messagesRepository(db, keyring), assignments: assignmentsOf(requests) };
	const depsFor = (origin: string): ThreadDeps & MessageDeps => ({
		...reading,
		names,
		bus,
		notices: queuedMessageNotices(jobs, { origin }),
		newId,
		onError: (error) => log.warn({ err: errorName(error) }, 'a message was stored, but its live event or notice failed')
	});
	// Reading needs no e-mail link: nothing is posted.
	const readOnly = depsFor('');
	return {
		/** Every thread the person may use, as member or specialist, with what they have not read. */
		threads: (personId: string) => listThreads(readOnly, personId),
		/** Opens (or finds) the thread with `input.with`: the person's client, or their own specialist. */
		openWith: (personId: string, input: unknown) => openThreadWith(readOnly, personId, input, clock()),
		/** Opens (or finds) the thread of this member and specialist, for one of them. */
		open: (personId: string, pair: { memberId: string; specialistId: string }) =>
			openThread(readOnly, personId, pair, clock()),
		/** A thread's messages as the reader sees them; `since` (ISO) for only the newer ones. */
		messages: async (readerId: string, threadId: string, since?: string) =>
			(await listMessages(readOnly, readerId, threadId, since)).map((message) => forReader(message, readerId)),
		post: async (senderId: string, threadId: string, input: unknown, origin: string) =>
			forReader(await postMessage(depsFor(origin), senderId, threadId, input, clock()), senderId),
		markRead: (readerId: string, threadId: string) => markRead(readOnly, readerId, threadId, clock()),
		/** Everything a thread's page shows; marks what it shows read. */
		page: (readerId: string, thread: Parameters<typeof threadPage>[2]) => threadPage(readOnly, readerId, thread),
		/** The member's threads whose specialist has left: theirs to read, closed to writing. */
		archived: (memberId: string) => archivedThreadsOf(readOnly, memberId),
		/** The specialists a member may write to now. */
		specialistsOf: (memberId: string) => specialistsOf({ requests, names }, memberId),
		/** What the person has not read, in the threads they may still use, in total, by thread and by person. */
		unread: (personId: string) => unreadSummary(reading, personId),
		/** The thread, live (SSE), for as long as the reader may read it and their session lives. */
		stream: (readerId: string, threadId: string, request: Request, sessionIdHash: string) =>
			messageStream(readOnly, readerId, threadId, request, {
				onError: (error) => log.warn({ err: errorName(error) }, 'a message stream ended on an error'),
				sessionLive: () => isSessionLive(db, sessionIdHash, clock(), sessionPolicy)
			})
	};
}

export type MessagesApp = ReturnType<typeof messagesApp>;
