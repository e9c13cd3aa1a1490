import { readStory } from '../message-check/story.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { postMessageInput } from './message-inputs.ts';
import type { Message, MessageDeps, Thread } from './message-ports.ts';
import { isArchived, mayUse, threadFor, threadNotFound } from './thread-access.ts';

// Secure message threads between a member and their family recovery specialist (issue #5).
//
// - A thread is one (member, specialist) pair. Only its member, or its specialist while assigned to that member,
//   may read or post (thread-access.ts).
// - Bodies are stored encrypted (the store's job); every message is read as readStory reads a family member's
//   story, in the member's language, and only its crisis flag and level are kept, so the page can show crisis
//   resources at once, to both sides. Both sides write about the loved one in the third person, so the story
//   reading counts (message-check/story.ts): "she says she wants to die" is a crisis. A specialist's own
//   question ("has he talked about suicide?") flags too: the resources it shows cost little, and a rule that
//   tells the two apart would also miss real reports.
// - After the message is stored (committed), `message.created` {threadId, messageId} goes on the event bus:
//   live streams on any instance read the message back from the database. Publishing is best effort; a reload
//   shows it anyway.
// - The other side is told by e-mail that a message is waiting, never what it says. One e-mail per unread
//   stretch: the notice is keyed by the recipient's last read time, so a burst of messages before they read
//   the thread gives one e-mail, and the next message after they read it gives the next one.

export * from './message-inputs.ts';
export type * from './message-ports.ts';
export type { Assignments, ThreadAssignments } from './assignments.ts';
export { forReader, type ReaderMessage } from './reader-message.ts';
export { isArchived, threadFor } from './thread-access.ts';
export { listThreads, type ThreadNames, type ThreadSummary } from './thread-list.ts';
export { unreadCounts, unreadSummary, type UnreadSummary } from './unread.ts';

/** Opens (or finds) the thread between a member and their assigned specialist; either of them may ask. */
export async function openThread(
	deps: Pick<MessageDeps, 'store' | 'assignments' | 'newId'>,
	personId: string,
	pair: { memberId: string; specialistId: string },
	now: Date
): Promise<Thread> {
	const { memberId, specialistId } = pair;
	const assigned = memberId !== specialistId && (await deps.assignments.isAssigned(specialistId, memberId));
	if (!assigned || (personId !== memberId && personId !== specialistId)) throw threadNotFound();
	const existing = await deps.store.threadBetween(memberId, specialistId);
	if (existing) return existing;
	return deps.store.openThread({
		id: deps.newId(),
		memberId,
		specialistId,
		createdAt: now.toISOString(),
		archivedAt: null
	});
}

/** Posts a message; answers what the page needs (its id, and whether to show crisis resources now). */
export async function postMessage(
	deps: MessageDeps,
	senderId: string,
	threadId: string,
	raw: unknown,
	now: Date
): Promise<Message> {
	const thread = await threadFor(deps, senderId, threadId);
	const { body } = parseInput(postMessageInput, raw, 'message');
	if (isArchived(thread)) throw new DomainError('conflict', 'the thread is archived: its specialist has left');
	// Crisis language is looked for in English and Spanish whatever the language; it decides how text is folded.
	const { crisis, level } = readStory(body, await deps.store.memberLanguage(thread.memberId));
	const message: Message = {
		id: deps.newId(),
		threadId,
		senderId,
		body,
		crisis,
		crisisLevel: level,
		createdAt: now.toISOString()
	};
	await deps.store.insert(message);
	// Stored and committed: now the live streams may go and read it.
	try {
		await deps.bus.publish('message.created', { threadId, messageId: message.id });
	} catch (error) {
		deps.onError?.(error);
	}
	const recipientId = senderId === thread.memberId ? thread.specialistId : thread.memberId;
	try {
		// A specialist no longer assigned cannot read the thread: nothing is waiting for them.
		if (recipientId && (await mayUse(deps, thread, recipientId))) {
			const since = await deps.store.lastRead(threadId, recipientId);
			await deps.notices.waiting({ threadId, recipientId, since }, now);
		}
	} catch (error) {
		deps.onError?.(error);
	}
	return message;
}

/** The thread's messages, oldest first; only those written after `since` (ISO UTC) when given. */
export async function listMessages(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string,
	threadId: string,
	since?: string
): Promise<Message[]> {
	await threadFor(deps, readerId, threadId);
	return deps.store.list(threadId, since === undefined ? undefined : { since });
}

/** The messages after the given one (a stream's Last-Event-ID); nothing when it is not a message of the thread. */
export async function messagesAfter(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string,
	threadId: string,
	messageId: string
): Promise<Message[]> {
	await threadFor(deps, readerId, threadId);
	const last = await deps.store.message(threadId, messageId);
	return last ? deps.store.list(threadId, { createdAt: last.createdAt, id: last.id }) : [];
}

/** One message of the thread, for a reader who may read it. */
export async function readMessage(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string,
	threadId: string,
	messageId: string
): Promise<Message | undefined> {
	await threadFor(deps, readerId, threadId);
	return deps.store.message(threadId, messageId);
}

/** Marks the thread read up to now for this reader. */
export async function markRead(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string,
	threadId: string,
	now: Date
): Promise<void> {
	await threadFor(deps, readerId, threadId);
	await deps.store.markRead(threadId, readerId, now.toISOString());
}
