import type { RequestEvent } from '@sveltejs/kit';
import { getApp } from '../app/index.ts';
import { setSessionCookie } from './cookie.ts';
import { device } from './device.ts';
import type { SessionProof } from './session.ts';

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
	const session = await (
		await getApp()
	).accountSessions.begin(
		memberId,
		{ device: device(event.request.headers.get('user-agent')), replacing: event.locals.sessionIdHash, proof },
		now
	);
	setSessionCookie(event.cookies, session.token, session.expiresAt);
}
