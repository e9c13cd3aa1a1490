import type { Kysely } from 'kysely';
import type { Limiter } from '#lib/core/accounts/ports.ts';
import type { Database } from '../db/schema.ts';
import { consume, reset, type Limit } from './rate-limit.ts';

const minutes = 60_000;

/** How many attempts each limit allows, and over what window. */
export const policies: Record<string, Omit<Limit, 'name'>> = {
	'signin-email': { max: 10, windowMs: 15 * minutes },
	'signin-address': { max: 50, windowMs: 15 * minutes },
	'signup-email': { max: 3, windowMs: 60 * minutes },
	'signup-address': { max: 10, windowMs: 60 * minutes },
	'reset-email': { max: 3, windowMs: 60 * minutes },
	'reauth-member': { max: 5, windowMs: 15 * minutes },
	// Passkey options (to add one, or to sign in: anyone may ask) are each a row until they expire.
	'passkey-options-address': { max: 60, windowMs: 15 * minutes }
};

let addressMultiplier = 1;

/** Raises the limits counted per client address (ADDRESS_LIMIT_MULTIPLIER); per-address limits end in -address. */
export function multiplyAddressLimits(multiplier: number): void {
	addressMultiplier = multiplier;
}

function limitNamed(name: string): Limit {
	const policy = policies[name];
	if (!policy) throw new Error(`no rate limit named ${name}`);
	const max = name.endsWith('-address') ? policy.max * addressMultiplier : policy.max;
	return { name, ...policy, max };
}

export function databaseLimiter(db: Kysely<Database>): Limiter {
	return {
		attempt: (name, subject, now) => consume(db, limitNamed(name), subject, now),
		clear: (name, subject) => reset(db, limitNamed(name), subject)
	};
}
