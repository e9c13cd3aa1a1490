// The headers every response carries, dynamic or prerendered. Kept free of imports so that the production
// server (server/main.ts, run by Node directly) and the SvelteKit hooks share this one definition.

// Built on default-src 'none': each kind of resource the pages use is allowed from this origin by name, and
// nothing else (no plugins, fonts or frames; no inline script or style).
const contentSecurityPolicy = [
	"default-src 'none'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'"
].join('; ');

// Only features Chromium recognises: an unknown one is reported as a console error on every page.
const permissionsPolicy = [
	'accelerometer=()',
	'autoplay=()',
	'camera=()',
	'display-capture=()',
	'geolocation=()',
	'gyroscope=()',
	'magnetometer=()',
	'microphone=()',
	'midi=()',
	'payment=()',
	'usb=()',
	'clipboard-read=()',
	'clipboard-write=(self)',
	'web-share=(self)'
].join(', ');

export const securityHeaders: Readonly<Record<string, string>> = {
	'content-security-policy': contentSecurityPolicy,
	'referrer-policy': 'no-referrer',
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	'permissions-policy': permissionsPolicy,
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin'
};

/** What a script, stylesheet or image needs: the policies above only act on documents and workers. */
export const subresourceHeaders: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'cross-origin-resource-policy': 'same-origin'
};

/**
 * Sent over https only: a browser ignores it on http, and it must never pin localhost. Two years; no
 * includeSubDomains, since ORIGIN may be an organisation's own domain whose other hosts Porchlight cannot vouch
 * for, and the `__Host-` session cookie already shuts out cookies set by a subdomain.
 */
export const strictTransportSecurity = 'max-age=63072000';
