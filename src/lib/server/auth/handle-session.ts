import type { Handle } from '@sveltejs/kit/hooks';
import { getInfrastructure } from '../app/infrastructure.ts';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './cookie.ts';
import { validateSessionToken } from './session.ts';

/** Reads the session cookie, if any, into event.locals; the cookie's expiry follows the session's. */
export const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.memberId = null;
	event.locals.sessionIdHash = null;
	event.locals.secondFactor = false;
	event.locals.provedAt = null;
	const token = event.cookies.get(sessionCookieName);
	if (token) {
		const { connection, sessionPolicy } = await getInfrastructure();
		const session = await validateSessionToken(connection.db, token, new Date(), sessionPolicy);
		if (session) {
			event.locals.memberId = session.memberId;
			event.locals.sessionIdHash = session.idHash;
			event.locals.secondFactor = session.secondFactor;
			event.locals.provedAt = session.provedAt;
			setSessionCookie(event.cookies, token, session.expiresAt);
		} else {
			clearSessionCookie(event.cookies);
		}
	}
	return resolve(event);
};
