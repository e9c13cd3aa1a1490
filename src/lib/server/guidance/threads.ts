import {
	listMessages,
	openThread,
	openThreadInput,
	type MessageDeps,
	type Thread
} from '#lib/core/guidance/messages.ts';
import { forReader } from '#lib/core/guidance/reader-message.ts';
import { levelToShow } from '#lib/core/crisis/resources.ts';
import { readStory } from '#lib/core/message-check/story.ts';
import { parseInput } from '#lib/core/shared/parse.ts';
import type { ThreadNames } from '#lib/core/guidance/thread-list.ts';
import type { RequestStore } from '#lib/core/guidance/requests.ts';

// Message threads as the routes see them (API and pages): whose thread it is from the reader's side, the other
// person's name as the reader may know it, and what they have not read yet. Access is the core's (threadFor):
// to anyone but the thread's member and its assigned specialist a thread is not found. The app binds these to their
// stores (app/messages.ts).

/** What the threads take: the message ports, and the names people know each other by. */
export type ThreadDeps = MessageDeps & { names: ThreadNames };

/** The name the reader may know the other side of the thread by. */
export async function otherSideName(names: ThreadNames, thread: Thread, readerId: string): Promise<string> {
	const asMember = readerId === thread.memberId;
	if (asMember && !thread.specialistId) return '';
	const known = await names.of(
		asMember ? { specialists: [thread.specialistId!], members: [] } : { specialists: [], members: [thread.memberId] }
	);
	return (asMember ? known.specialists.get(thread.specialistId!) : known.members.get(thread.memberId)) ?? '';
}

/**
 * Opens (or finds) the thread between the person and `with`: their client, when the person is that client's
 * assigned specialist; otherwise their own specialist. Anyone else: not found.
 */
export async function openThreadWith(deps: MessageDeps, personId: string, raw: unknown, now: Date): Promise<Thread> {
	const input = parseInput(openThreadInput, raw, 'thread');
	const asSpecialist = await deps.assignments.isAssigned(personId, input.with);
	const pair = asSpecialist
		? { memberId: input.with, specialistId: personId }
		: { memberId: personId, specialistId: input.with };
	return openThread(deps, personId, pair, now);
}

/** The specialists a member may write to now (their open requests' specialists), oldest assignment first. */
export async function specialistsOf(
	deps: { requests: RequestStore; names: ThreadNames },
	memberId: string
): Promise<{ id: string; name: string }[]> {
	const assigned = (await deps.requests.forMember(memberId))
		.filter((request) => request.state === 'assigned' && request.specialistId)
		.reverse();
	const ids = [...new Set(assigned.map((request) => request.specialistId!))];
	const { specialists } = await deps.names.of({ specialists: ids, members: [] });
	return ids.map((id) => ({ id, name: specialists.get(id) ?? '' }));
}

/** The member's threads whose specialist has left, with their messages: theirs to read, closed to writing. */
export async function archivedThreadsOf(deps: MessageDeps, memberId: string) {
	// One query when there is none (the usual case): the member's threads, those without a specialist kept.
	const archived = (await deps.store.unreadCounts(memberId)).filter(
		(row) => row.memberId === memberId && row.specialistId === null
	);
	return Promise.all(
		archived.map(async ({ threadId: id }) => ({
			id,
			messages: (await listMessages(deps, memberId, id)).map((message) => forReader(message, memberId))
		}))
	);
}

/** What a thread page shows: the messages, which were new to the reader, and the count; then marks them read. */
export async function viewThread(deps: MessageDeps, readerId: string, thread: Thread) {
	const lastRead = await deps.store.lastRead(thread.id, readerId);
	const messages = (await listMessages(deps, readerId, thread.id)).map((message) => ({
		...forReader(message, readerId),
		isNew: message.senderId !== readerId && (lastRead === null || message.createdAt > lastRead)
	}));
	// Read up to the newest message shown (not "now"): one posted while the page was made stays unread.
	const newest = messages.at(-1);
	if (newest) await deps.store.markRead(thread.id, readerId, newest.createdAt);
	return { messages, unread: messages.filter((message) => message.isNew).length };
}

/** Everything a thread page needs, for the reader (member or specialist). */
export async function threadPage(deps: ThreadDeps, readerId: string, thread: Thread) {
	const view = await viewThread(deps, readerId, thread);
	const lastOwn = view.messages.findLast((message) => message.mine);
	const level = readerId === thread.memberId && lastOwn ? levelToShow(lastOwn.crisis, lastOwn.crisisLevel) : null;
	return {
		thread: { id: thread.id, as: readerId === thread.memberId ? ('member' as const) : ('specialist' as const) },
		otherName: await otherSideName(deps.names, thread, readerId),
		messages: view.messages,
		unread: view.unread,
		// The member's latest message speaks of a crisis: the page shows that level's crisis help first, with the
		// words that raised it (read again: only the level is stored), until they write again.
		crisisNow: level && {
			level,
			words: readStory(lastOwn!.body, await deps.store.memberLanguage(thread.memberId)).spans.map((s) => s.quote)
		}
	};
}
