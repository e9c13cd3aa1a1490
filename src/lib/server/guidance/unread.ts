import { unreadCounts } from '#lib/core/guidance/messages.ts';
import { messageDeps } from './threads.ts';

// Unread messages for one person, for any page that shows a count (the account's nav "Messages (2)", the
// specialist's caseload). Only threads the person may still read count: a specialist no longer assigned to a
// client sees nothing of that thread.

export interface Unread {
	/** Every thread's unread messages together. */
	total: number;
	/** By thread id. */
	byThread: Record<string, number>;
	/** By the other side of the thread: the specialist's id for a member, the client's (member) id for a specialist. */
	byPerson: Record<string, number>;
}

export async function unreadFor(personId: string): Promise<Unread> {
	// The origin is only for the e-mail of a posted message; nothing is posted here.
	const deps = await messageDeps('http://localhost');
	const open = new Set((await unreadCounts(deps, personId)).map((row) => row.threadId));
	const unread: Unread = { total: 0, byThread: {}, byPerson: {} };
	for (const row of await deps.store.unreadCounts(personId)) {
		if (!open.has(row.threadId)) continue;
		const other = row.memberId === personId ? row.specialistId : row.memberId;
		unread.total += row.unread;
		unread.byThread[row.threadId] = row.unread;
		unread.byPerson[other] = (unread.byPerson[other] ?? 0) + row.unread;
	}
	return unread;
}
