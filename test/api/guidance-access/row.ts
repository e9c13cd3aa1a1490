import type { Answer } from '../members.ts';
import { roles, type Cast, type Role } from '../cast.ts';

// One row of the access matrix of personalized guidance: a route (API call or page) and what each of the seven
// roles gets from it. Pages are read with GET like a browser (303 = sent to sign in); API answers are checked to
// be problem+json whenever they refuse.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface AccessRow {
	method: Method;
	/** Path template: `{name}` is filled from what `setup` answers. */
	path: string;
	/** What each role gets: the status, or a status and a check of the answer. */
	expect: Record<Role, number>;
	/** Makes what the route needs (afresh for each role, so one role's write never changes what the next sees). */
	setup?: (cast: Cast) => Promise<Record<string, string>>;
	/** A body the route accepts (JSON, or form fields when `form` is set). */
	body?: (cast: Cast, params: Record<string, string>) => unknown;
	/** A page's form action: the body is sent as a same-origin form post. */
	form?: true;
	/** More than the status: what the role must (not) see in an answer it is allowed to have. */
	check?: (role: Role, answer: Answer, cast: Cast, params: Record<string, string>) => void | Promise<void>;
	/** After every role's try, allowed or refused: what must (not) have changed. */
	after?: (role: Role, cast: Cast, params: Record<string, string>) => Promise<void>;
	/** Where a 303 leads (a form action's redirect, or sign-in when signed out). */
	redirected?: (role: Role, location: string, cast: Cast, params: Record<string, string>) => void;
}

/** Allowed for `allowed` roles (with `ok`), refused to everyone else as if it did not exist. */
export function only(ok: number, allowed: Role[], signedOut = 401): Record<Role, number> {
	const expected = {} as Record<Role, number>;
	for (const role of roles) expected[role] = role === 'signedOut' ? signedOut : allowed.includes(role) ? ok : 404;
	return expected;
}

/** The same for everyone signed in (each on their own data), and `signedOut` for a caller who is not. */
export const every = (status: number, signedOut = status): Record<Role, number> =>
	only(
		status,
		roles.filter((role) => role !== 'signedOut'),
		signedOut
	);
