import type { Cookies } from '@sveltejs/kit';

// The session cookie: HttpOnly, SameSite=Lax, Secure (SvelteKit leaves it off only on http://localhost).
export const sessionCookieName = 'porchlight_session';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}

// A passkey ceremony's challenge id: short-lived, sent only to the passkey endpoints, read once.
export const challengeCookieName = 'porchlight_webauthn';
const challengeCookie = { path: '/api/v1/auth/passkeys', httpOnly: true, sameSite: 'lax' } as const;

export function setChallengeCookie(cookies: Cookies, challengeId: string, maxAgeSeconds: number): void {
	cookies.set(challengeCookieName, challengeId, { ...challengeCookie, maxAge: maxAgeSeconds });
}

/** The challenge id of the ceremony under way, if any; the cookie is gone after this, whatever the outcome. */
export function takeChallengeCookie(cookies: Cookies): string | undefined {
	const id = cookies.get(challengeCookieName);
	if (id) cookies.delete(challengeCookieName, challengeCookie);
	return id;
}
