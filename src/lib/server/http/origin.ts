// The one public origin (ORIGIN) and what follows from it. Kept free of imports so that the production server
// (server/main.ts, run by Node directly) and the app share these rules.

/** The configured origin, or http://localhost:PORT when none is set. */
export function publicOriginOf(configured: string | undefined, port: number): URL {
	return new URL(configured ?? `http://localhost:${port}`);
}

// A Host header is a host name or an IP literal, and an optional port: nothing that could smuggle a path or user.
// eslint-disable-next-line security/detect-unsafe-regex -- alternatives of disjoint classes, no nested repetition
const hostShape = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** Whether a request's Host names the origin (case and an explicit default port aside). */
export function isOriginHost(host: string | undefined, origin: URL): boolean {
	if (!host || !hostShape.test(host)) return false;
	try {
		return new URL(`${origin.protocol}//${host}`).host === origin.host;
	} catch {
		return false;
	}
}

/**
 * The session cookie's name and Secure flag. Over https: `__Host-porchlight_session`, Secure, so that no
 * subdomain or plain-http page can set or replace it. Over http (a machine of one's own, the tests): the plain
 * name without Secure, since a browser refuses a `__Host-` cookie that is not Secure.
 */
export function sessionCookieOf(origin: URL): { name: string; secure: boolean } {
	const secure = origin.protocol === 'https:';
	return { name: secure ? '__Host-porchlight_session' : 'porchlight_session', secure };
}

/** HSTS follows the origin unless HSTS says otherwise: on for https, never for http (it must not pin localhost). */
export function sendsHsts(origin: URL, configured: boolean | undefined): boolean {
	return origin.protocol === 'https:' && (configured ?? true);
}

// eslint-disable-next-line security/detect-unsafe-regex -- bounded repetition only ({3}, {1,3})
const loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1)$/i;

/**
 * Why the per-address rate limits would count every person as one, if they would: when the server sits behind
 * a proxy (the origin is https, which this plain-http server cannot speak itself, or it listens on loopback only
 * while the origin names another host) and no ADDRESS_HEADER tells it the client's address.
 */
export function proxyAddressWarning(origin: URL, listenHost: string, addressHeader: string | undefined): string | null {
	if (addressHeader) return null;
	if (origin.protocol === 'https:')
		return 'ORIGIN is https, so a proxy terminates TLS in front of this server, but ADDRESS_HEADER is not set: the rate limits per client address will count every person as the proxy. Set ADDRESS_HEADER (and XFF_DEPTH), see docs/operations.md, "Behind a proxy".';
	if (loopback.test(listenHost) && !loopback.test(origin.hostname))
		return `HOST is loopback while ORIGIN is ${origin.origin}, so a proxy forwards to this server, but ADDRESS_HEADER is not set: the rate limits per client address will count every person as the proxy. Set ADDRESS_HEADER (and XFF_DEPTH), see docs/operations.md, "Behind a proxy".`;
	return null;
}

/**
 * Whether a request carries the client's address the way adapter-node will read it: the header is present and
 * not empty and, for X-Forwarded-For, lists at least `depth` addresses. Without this adapter-node throws (500).
 */
export function hasClientAddress(
	headers: Record<string, string | string[] | undefined>,
	addressHeader: string,
	depth: number
): boolean {
	const value = headers[addressHeader.toLowerCase()];
	if (typeof value !== 'string' || value.trim() === '') return false;
	if (addressHeader.toLowerCase() !== 'x-forwarded-for') return true;
	const addresses = value.split(',');
	return addresses.length >= depth && addresses.at(-depth)!.trim() !== '';
}
