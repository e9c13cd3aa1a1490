// Ending the account session from pages that cannot see it (the session cookie is HttpOnly, and most pages are
// prerendered): quick exit and "Wipe this device" ask the server to sign out. Without an account, or already
// signed out, the server simply answers 204. The answer's Clear-Site-Data does the rest (clear-site-data.ts).

const signOutPath = '/api/v1/auth/signout';

/**
 * For quick exit: a beacon, queued by the browser and delivered even as the page is left, so leaving never
 * waits for the network. A POST with the cookie and no custom header, which the cross-site check accepts.
 */
export function signOutByBeacon(): void {
	try {
		navigator.sendBeacon(signOutPath);
	} catch {
		// No beacons here (or refused): leaving comes first; the session still ends at its idle timeout.
	}
}

/**
 * For "Wipe this device": the same request, but awaited, because the page then says what was done and must not
 * say "signed out" unless the server answered. keepalive lets it finish even if the person leaves at once.
 */
export async function signOutEverything(): Promise<boolean> {
	try {
		const response = await fetch(`${signOutPath}?clear=device`, { method: 'POST', keepalive: true });
		return response.ok;
	} catch {
		return false;
	}
}
