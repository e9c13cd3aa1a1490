import type { Kysely } from 'kysely';

// Work to do later (a reminder e-mail the day before), done once even with several app instances: a worker
// claims a due job by setting locked_until (with FOR UPDATE SKIP LOCKED on PostgreSQL). A job is pending while
// done_at is null; done_at with last_error set means it was given up after its last attempt. dedupe_key makes
// scheduling the same thing twice add one job (NULLs do not collide, on either dialect).

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('jobs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('run_at', 'text', (c) => c.notNull())
		.addColumn('payload', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('locked_until', 'text')
		.addColumn('done_at', 'text')
		.addColumn('last_error', 'text')
		.addColumn('dedupe_key', 'text', (c) => c.unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('jobs_due').on('jobs').columns(['done_at', 'run_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('jobs').execute();
}
