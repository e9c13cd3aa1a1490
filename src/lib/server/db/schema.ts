import type { ColumnType, Generated } from 'kysely';

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
}

export interface EmailTokenTable {
	token_hash: string;
	member_id: string;
	purpose: 'verify-email' | 'reset-password';
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
	created_at: CreatedAt;
	updated_at: string;
}

export interface PlanVersionTable {
	id: string;
	member_id: string;
	version: number;
	/** The five lists, as JSON. */
	lists_enc: string;
	created_at: CreatedAt;
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

export interface SchemaMigrationTable {
	name: string;
	applied_at: string;
}

export interface Database {
	members: MemberTable;
	sessions: SessionTable;
	email_tokens: EmailTokenTable;
	rate_limits: RateLimitTable;
	reach_outs: ReachOutTable;
	plan_versions: PlanVersionTable;
	check_ins: CheckInTable;
}

export type { Generated };
