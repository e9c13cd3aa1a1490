import { z } from 'zod';
import type { EventBus } from '../events/bus.ts';
import { readStory } from '../message-check/story.ts';
import type { CrisisLevel, MessageLocale } from '../message-check/types.ts';
import { DomainError } from '../shared/errors.ts';
import { parseInput } from '../shared/parse.ts';
import { storableText } from '../shared/text.ts';
import type { Assignments } from './assignments.ts';

// Secure message threads between a member and their family recovery specialist (issue #5).
//
// - A thread is one (member, specialist) pair. Only its member, or its specialist while assigned to that
//   member, may read or post; to anyone else the thread does not exist (not_found, exactly like a missing one).
// - Bodies are stored encrypted (the store's job); every message is read as readStory reads a family member's
//   story, in the member's language, and only its crisis flag and level are kept, so the page can show crisis
//   resources at once, to both sides. Both sides write about the loved one in the third person, so the story
//   reading counts (message-check/story.ts): "she says she wants to die" is a crisis. A specialist's own
//   question ("has he talked about suicide?") flags too: the resources it shows cost little, and a rule that
//   tells the two apart would also miss real reports.
// - After the message is stored (committed), `thread:<id>` {messageId} goes on the event bus: live streams on
//   any instance read the message back from the database. Publishing is best effort; a reload shows it anyway.
// - The other side is told by e-mail that a message is waiting, never what it says. One e-mail per unread
//   stretch: the notice is keyed by the recipient's last read time, so a burst of messages before they read
//   the thread gives one e-mail, and the next message after they read it gives the next one.

export const MAX_MESSAGE_LENGTH = 5000;

export const postMessageInput = z
	.object({
		body: storableText(MAX_MESSAGE_LENGTH, 'messageTooLong').refine((text) => text.trim() !== '', 'messageEmpty')
	})
	.strict();

/** POST /api/v1/threads: the other person of the thread (one's own specialist, or one's assigned client). */
export const openThreadInput = z
	.object({
		with: z
			.string({ error: 'threadWithInvalid' })
			.max(64, 'threadWithInvalid')
			.regex(/^[A-Za-z0-9_-]+$/, 'threadWithInvalid')
	})
	.strict();

/** `?since=` of a thread's messages: an ISO date and time in UTC. */
export const sinceInput = z.iso.datetime({ offset: false, error: 'sinceInvalid' });

export interface Thread {
	id: string;
	memberId: string;
	/** Null once the specialist's account is deleted: the thread stays the member's, archived. */
	specialistId: string | null;
	createdAt: string;
	/** When the specialist left: the member reads the thread, no one writes in it. */
	archivedAt: string | null;
}

export interface Message {
	id: string;
	threadId: string;
	senderId: string;
	body: string;
	/** The message check found crisis language in it: show crisis resources with it. */
	crisis: boolean;
	/** How soon: `urgent` or `concern`; null when crisis is false, and on messages written before levels. */
	crisisLevel: CrisisLevel | null;
	createdAt: string;
}

/** Where a message stands in its thread: messages are ordered by (createdAt, id). */
export interface MessagePosition {
	createdAt: string;
	id: string;
}

export interface ThreadUnread {
	threadId: string;
	unread: number;
}

/** Messages at rest: the store encrypts and decrypts bodies. */
export interface MessageStore {
	thread(threadId: string): Promise<Thread | undefined>;
	threadBetween(memberId: string, specialistId: string): Promise<Thread | undefined>;
	/** Creates the pair's thread, or returns the one that is there (two people opening it at once get one). */
	openThread(thread: Thread): Promise<Thread>;
	insert(message: Message): Promise<void>;
	message(threadId: string, messageId: string): Promise<Message | undefined>;
	/** Oldest first; only those after the position (by time, then id) or after the time, when given. */
	list(threadId: string, after?: MessagePosition | { since: string }): Promise<Message[]>;
	lastRead(threadId: string, readerId: string): Promise<string | null>;
	/** Moves the reader's mark forward (never back) to `at`. */
	markRead(threadId: string, readerId: string, at: string): Promise<void>;
	/** The language the member chose for their account: their thread's messages are read in it. */
	memberLanguage(memberId: string): Promise<MessageLocale>;
	/** Every thread the person is in, as member or specialist, with what the other side wrote since their mark. */
	unreadCounts(readerId: string): Promise<(ThreadUnread & { memberId: string; specialistId: string | null })[]>;
}

/** Tells the recipient a message is waiting. `since` is their last read mark: one notice per (thread, since). */
export interface MessageNotices {
	waiting(notice: { threadId: string; recipientId: string; since: string | null }, now: Date): Promise<void>;
}

export interface MessageDeps {
	store: MessageStore;
	assignments: Assignments;
	bus: EventBus;
	notices: MessageNotices;
	newId(): string;
	/** Told when publishing or the notice fails: neither ever undoes a message that was stored. */
	onError?(error: unknown): void;
}

export const threadChannel = (threadId: string) => `thread:${threadId}`;

const notFound = () => new DomainError('not_found', 'no such thread');

type ThreadPair = Pick<Thread, 'memberId' | 'specialistId'>;

async function mayUse(deps: Pick<MessageDeps, 'assignments'>, thread: ThreadPair, personId: string): Promise<boolean> {
	if (personId === thread.memberId) return true;
	return personId === thread.specialistId && (await deps.assignments.isAssigned(thread.specialistId, thread.memberId));
}

/** A specialist who left: the thread is the member's to read, and closed to new messages. */
export const isArchived = (thread: Pick<Thread, 'archivedAt' | 'specialistId'>): boolean =>
	thread.archivedAt !== null || thread.specialistId === null;

/** The thread, when this person may read and post in it; otherwise not_found. */
export async function threadFor(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	personId: string,
	threadId: string
): Promise<Thread> {
	const thread = await deps.store.thread(threadId);
	if (!thread || !(await mayUse(deps, thread, personId))) throw notFound();
	return thread;
}

/** Opens (or finds) the thread between a member and their assigned specialist; either of them may ask. */
export async function openThread(
	deps: Pick<MessageDeps, 'store' | 'assignments' | 'newId'>,
	personId: string,
	pair: { memberId: string; specialistId: string },
	now: Date
): Promise<Thread> {
	const { memberId, specialistId } = pair;
	const assigned = memberId !== specialistId && (await deps.assignments.isAssigned(specialistId, memberId));
	if (!assigned || (personId !== memberId && personId !== specialistId)) throw notFound();
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
		await deps.bus.publish(threadChannel(threadId), { messageId: message.id });
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

/** For each thread this person may use: how many messages from the other side they have not read. */
export async function unreadCounts(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string
): Promise<ThreadUnread[]> {
	const rows = await deps.store.unreadCounts(readerId);
	const open: ThreadUnread[] = [];
	for (const row of rows) {
		if (await mayUse(deps, row, readerId)) open.push({ threadId: row.threadId, unread: row.unread });
	}
	return open;
}

/** Unread messages for one person, together, by thread, and by the other side (for counts on pages). */
export interface UnreadSummary {
	total: number;
	byThread: Record<string, number>;
	/** The specialist's id for a member; the client's (member) id for a specialist. */
	byPerson: Record<string, number>;
}

/** What this person has not read, in the threads they may still use (an unassigned specialist's do not count). */
export async function unreadSummary(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	personId: string
): Promise<UnreadSummary> {
	const summary: UnreadSummary = { total: 0, byThread: {}, byPerson: {} };
	for (const row of await deps.store.unreadCounts(personId)) {
		if (!(await mayUse(deps, row, personId))) continue;
		const other = row.memberId === personId ? row.specialistId : row.memberId;
		summary.total += row.unread;
		summary.byThread[row.threadId] = row.unread;
		// An archived thread's other side has left: its unread messages count, under no one.
		if (other) summary.byPerson[other] = (summary.byPerson[other] ?? 0) + row.unread;
	}
	return summary;
}

export type { Assignments };
