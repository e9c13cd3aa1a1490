// The audit log: every time staff open a member's shared data or notes, who, what and when. The member reads
// their own list ("who viewed what"); nothing else of it is shown to anyone.

export const auditedThings = ['plan', 'timeline', 'notes'] as const;
export type AuditedThing = (typeof auditedThings)[number];

/** The role an actor had when they opened the data, as a display role (a catalogue key later). */
export type ActorRole = 'specialist' | 'admin';

export interface AuditEntry {
	id: string;
	/** Whose data was opened. */
	memberId: string;
	actorId: string;
	actorRole: ActorRole;
	what: AuditedThing;
	at: string;
}

export interface AuditStore {
	record(entry: AuditEntry): Promise<void>;
	/** Newest first. */
	of(memberId: string): Promise<AuditEntry[]>;
}

/** Who viewed what of the member's data, newest first. */
export interface AuditView {
	who: { role: ActorRole; id: string };
	what: AuditedThing;
	at: string;
}

export async function auditFor(deps: { audit: AuditStore }, memberId: string): Promise<AuditView[]> {
	const entries = await deps.audit.of(memberId);
	return entries.map((entry) => ({
		who: { role: entry.actorRole, id: entry.actorId },
		what: entry.what,
		at: entry.at
	}));
}
