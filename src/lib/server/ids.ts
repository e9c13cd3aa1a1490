import { randomBytes } from 'node:crypto';

/** A random, URL-safe id of 128 bits. */
export function newId(): string {
	return randomBytes(16).toString('base64url');
}

/**
 * Whether a string could be an id we made. An id from a URL is checked before it reaches a query: PostgreSQL
 * refuses text with a NUL character in it (an error, not "no such row"), and anything else is simply not found.
 */
export function isWellFormedId(id: string): boolean {
	return /^[A-Za-z0-9_-]{1,64}$/.test(id);
}
