import type { MessageDeps } from './message-ports.ts';
import { isArchived, usableThreads } from './thread-access.ts';

// A person's threads as a list (GET /api/v1/threads): whose thread it is from their side, the other person's
// name as they may know it, and what they have not read. A constant number of queries, however many threads.

/** The other side of a thread, as the reader may know them: a specialist's display name, a client's e-mail. */
export interface ThreadSummary {
	id: string;
	/** Whether the reader is the thread's member or its specialist. */
	as: 'member' | 'specialist';
	/** Null once the specialist has left (the thread is archived: read only). */
	with: { id: string; name: string } | null;
	archived: boolean;
	unread: number;
	createdAt: string;
}

/** The names a reader knows the other sides by, each map by id, asked for all the threads at once. */
export interface ThreadNames {
	of(people: { specialists: string[]; members: string[] }): Promise<{
		specialists: ReadonlyMap<string, string>;
		members: ReadonlyMap<string, string>;
	}>;
}

/** Every thread the person may use, as member or as specialist, oldest first, with what they have not read. */
export async function listThreads(
	deps: Pick<MessageDeps, 'store' | 'assignments'> & { names: ThreadNames },
	personId: string
): Promise<ThreadSummary[]> {
	const rows = await usableThreads(deps, personId, await deps.store.unreadCounts(personId));
	if (rows.length === 0) return [];
	const asMember = rows.filter((row) => row.memberId === personId);
	const names = await deps.names.of({
		specialists: [...new Set(asMember.flatMap((row) => (row.specialistId ? [row.specialistId] : [])))],
		members: [...new Set(rows.filter((row) => row.memberId !== personId).map((row) => row.memberId))]
	});
	return rows.map((row) => {
		const as = row.memberId === personId ? 'member' : 'specialist';
		const otherId = as === 'member' ? row.specialistId : row.memberId;
		const name = (as === 'member' ? names.specialists : names.members).get(otherId ?? '') ?? '';
		return {
			id: row.threadId,
			as,
			with: otherId ? { id: otherId, name } : null,
			archived: isArchived(row),
			unread: row.unread,
			createdAt: row.createdAt
		};
	});
}
