import { unreadSummary, type UnreadSummary } from '#lib/core/guidance/messages.ts';
import { guidanceWiring } from './wiring.ts';

// Unread messages for one person, for any page that shows a count (the account's nav "Messages (2)", the
// specialist's caseload): `total`, `byThread`, and `byPerson` (the other side's id). Only threads the person may
// still read count: a specialist no longer assigned to a client sees nothing of that thread.

export type Unread = UnreadSummary;

export async function unreadFor(personId: string): Promise<Unread> {
	return unreadSummary((await guidanceWiring()).reading, personId);
}
