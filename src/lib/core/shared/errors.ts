// The one way the core says no: a code the HTTP layer maps to a status in one place, and, for bad input, what to
// fix in each field. The core never throws HTTP errors.

export type ErrorCode =
	'invalid' | 'unauthorized' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'email_unverified';

export interface FieldProblem {
	field: string;
	/** A catalogue key under `errors`, so the page and the API can each say it in the person's language. */
	problem: string;
}

export class DomainError extends Error {
	override name = 'DomainError';

	constructor(
		public readonly code: ErrorCode,
		message: string,
		public readonly fields: FieldProblem[] = [],
		public readonly retryAfterSeconds?: number
	) {
		super(message);
	}
}
