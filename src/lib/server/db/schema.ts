import type { ColumnType, Generated } from 'kysely';
import type { CrisisLevel } from '../../core/message-check/types.ts';

// The tables, as Kysely sees them. Times are ISO 8601 UTC strings in both dialects, so they compare and sort
// the same on SQLite and PostgreSQL. Columns ending in _enc hold AES-256-GCM ciphertext (with its key id).

type CreatedAt = ColumnType<string, string, never>;

export interface MemberTable {
	id: string;
	/** Lower-cased and trimmed; unique. */
	email: string;
	email_verified_at: string | null;
	password_hash: string;
	locale: string;
	created_at: CreatedAt;
	updated_at: string;
}

export interface SessionTable {
	/** SHA-256 of the session token: a stolen database row cannot be used as a cookie. */
	id_hash: string;
	member_id: string;
	created_at: CreatedAt;
	last_seen_at: string;
	/** The absolute end of the session, whatever the activity. */
	expires_at: string;
	/** A short description of the device ("Chrome on Android"), for the member's list of sessions. */
	device: string;
	/** When the session was proven with a second factor (migration 017); null: password alone. */
	second_factor_at: string | null;
	/** When the member last proved who they are here (sign-in, password or passkey again); null: never. */
	proved_at: string | null;
}

export interface SecurityEventTable {
	id: string;
	/** Null for a failed sign-in with an address that has no account: the row never says who tried. */
	member_id: string | null;
	kind: import('../../core/security/events.ts').SecurityEventKind;
	/** A word from a fixed list (a staff role, a shared item), never free text. */
	detail: string | null;
	occurred_at: string;
	/** "Firefox · Linux": the browser and system named by the user agent, nothing more. */
	device: string;
}

export interface EmailTokenTable {
	token_hash: string;
	member_id: string;
	purpose: 'verify-email' | 'reset-password' | 'change-email';
	/** The address the link was sent to: verifying only counts if it still matches. */
	email: string;
	created_at: CreatedAt;
	expires_at: string;
}

export interface RateLimitTable {
	key: string;
	window_start: string;
	count: number;
}

export interface ReachOutTable {
	id: string;
	member_id: string;
	occurred_at: string;
	channel: string;
	said_enc: string;
	did_enc: string;
	decision: string | null;
	note_enc: string;
	/** The device reach-out this one was imported from, if any: importing it again adds nothing. */
	source_id: ColumnType<string | null, string | null | undefined, never>;
	created_at: CreatedAt;
	updated_at: string;
}

export interface ContactTable {
	id: string;
	member_id: string;
	source_id: string | null;
	name_enc: string;
	phone_enc: string;
	created_at: CreatedAt;
}

export interface PlanVersionTable {
	id: string;
	member_id: string;
	version: number;
	/** The five lists, as JSON. */
	lists_enc: string;
	created_at: CreatedAt;
}

export interface PasskeyTable {
	/** Our own id, for the member's list and the remove button; never the credential's id. */
	id: string;
	member_id: string;
	/** The credential's id, base64url: unique across all members. */
	credential_id: string;
	/** The COSE public key, base64url. Not secret: it only checks signatures. */
	public_key: string;
	/** bigint: PostgreSQL answers it as a string, SQLite as a number. */
	counter: ColumnType<number | string, number, number>;
	/** The authenticator's transports, as a JSON array of strings. */
	transports: string;
	/** A short description of the device it was added on ("Chrome · Android"). */
	device: string;
	created_at: CreatedAt;
	last_used_at: string | null;
}

export interface WebauthnChallengeTable {
	id: string;
	/** Who is adding a passkey; null for a sign-in, where no one is known yet. */
	member_id: string | null;
	purpose: 'register' | 'signin';
	/** The challenge, base64url, as sent in the options. */
	challenge: string;
	expires_at: string;
}

export interface CheckInTable {
	id: string;
	member_id: string;
	/** The Monday of the week, YYYY-MM-DD. */
	week: string;
	/** The answers, as JSON. */
	answers_enc: string;
	created_at: CreatedAt;
	updated_at: string;
}

export interface AvailabilityTable {
	specialist_id: string;
	/** Weekly hours, as JSON: [{ weekday 1-7, start "HH:MM", end "HH:MM" }], in time_zone. */
	rules: string;
	/** Single dates, as JSON: [{ date, closed: true }] or [{ date, start, end }] for extra hours. */
	exceptions: string;
	time_zone: string;
	session_minutes: number;
	step_minutes: number;
	updated_at: string;
}

export interface BookingTable {
	id: string;
	specialist_id: string;
	member_id: string;
	starts_at: string;
	ends_at: string;
	state: 'booked' | 'cancelled';
	created_at: CreatedAt;
	cancelled_at: string | null;
	/** The booking this one replaced when it was moved. */
	moved_from: string | null;
	/** The first booking of a chain of moves: one calendar UID for all of them. */
	series_id: string;
	/** How many times the session was moved (the calendar SEQUENCE). */
	sequence: number;
}

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

export interface GuidanceRequestTable {
	id: string;
	member_id: string;
	relationship: string;
	story_enc: string;
	urgency: string;
	language: string;
	times_enc: string;
	/** 1 when the message check found words of a crisis (integer on both databases). */
	crisis: number;
	/** 'urgent' or 'concern' when crisis is 1 (migration 019); null otherwise, and on rows flagged before it. */
	crisis_level: ColumnType<CrisisLevel | null, CrisisLevel | null | undefined, CrisisLevel | null>;
	state: 'waiting' | 'assigned' | 'closed';
	specialist_id: string | null;
	created_at: CreatedAt;
	updated_at: string;
}

/** One-time data steps that need the keys (migration 018): a row once the step has run to the end. */
export interface DataStepTable {
	name: string;
	done_at: string;
}

export interface SchemaMigrationTable {
	name: string;
	applied_at: string;
}

export interface Database {
	guidance_requests: GuidanceRequestTable;
	staff: StaffTable;
	specialist_profiles: SpecialistProfileTable;
	staff_invites: StaffInviteTable;
	organisation: OrganisationTable;
	members: MemberTable;
	sessions: SessionTable;
	admin_log: AdminLogTable;
	security_events: SecurityEventTable;
	email_tokens: EmailTokenTable;
	rate_limits: RateLimitTable;
	reach_outs: ReachOutTable;
	plan_versions: PlanVersionTable;
	contacts: ContactTable;
	passkeys: PasskeyTable;
	webauthn_challenges: WebauthnChallengeTable;
	check_ins: CheckInTable;
	availability: AvailabilityTable;
	bookings: BookingTable;
	jobs: import('../jobs/table.ts').JobTable;
	consents: ConsentTable;
	audit_log: AuditLogTable;
	specialist_notes: SpecialistNoteTable;
	message_threads: import('../guidance/tables.ts').MessageThreadTable;
	messages: import('../guidance/tables.ts').MessageTable;
	thread_reads: import('../guidance/tables.ts').ThreadReadTable;
	data_steps: DataStepTable;
}

export type { Generated };
