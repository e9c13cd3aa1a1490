import { error } from '@sveltejs/kit';
import { DomainError, type ErrorCode } from '#lib/core/shared/errors.ts';

// The one map from the core's error codes to HTTP: the API's problem+json, a form action's failure and a page's
// error all answer the same status for the same refusal.
export const errorStatus: Record<ErrorCode, number> = {
	invalid: 400,
	unauthorized: 401,
	email_unverified: 403,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	rate_limited: 429,
	reauthentication_required: 403
};

/**
 * A page's answer to something it may not show: another member's resource is the same 404 page as one that does
 * not exist. Any other problem is thrown on, for the page's own handling.
 */
export function notFoundPageFor(problem: unknown): void {
	if (problem instanceof DomainError && problem.code === 'not_found') error(errorStatus.not_found, 'Not found');
}
