import { DomainError } from '../shared/errors.ts';
import type { Limiter } from './ports.ts';

/** Counts one attempt against each named limit; the first one reached refuses with the seconds to wait. */
export async function enforceLimits(
	limiter: Limiter,
	checks: ReadonlyArray<readonly [limit: string, subject: string]>,
	now: Date
): Promise<void> {
	for (const [limit, subject] of checks) {
		const verdict = await limiter.attempt(limit, subject, now);
		if (!verdict.allowed)
			throw new DomainError('rate_limited', `${limit} limit reached`, [], verdict.retryAfterSeconds);
	}
}
