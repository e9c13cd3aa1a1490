import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import * as sessions from '../db/repositories/sessions.ts';
import { securityLogRepository } from '../db/repositories/security-events.ts';

// Sessions after the Copenhagen Book: a random 160-bit token in the cookie, only its SHA-256 in the database;
// an idle timeout and an absolute lifetime; a new token at every sign-in; all of a member's sessions end on a
// password reset.

export interface SessionPolicy {
	idleMs: number;
	absoluteMs: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

/** Recording activity at most once a minute keeps a busy page from writing on every request. */
const touchEveryMs = 60_000;

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** How a sign-in was proven: a passkey counts as a second factor (possession plus the device's own lock). */
export type SessionProof = 'password' | 'passkey';

export interface NewSession {
	token: string;
	/** When the cookie should expire: after the idle timeout, renewed by each request up to the absolute end. */
	expiresAt: Date;
}

export async function createSession(
	db: Kysely<Database>,
	memberId: string,
	device: string,
	now: Date,
	policy = defaultSessionPolicy,
	proof: SessionProof = 'password'
): Promise<NewSession> {
	const token = randomBytes(20).toString('base64url');
	const absoluteEnd = new Date(now.getTime() + policy.absoluteMs);
	await sessions.insertSession(db, {
		id_hash: hashToken(token),
		member_id: memberId,
		created_at: now.toISOString(),
		last_seen_at: now.toISOString(),
		expires_at: absoluteEnd.toISOString(),
		device: device.slice(0, 80),
		second_factor_at: proof === 'passkey' ? now.toISOString() : null,
		// Signing in is proof of who they are, as of now.
		proved_at: now.toISOString()
	});
	return { token, expiresAt: new Date(Math.min(absoluteEnd.getTime(), now.getTime() + policy.idleMs)) };
}

export interface ValidSession {
	idHash: string;
	memberId: string;
	/** Whether the session was proven with a second factor (what staff pages require). */
	secondFactor: boolean;
	/** When the cookie should expire: the sooner of idle and absolute ends. */
	expiresAt: Date;
	/** When the member last proved who they are on this session (ISO 8601), if ever. */
	provedAt: string | null;
}

/** The session a token belongs to, if it is still valid; an expired one is deleted on sight. */
export async function validateSessionToken(
	db: Kysely<Database>,
	token: string,
	now: Date,
	policy = defaultSessionPolicy
): Promise<ValidSession | null> {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	const idHash = hashToken(token);
	const row = await sessions.findSession(db, idHash);
	if (!row || (await endedOnSight(db, row, now, policy))) return null;
	const lastSeen = Date.parse(row.last_seen_at);
	const absoluteEnd = Date.parse(row.expires_at);
	if (now.getTime() - lastSeen >= touchEveryMs) await sessions.touchSession(db, idHash, now.toISOString());
	return {
		idHash,
		memberId: row.member_id,
		secondFactor: row.second_factor_at !== null,
		expiresAt: new Date(Math.min(absoluteEnd, now.getTime() + policy.idleMs)),
		provedAt: row.proved_at
	};
}

/** Marks a session as proven with a second factor from now on (see markSecondFactor's callers for when). */
export async function proveSecondFactor(db: Kysely<Database>, idHash: string, now: Date): Promise<void> {
	await sessions.markSecondFactor(db, idHash, now.toISOString());
}

/** Whether the session is past its idle or absolute end; if so it is deleted, so every check after agrees. */
async function endedOnSight(
	db: Kysely<Database>,
	row: sessions.SessionRow,
	now: Date,
	policy: SessionPolicy
): Promise<boolean> {
	const absolute = now.getTime() >= Date.parse(row.expires_at);
	const idle = now.getTime() - Date.parse(row.last_seen_at) >= policy.idleMs;
	if (!absolute && !idle) return false;
	// Logged by the one request that deleted it, so two requests racing on an expired cookie log it once.
	if (await sessions.deleteSession(db, row.id_hash))
		await securityLogRepository(db).record(row.member_id, 'session-expired', now, absolute ? 'absolute' : 'idle');
	return true;
}

/**
 * Whether a session is still live, for a response that outlasts its request (the live message stream re-asks
 * at every event and heartbeat). Unlike validateSessionToken this records no activity: a stream held open by a
 * tab nobody looks at must not keep a session alive until its absolute end, or an unattended, signed-in phone
 * would never reach its idle timeout. Activity is what the person does: pages, posts, a reconnecting stream.
 */
export async function isSessionLive(
	db: Kysely<Database>,
	idHash: string,
	now: Date,
	policy = defaultSessionPolicy
): Promise<boolean> {
	const row = await sessions.findSession(db, idHash);
	return !!row && !(await endedOnSight(db, row, now, policy));
}

export async function endSession(db: Kysely<Database>, idHash: string): Promise<void> {
	await sessions.deleteSession(db, idHash);
}

export async function endAllSessions(db: Kysely<Database>, memberId: string): Promise<void> {
	await sessions.deleteAllMemberSessions(db, memberId);
}

/** Ends every session of the member but `keepIdHash` (this browser's); answers how many ended. */
export async function endOtherSessions(db: Kysely<Database>, memberId: string, keepIdHash: string): Promise<number> {
	return sessions.deleteOtherMemberSessions(db, memberId, keepIdHash);
}

/** The member proved who they are again on this session (password or passkey), as of `now`. */
export async function markSessionProved(db: Kysely<Database>, idHash: string, now: Date): Promise<void> {
	await sessions.setSessionProvedAt(db, idHash, now.toISOString());
}
