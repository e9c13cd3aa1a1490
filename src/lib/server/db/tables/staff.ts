import type { CreatedAt } from './columns.ts';

// Staff and the organisation (migrations 011, 012, 014, 017): roles, specialist profiles, invitations, the
// organisation's settings and the admin log.

export interface StaffTable {
	member_id: string;
	role: 'admin' | 'specialist';
	created_at: CreatedAt;
}

export interface SpecialistProfileTable {
	member_id: string;
	display_name: string;
	/** JSON array of 'en' | 'es'. */
	languages: string;
	/** JSON array of the relationships the specialist focuses on. */
	focus: string;
	/** Most open clients at once. */
	capacity: number;
	/** IANA name, like America/New_York. */
	time_zone: string;
	updated_at: string;
}

export interface StaffInviteTable {
	/** SHA-256 of the token in the link; the token itself is never stored. */
	token_hash: string;
	email: string;
	role: 'admin' | 'specialist';
	invited_by: string;
	created_at: CreatedAt;
	expires_at: string;
	used_at: string | null;
}

export interface OrganisationTable {
	/** Always 'org': one organisation per installation. */
	id: string;
	name: string;
	updated_at: string;
	/** The organisation's crisis resources as JSON (migration 014); null: the deployment's file applies. */
	crisis_resources: string | null;
}

/** What an admin did, on what id, when (migration 017): append-only, no personal text. */
export interface AdminLogTable {
	id: string;
	actor_id: string;
	kind: string;
	subject_id: string;
	at: string;
}
