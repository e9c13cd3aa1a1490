import type { SecurityLog } from '../security/events.ts';
import type { Mailer } from '../shared/mailer.ts';

// What the account use-cases need from the world, so they can be tested without HTTP, and run on either database.

export interface MemberRecord {
	id: string;
	email: string;
	emailVerifiedAt: string | null;
	passwordHash: string;
	locale: string;
}

export interface Members {
	findByEmail(email: string): Promise<MemberRecord | undefined>;
	findById(id: string): Promise<MemberRecord | undefined>;
	/** Inserts a new member; resolves false when the address is taken (a race with another sign-up). */
	create(member: MemberRecord, now: Date): Promise<boolean>;
	markEmailVerified(id: string, email: string, now: Date): Promise<boolean>;
	/** Sets a new password hash; confirms the address too, since the reset link reached it. */
	setPassword(id: string, passwordHash: string, now: Date): Promise<void>;
	/** Moves the account to a new, confirmed address; false if another account took it meanwhile. */
	changeEmail(id: string, email: string, now: Date): Promise<boolean>;
	/**
	 * Deletes the member and every row that names them, in every table (jobs, invitations, a specialist's notes
	 * included); a departing specialist's clients keep their threads, archived and read only.
	 */
	remove(id: string): Promise<void>;
}

export interface Sessions {
	/** Ends every session of a member: on a password reset, no old session survives. */
	endAll(memberId: string): Promise<void>;
	/** Ends every session of the member but the one given (this browser's); answers how many ended. */
	endOthers(memberId: string, keepIdHash: string): Promise<number>;
	/** Records that the member proved who they are on this session, as of `now`. */
	markProved(idHash: string, now: Date): Promise<void>;
}

/** The signed-in session a request comes with: whose, which, and when they last proved who they are. */
export interface SignedIn {
	memberId: string;
	sessionIdHash: string;
	/** ISO 8601, or null when never on this session. */
	provedAt: string | null;
}

export type TokenPurpose = 'verify-email' | 'reset-password' | 'change-email';

export interface EmailTokens {
	/** Stores a new single-use token (only its hash) and returns the token for the link. */
	issue(memberId: string, email: string, purpose: TokenPurpose, expiresAt: Date): Promise<string>;
	/** Consumes a token: valid once, before it expires; answers whose it was and for which address. */
	consume(token: string, purpose: TokenPurpose, now: Date): Promise<{ memberId: string; email: string } | null>;
}

export interface Passwords {
	/** A catalogue key under `errors` when the new password is not acceptable. */
	problemWith(password: string, email: string): string | null;
	hash(password: string): Promise<string>;
	verify(hash: string, password: string): Promise<boolean>;
	/** A real hash of no one's password: checked when there is no account, so a miss takes as long as a hit. */
	readonly decoyHash: string;
}

export interface Limiter {
	/** Counts one attempt; false when the limit for this subject is reached, with the seconds to wait. */
	attempt(limit: string, subject: string, now: Date): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
	clear(limit: string, subject: string): Promise<void>;
}

export interface AccountDeps {
	members: Members;
	tokens: EmailTokens;
	passwords: Passwords;
	limiter: Limiter;
	sessions: Sessions;
	mailer: Mailer;
	events: SecurityLog;
	newId(): string;
	/** An absolute link for an e-mail, with a single-use token when given: link('/en/account/confirm', token). */
	link(path: string, token?: string): string;
}
