// The shape of a row of the member API route table (routes.ts): what a route is, what its body holds, and what
// the access-control and bad-input tests need to run it.

import type { Answer, Client } from './members.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Params = Record<string, string>;

/** What a write route's body holds, field by field: the bad-input test builds wrong and hostile bodies from it. */
export type FieldSpec =
	| {
			kind: 'text';
			max: number;
			/** Stored exactly as sent and answered back byte for byte. */
			stored?: true;
			/** Must have a shape (a phone number): not free text that markup could fill. */
			shaped?: true;
	  }
	| { kind: 'enum'; values: readonly string[]; nullable?: true }
	| { kind: 'datetime' }
	| { kind: 'textList'; itemMax: number; maxItems: number }
	| { kind: 'int'; min: number; max: number }
	/** A list of objects, each with these fields (a check-in's answers). */
	| { kind: 'records'; of: Record<string, FieldSpec>; maxItems: number };

export interface RouteCase {
	method: Method;
	/** Path template: `{name}` stands for a parameter that `setup` answers. */
	path: string;
	/**
	 * `item`: the path names one of the owner's resources; another member gets 404, as for one that does not exist.
	 * `member`: the route works on the signed-in member's own data; another member sees only their own.
	 */
	scope: 'item' | 'member';
	/** Makes what the route needs in the owner's account; answers the path parameters. */
	setup?: (owner: Client) => Promise<Params>;
	/** A body the route accepts (write routes). */
	body?: () => unknown;
	/** The fields of the body, for the bad-input test (write routes that take a JSON body). */
	fields?: Record<string, FieldSpec>;
	/** Whether a body must name every field (POST/PUT) or may name only some (PATCH). */
	partial?: boolean;
	/** After an accepted write: the stored record as a GET answers it, to compare text byte for byte. */
	readBack?: (owner: Client, params: Params, answer: Answer) => Promise<Record<string, unknown>>;
	/** `member` reads: what a member with no data of their own gets (asserts, throws if not). */
	fresh?: (answer: Answer) => void;
	/** The page that shows the text a write stores, to check it is rendered escaped. */
	page?: string;
	/**
	 * The route ends something for good when the second member calls it on their own data (DELETE /api/v1/account):
	 * the access-control test then uses a throwaway member for it.
	 */
	destructive?: true;
	/** The owner's valid call cannot be made here (it needs a device): another member's attempt is refused too. */
	expectRefused?: true;
	/**
	 * The route needs a recent proof (the password or a passkey in the last five minutes): each member proves it
	 * again before the row, since a long run outlasts the proof their sign-in gave.
	 */
	proof?: true;
}
