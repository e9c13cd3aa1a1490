// The one way the core says no: a code the HTTP layer maps to a status in one place, and, for bad input, what to
// fix in each field. The core never throws HTTP errors.

export type ErrorCode =
	| 'invalid'
	| 'unauthorized'
	| 'forbidden'
	| 'not_found'
	| 'conflict'
	| 'rate_limited'
	| 'email_unverified'
	/** Signed in, but the last proof of who they are (password or passkey) is too old for this change. */
	| 'reauthentication_required';

export interface FieldProblem {
	field: string;
	/** A catalogue key under `errors`, so the page and the API can each say it in the person's language. */
	problem: string;
}

// Fields are declared, not parameter properties, so Node runs this file as it is (type stripping only).
export class DomainError extends Error {
	override name = 'DomainError';
	readonly code: ErrorCode;
	readonly fields: FieldProblem[];
	readonly retryAfterSeconds: number | undefined;

	constructor(code: ErrorCode, message: string, fields: FieldProblem[] = [], retryAfterSeconds?: number) {
		super(message);
		this.code = code;
		this.fields = fields;
		this.retryAfterSeconds = retryAfterSeconds;
	}
}
