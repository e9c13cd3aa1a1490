import type { ColumnType } from 'kysely';
import type { CreatedAt } from './columns.ts';

// Accounts (migrations 001, 004, 008, 015): members, their sessions and passkeys, e-mail links, rate limits
// and the security log.

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
	kind: import('../../../core/security/events.ts').SecurityEventKind;
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
