import type { CreatedAt, CrisisFlag, CrisisLevelColumn } from './columns.ts';

// Personalized guidance (migrations 009, 013, 019): requests, consents, the audit log and specialist notes.

export interface GuidanceRequestTable {
	id: string;
	member_id: string;
	relationship: string;
	story_enc: string;
	urgency: string;
	language: string;
	times_enc: string;
	crisis: CrisisFlag;
	crisis_level: CrisisLevelColumn;
	state: 'waiting' | 'assigned' | 'closed';
	specialist_id: string | null;
	created_at: CreatedAt;
	updated_at: string;
}

export interface ConsentTable {
	id: string;
	/** Whose plan or timeline is shared. */
	member_id: string;
	specialist_id: string;
	item: 'plan' | 'timeline';
	granted_at: string;
	/** Null while the consent is live; at most one live row per (member, specialist, item). */
	revoked_at: string | null;
}

export interface AuditLogTable {
	id: string;
	/** Whose data was opened. */
	member_id: string;
	/** Who opened it; no foreign key, so the entry stays when staff leave. */
	actor_id: string;
	actor_role: string;
	what: 'plan' | 'timeline' | 'notes';
	at: string;
}

export interface SpecialistNoteTable {
	id: string;
	specialist_id: string;
	/** The client the note is about; the member never reads it. */
	member_id: string;
	body_enc: string;
	created_at: CreatedAt;
	updated_at: string;
}
