import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// One-time data steps that need the keys (migration 018): a row once a step has run to the end.

export async function isStepDone(db: Kysely<Database>, name: string): Promise<boolean> {
	return !!(await db.selectFrom('data_steps').select('name').where('name', '=', name).executeTakeFirst());
}

/** Records the step as done; a second instance finishing the same step at once adds nothing. */
export async function markStepDone(db: Kysely<Database>, name: string, now: Date): Promise<void> {
	await db
		.insertInto('data_steps')
		.values({ name, done_at: now.toISOString() })
		.onConflict((conflict) => conflict.column('name').doNothing())
		.execute();
}
