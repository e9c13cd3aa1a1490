import { DomainError } from '../shared/errors.ts';
import type { MessageDeps, Thread } from './message-ports.ts';

// Who may use a thread: its member, or its specialist while assigned to that member. To anyone else the thread
// does not exist (not_found, exactly like a missing one).

export const threadNotFound = () => new DomainError('not_found', 'no such thread');

type ThreadPair = Pick<Thread, 'memberId' | 'specialistId'>;

export async function mayUse(
	deps: Pick<MessageDeps, 'assignments'>,
	thread: ThreadPair,
	personId: string
): Promise<boolean> {
	if (personId === thread.memberId) return true;
	return personId === thread.specialistId && (await deps.assignments.isAssigned(thread.specialistId, thread.memberId));
}

/** The threads of a list this person may use, asking the assignments once however long the list. */
export async function usableThreads<T extends ThreadPair>(
	deps: Pick<MessageDeps, 'assignments'>,
	personId: string,
	threads: T[]
): Promise<T[]> {
	const asSpecialist = threads.some((thread) => thread.memberId !== personId && thread.specialistId === personId);
	const clients = asSpecialist ? await deps.assignments.clientsOf(personId) : new Set<string>();
	return threads.filter(
		(thread) => thread.memberId === personId || (thread.specialistId === personId && clients.has(thread.memberId))
	);
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
	if (!thread || !(await mayUse(deps, thread, personId))) throw threadNotFound();
	return thread;
}
