import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { clearAttempts, countAttempt } from '../db/repositories/rate-limits.ts';

// Limits live in the database, not in process memory, so every app instance sees the same counts. The subject
// (an e-mail address, a client address) is stored only as a hash: the counters never hold who tried.

const keyOf = (limit: Limit, subject: string) =>
	`${limit.name}:${createHash('sha256').update(subject, 'utf8').digest('base64url')}`;

export interface Limit {
	/** A name for what is limited, e.g. "signin-email". */
	name: string;
	max: number;
	windowMs: number;
}

export interface Verdict {
	allowed: boolean;
	/** Seconds until the window ends, for Retry-After. */
	retryAfterSeconds: number;
}

export async function consume(db: Kysely<Database>, limit: Limit, subject: string, now: Date): Promise<Verdict> {
	const { count, windowStart } = await countAttempt(db, keyOf(limit, subject), now, limit.windowMs);
	const endsAt = Date.parse(windowStart) + limit.windowMs;
	return { allowed: count <= limit.max, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

/** After a success (a correct password), the counter for that subject starts again. */
export async function reset(db: Kysely<Database>, limit: Limit, subject: string): Promise<void> {
	await clearAttempts(db, keyOf(limit, subject));
}
