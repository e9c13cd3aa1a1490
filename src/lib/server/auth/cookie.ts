import type { Cookies } from '@sveltejs/kit';

// The session cookie: HttpOnly, SameSite=Lax, Secure (SvelteKit leaves it off only on http://localhost).
export const sessionCookieName = 'porchlight_session';

export function setSessionCookie(cookies: Cookies, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', expires: expiresAt });
}

export function clearSessionCookie(cookies: Cookies): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax' });
}
