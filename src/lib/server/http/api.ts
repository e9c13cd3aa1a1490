import { json, type RequestEvent } from '@sveltejs/kit';
import { DomainError } from '#lib/core/shared/errors.ts';
import { isWellFormedId } from '../ids.ts';
import { domainProblem } from './domain-errors.ts';
import { ProblemError } from './problem.ts';

/**
 * Runs an API handler: refusals from the core and from body parsing become problem+json; member data is no-store.
 * Path parameters that cannot be an id (control characters, NUL, very long) answer 404 before any query.
 */
export async function apiCall(event: RequestEvent, work: () => Promise<Response>): Promise<Response> {
	try {
		// An id, week or version in the path is short and plain; anything else names nothing here.
		if (Object.values(event.params).some((value) => value !== undefined && !isWellFormedId(value)))
			throw new DomainError('not_found', 'no such resource');
		const response = await work();
		response.headers.set('cache-control', 'no-store');
		return response;
	} catch (error) {
		if (error instanceof ProblemError) return error.response;
		if (error instanceof DomainError)
			return domainProblem(error, event.request.headers.get('accept-language')?.slice(0, 2));
		throw error;
	}
}

export const ok = (body: unknown, status = 200) => json(body, { status });
