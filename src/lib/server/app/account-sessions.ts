// A member's signed-in sessions: beginning one after a sign-in, the list on the account page, and ending them
// (this one, another, or all the others), each end recorded in the security log with the request's device.

import type { Kysely } from 'kysely';
import { createSession, endOtherSessions, endSession, type SessionPolicy, type SessionProof } from '../auth/session.ts';
import { deleteMemberSession, listMemberSessions } from '../db/repositories/sessions.ts';
import { securityLogRepository } from '../db/repositories/security-events.ts';
import type { Database } from '../db/schema.ts';
import type { Infrastructure } from './infrastructure.ts';

export interface SessionStart {
	/** The browser-and-system summary the session list shows. */
	device: string;
	/** The session this browser had until now, if any: ended, never upgraded. */
	replacing?: string | null;
	proof?: SessionProof;
}

/** A new session, its token for the cookie; the one this browser had before, if any, ends. */
export async function startSession(
	db: Kysely<Database>,
	policy: SessionPolicy,
	memberId: string,
	{ device, replacing, proof = 'password' }: SessionStart,
	now: Date
) {
	if (replacing) await endSession(db, replacing);
	return createSession(db, memberId, device, now, policy, proof);
}

export function accountSessionsApp({ connection, sessionPolicy }: Infrastructure, clock = () => new Date()) {
	const { db } = connection;
	const log = (device: string) => securityLogRepository(db, device);
	return {
		begin: (memberId: string, start: SessionStart, now = clock()) =>
			startSession(db, sessionPolicy, memberId, start, now),
		/** The member's sessions, most recently active first; `current` marks this browser's. */
		list: async (memberId: string, currentIdHash: string) =>
			(await listMemberSessions(db, memberId)).map((row) => ({
				id: row.id_hash,
				device: row.device,
				createdAt: row.created_at,
				lastSeenAt: row.last_seen_at,
				current: row.id_hash === currentIdHash
			})),
		/** Ends this browser's session; signed in as a member, it is logged. */
		signOut: async (sessionIdHash: string | null, memberId: string | null, device: string) => {
			if (sessionIdHash) await endSession(db, sessionIdHash);
			if (memberId) await log(device).record(memberId, 'signed-out', clock());
		},
		/** Scoped to this member: one member can never end another's session, whatever id is given. */
		end: async (memberId: string, idHash: string, device: string) => {
			if (await deleteMemberSession(db, memberId, idHash)) await log(device).record(memberId, 'session-ended', clock());
		},
		endOthers: async (memberId: string, keepIdHash: string, device: string) => {
			if ((await endOtherSessions(db, memberId, keepIdHash)) > 0)
				await log(device).record(memberId, 'other-sessions-ended', clock());
		}
	};
}

export type AccountSessionsApp = ReturnType<typeof accountSessionsApp>;
