import type { Cookies } from '@sveltejs/kit';
import { sessionCookie } from '../public-origin.ts';

// The session cookie: HttpOnly, SameSite=Lax, Path=/. When ORIGIN is https it is `__Host-porchlight_session` and
// Secure; over http it is `porchlight_session` without Secure (src/lib/server/http/origin.ts says why).
export const sessionCookieName = sessionCookie.name;
const sessionAttributes = { path: '/', httpOnly: true, sameSite: 'lax', secure: sessionCookie.secure } as const;

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, { ...sessionAttributes, expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, sessionAttributes);
}

// A passkey ceremony's challenge id: short-lived, sent only to the passkey endpoints, read once. Its path rules
// out `__Host-`; over https it is Secure like the session's.
export const challengeCookieName = 'porchlight_webauthn';
const challengeCookie = {
	path: '/api/v1/auth/passkeys',
	httpOnly: true,
	sameSite: 'lax',
	secure: sessionCookie.secure
} as const;

export function setChallengeCookie(cookies: Cookies, challengeId: string, maxAgeSeconds: number): void {
	cookies.set(challengeCookieName, challengeId, { ...challengeCookie, maxAge: maxAgeSeconds });
}

/** The challenge id of the ceremony under way, if any; the cookie is gone after this, whatever the outcome. */
export function takeChallengeCookie(cookies: Cookies): string | undefined {
	const id = cookies.get(challengeCookieName);
	if (id) cookies.delete(challengeCookieName, challengeCookie);
	return id;
}
