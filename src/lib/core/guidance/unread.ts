import type { MessageDeps, ThreadUnread } from './message-ports.ts';
import { usableThreads } from './thread-access.ts';

// What a person has not read, for any page that shows a count. Only threads the person may still use count (a
// specialist no longer assigned to a client sees nothing of that thread); two queries at most, however many.

/** For each thread this person may use: how many messages from the other side they have not read. */
export async function unreadCounts(
	deps: Pick<MessageDeps, 'store' | 'assignments'>,
	readerId: string
): Promise<ThreadUnread[]> {
	const rows = await usableThreads(deps, readerId, await deps.store.unreadCounts(readerId));
	return rows.map((row) => ({ threadId: row.threadId, unread: row.unread }));
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
	for (const row of await usableThreads(deps, personId, await deps.store.unreadCounts(personId))) {
		const other = row.memberId === personId ? row.specialistId : row.memberId;
		summary.total += row.unread;
		summary.byThread[row.threadId] = row.unread;
		// An archived thread's other side has left: its unread messages count, under no one.
		if (other) summary.byPerson[other] = (summary.byPerson[other] ?? 0) + row.unread;
	}
	return summary;
}
