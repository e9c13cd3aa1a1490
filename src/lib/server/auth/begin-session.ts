import type { RequestEvent } from '@sveltejs/kit';
import { getInfrastructure } from '../app/infrastructure.ts';
import { setSessionCookie } from './cookie.ts';
import { device } from './device.ts';
import { createSession, endSession, type SessionProof } from './session.ts';

/**
 * After a successful sign-in (password or passkey): a new token every time, so an old session on this browser
 * is ended, never upgraded; the cookie carries the new one.
 */
export async function beginSession(
	event: Pick<RequestEvent, 'locals' | 'cookies' | 'request'>,
	memberId: string,
	now: Date,
	proof: SessionProof = 'password'
): Promise<void> {
	const { connection, sessionPolicy } = await getInfrastructure();
	if (event.locals.sessionIdHash) await endSession(connection.db, event.locals.sessionIdHash);
	const session = await createSession(
		connection.db,
		memberId,
		device(event.request.headers.get('user-agent')),
		now,
		sessionPolicy,
		proof
	);
	setSessionCookie(event.cookies, session.token, session.expiresAt);
}
