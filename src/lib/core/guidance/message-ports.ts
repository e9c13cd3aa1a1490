import type { EventBus } from '../events/bus.ts';
import type { EventMap } from '../events/map.ts';
import type { CrisisLevel, MessageLocale } from '../message-check/types.ts';
import type { ThreadAssignments } from './assignments.ts';

// The shapes of threads and messages, and the ports the message use-cases (messages.ts) work through.

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

/** One of a person's threads, with what the other side wrote since the person's mark. */
export type ThreadUnreadRow = ThreadUnread & Omit<Thread, 'id'>;

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
	/** Every thread the person is in, as member or specialist, oldest first, in one query whatever their number. */
	unreadCounts(readerId: string): Promise<ThreadUnreadRow[]>;
}

/** Tells the recipient a message is waiting. `since` is their last read mark: one notice per (thread, since). */
export interface MessageNotices {
	waiting(notice: { threadId: string; recipientId: string; since: string | null }, now: Date): Promise<void>;
}

export interface MessageDeps {
	store: MessageStore;
	assignments: ThreadAssignments;
	bus: EventBus<EventMap>;
	notices: MessageNotices;
	newId(): string;
	/** Told when publishing or the notice fails: neither ever undoes a message that was stored. */
	onError?(error: unknown): void;
}
