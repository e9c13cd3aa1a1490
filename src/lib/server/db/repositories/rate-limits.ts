import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * Counts one attempt under `key` in a fixed window, atomically: one upsert, so several app instances sharing the
 * database never lose a count. Returns the count in the current window and when that window began.
 */
export async function countAttempt(
	db: Kysely<Database>,
	key: string,
	now: Date,
	windowMs: number
): Promise<{ count: number; windowStart: string }> {
	const nowIso = now.toISOString();
	const windowOpenedAfter = new Date(now.getTime() - windowMs).toISOString();
	// In an UPDATE both CASEs read the row as it was, on SQLite and PostgreSQL alike.
	const expired = sql<boolean>`${sql.ref('rate_limits.window_start')} <= ${windowOpenedAfter}`;
	const row = await db
		.insertInto('rate_limits')
		.values({ key, window_start: nowIso, count: 1 })
		.onConflict((conflict) =>
			conflict.column('key').doUpdateSet({
				count: sql<number>`case when ${expired} then 1 else ${sql.ref('rate_limits.count')} + 1 end`,
				window_start: sql<string>`case when ${expired} then ${nowIso} else ${sql.ref('rate_limits.window_start')} end`
			})
		)
		.returning(['count', 'window_start'])
		.executeTakeFirstOrThrow();
	return { count: Number(row.count), windowStart: row.window_start };
}

export async function clearAttempts(db: Kysely<Database>, key: string): Promise<void> {
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** Old windows are useless; a scheduled job removes them. */
export async function deleteExpiredAttempts(db: Kysely<Database>, before: Date): Promise<void> {
	await db.deleteFrom('rate_limits').where('window_start', '<', before.toISOString()).execute();
}
