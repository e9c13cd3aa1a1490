import { cursorOf, parseCursor, requireAdmin, type AuditCursor } from './admin.ts';
import type { Staff } from './create-admin.ts';

// The admin log (issue 11): every change made from the admin pages and API, so that a stolen admin session
// that changes the crisis numbers, invites a puppet specialist or reassigns a request leaves a trace every
// other admin sees. An entry is who, what kind, on what id, when: never a story, a note or a member's address.
// It only grows: the store has no update or delete, and the database refuses both (migration 017).

export const adminLogKinds = [
	'organisation_saved',
	'invite_sent',
	'invite_accepted',
	'request_assigned',
	'request_closed',
	'specialist_profile_saved'
] as const;
export type AdminLogKind = (typeof adminLogKinds)[number];

export interface AdminLogEntry {
	id: string;
	actorId: string;
	kind: AdminLogKind;
	/** The id it was done on: the request, the specialist, the invitation (its token's hash), 'org'. */
	subjectId: string;
	at: string;
}

/** An entry as admins read it: with the address of the staff member who did it (null once their account is gone). */
export interface AdminLogView extends AdminLogEntry {
	actorEmail: string | null;
}

export interface AdminLog {
	append(entry: AdminLogEntry): Promise<void>;
	/** Entries older than the cursor (all when null), newest first, at most `limit`. */
	page(before: AuditCursor | null, limit: number): Promise<AdminLogView[]>;
}

export const adminLogPageSize = 50;

/** Every admin reads the whole log, a page at a time, newest first; to anyone else it does not exist. */
export async function adminLogForAdmin(
	deps: { staff: Staff; adminLog: AdminLog },
	adminId: string,
	before: string | null | undefined
): Promise<{ entries: AdminLogView[]; nextBefore: string | null }> {
	await requireAdmin(deps.staff, adminId);
	const rows = await deps.adminLog.page(parseCursor(before), adminLogPageSize + 1);
	const entries = rows.slice(0, adminLogPageSize);
	return { entries, nextBefore: rows.length > adminLogPageSize ? cursorOf(entries.at(-1)!) : null };
}
