import type { Handle } from '@sveltejs/kit/hooks';
import { problem } from './problem.ts';

// Every refusal under /api/ is problem+json, including the ones the framework makes itself before a handler
// runs: an unknown path (404), a method the route does not have (405), a body over the server's limit (413).
// A client then reads every 4xx the same way. Server faults (5xx) keep their own answer, with its error id.

const titles: Record<number, string> = {
	400: 'Bad Request',
	404: 'Not found',
	405: 'Method Not Allowed',
	413: 'Content Too Large',
	415: 'Unsupported Media Type'
};

/** The framework's own 4xx answer under /api/, as problem+json (the status and any Allow header kept). */
export function asProblem(response: Response): Response {
	if (response.status < 400 || response.status >= 500) return response;
	if (response.headers.get('content-type') === 'application/problem+json') return response;
	const headers: Record<string, string> = {};
	for (const name of ['allow', 'retry-after']) {
		const value = response.headers.get(name);
		if (value) headers[name] = value;
	}
	const title = titles[response.status] ?? (response.statusText || 'Request refused');
	const detail =
		response.status === 404
			? 'There is no such resource.'
			: response.status === 405
				? `This resource does not take ${headers.allow ? `that method (it takes ${headers.allow})` : 'that method'}.`
				: title;
	return problem(response.status, title, detail, undefined, headers);
}

export const apiProblems: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return event.url.pathname.startsWith('/api/') ? asProblem(response) : response;
};
