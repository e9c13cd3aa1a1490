import { sequence, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit/hooks';
import { building } from '$app/env';
import { localeOfPath } from '#lib/core/i18n/catalogue.ts';
import { securityHeaders } from '#lib/server/http/security-headers.ts';
import { withScriptIntegrity } from '#lib/server/http/script-integrity.ts';
import { log } from '#lib/server/log.ts';
import { handleSession } from '#lib/server/auth/handle-session.ts';
import { getInfrastructure } from '#lib/server/app/infrastructure.ts';
import { startBackground } from '#lib/server/background.ts';
import { refuseCrossSite } from '#lib/server/http/cross-site.ts';
import { apiProblems } from '#lib/server/http/api-problems.ts';

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			withScriptIntegrity(html.replace('%porchlight.lang%', localeOfPath(event.url.pathname)))
	});
	for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
	return response;
};

// On start (not while pages prerender): connect, apply migrations, pick the mailer, start running due jobs, so
// a bad DATABASE_URL or a failed migration stops the server at once rather than at the first sign-in.
export const init: ServerInit = async () => {
	if (building) return;
	await getInfrastructure();
	await startBackground();
};

export const handle = sequence(headers, apiProblems, refuseCrossSite, handleSession);

export const handleError: HandleServerError = ({ kind, error, event }) => {
	// A 404 or a refused request is not a fault of ours; it has its own message already.
	if (kind === 'framework' || kind === 'validation') return;
	const id = crypto.randomUUID();
	// The id and the route, never the request body or query: they may hold what a person wrote.
	log.error(
		{
			id,
			kind,
			route: event.route.id,
			err: error instanceof Error ? { name: error.name, stack: error.stack } : String(error)
		},
		'request failed'
	);
	return { message: 'Something went wrong.', id };
};
