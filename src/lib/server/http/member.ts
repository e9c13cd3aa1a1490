import type { RequestEvent } from '@sveltejs/kit';
import { DomainError } from '#lib/core/shared/errors.ts';

/** The signed-in member's id; a signed-out request is refused (401). */
export function requireMember(event: RequestEvent): string {
	if (!event.locals.memberId) throw new DomainError('unauthorized', 'sign in first');
	return event.locals.memberId;
}
