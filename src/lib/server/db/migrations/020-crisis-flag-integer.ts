import { PostgresAdapter, sql, type Kysely } from 'kysely';

// One crisis flag (issue #13): messages kept it as a boolean on PostgreSQL while guidance requests keep an integer;
// now both are 1 or 0 on both databases. SQLite already stores the messages' flag as 0 or 1 (a column declared
// boolean has numeric affinity), so only PostgreSQL changes.

const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
	if (onPostgres(db))
		await sql`alter table messages alter column crisis type integer using (case when crisis then 1 else 0 end)`.execute(
			db
		);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	if (onPostgres(db)) await sql`alter table messages alter column crisis type boolean using (crisis = 1)`.execute(db);
}
