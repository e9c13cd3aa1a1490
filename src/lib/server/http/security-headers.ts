// The headers every response carries, dynamic or prerendered. Kept free of imports so that the production
// server (server/main.ts, run by Node directly) and the SvelteKit hooks share this one definition.

const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"base-uri 'none'",
	"object-src 'none'",
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

/** Sent over https only: a browser ignores it on http, and it must never pin localhost. */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';
