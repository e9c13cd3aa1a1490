// The security event log (ASVS V16.3): what happened to an account, when, and on which kind of device. It holds
// no personal text — never an address, a password or anything a person wrote — so it can be kept, exported and
// read without exposing anyone. Use-cases write to it through this port; the database keeps it.

export const securityEventKinds = [
	'sign-in',
	'sign-in-failed',
	'reauthenticated',
	'reset-requested',
	'reset-completed',
	'passkey-added',
	'passkey-removed',
	'password-changed',
	'email-change-requested',
	'email-changed',
	'data-exported',
	'signed-out',
	'session-ended',
	'session-expired',
	'other-sessions-ended',
	'sessions-ended-by-reset',
	'role-granted',
	'role-removed',
	'consent-granted',
	'consent-revoked'
] as const;
export type SecurityEventKind = (typeof securityEventKinds)[number];

/** The kinds a member sees in their sign-in history. */
export const signInKinds: readonly SecurityEventKind[] = ['sign-in', 'sign-in-failed', 'reauthenticated'];

export interface SecurityEvent {
	kind: SecurityEventKind;
	/** When it happened (ISO 8601 UTC). */
	occurredAt: string;
	/** "Firefox · Linux", or "—" when no browser was involved. */
	device: string;
	/** A role or a shared item, from a fixed list; null for most kinds. */
	detail: string | null;
}

export interface SecurityLog {
	/**
	 * Records one event. `memberId` is null when no account is known (a failed sign-in with an unknown address),
	 * so the log never confirms who has an account.
	 */
	record(memberId: string | null, kind: SecurityEventKind, now: Date, detail?: string): Promise<void>;
}

export interface SecurityHistory {
	/** A member's own events, newest first; only the given kinds when named. */
	of(memberId: string, options?: { kinds?: readonly SecurityEventKind[]; limit?: number }): Promise<SecurityEvent[]>;
}

/** A log that keeps nothing: for the use-cases' tests that are not about the log, and for scripts. */
export const noSecurityLog: SecurityLog = { record: async () => undefined };
