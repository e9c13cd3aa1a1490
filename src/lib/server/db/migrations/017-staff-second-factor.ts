import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Staff prove who they are twice (issue 11, requirement 6).
//
// sessions.second_factor_at: when this session was proven with a second factor (signed in with a passkey, a
// password sign-in stepped up with one, or a staff member's first passkey enrolled in it); null for a session
// proven by password alone. Staff pages and the staff API answer only sessions where it is set. It is a
// property of the session, not of the member, so a new sign-in starts without it.
//
// admin_log: what admins did (crisis resources and organisation, invitations, assignments, closing requests,
// role and specialist profile changes), who did it, on what id, when. No personal text: ids and a kind only.
// It is append-only: no repository function updates or deletes, and a trigger on each dialect refuses an
// UPDATE or DELETE even from a hand-written query. Actor and subject are plain ids, with no foreign key: a
// cascade (or SET NULL) from a deleted account would be exactly the rewrite the log must refuse.

const appendOnly = 'admin_log is append-only';

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('sessions').addColumn('second_factor_at', 'text').execute();
	await db.schema
		.createTable('admin_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('actor_id', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('subject_id', 'text', (c) => c.notNull())
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('admin_log_at').on('admin_log').columns(['at', 'id']).execute();
	// Dialect-specific: which database this is decides the trigger's language. Kysely's adapter is the one
	// reliable sign inside a migration (getExecutor is marked internal, but is what its own migrator uses).
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		// PostgreSQL: one function, raised before any UPDATE or DELETE on a row (TRUNCATE needs table ownership).
		await sql`create function admin_log_refuse_change() returns trigger language plpgsql as $$
			begin raise exception ${sql.lit(appendOnly)}; end $$`.execute(db);
		await sql`create trigger admin_log_append_only before update or delete on admin_log
			for each row execute function admin_log_refuse_change()`.execute(db);
	} else {
		// SQLite: a trigger per statement kind, each aborting the statement.
		await sql`create trigger admin_log_no_update before update on admin_log
			begin select raise(abort, ${sql.lit(appendOnly)}); end`.execute(db);
		await sql`create trigger admin_log_no_delete before delete on admin_log
			begin select raise(abort, ${sql.lit(appendOnly)}); end`.execute(db);
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	// Dropping the table drops its triggers (on both dialects); the PostgreSQL function goes after it.
	await db.schema.dropTable('admin_log').execute();
	if (db.getExecutor().adapter instanceof PostgresAdapter)
		await sql`drop function if exists admin_log_refuse_change()`.execute(db);
	await db.schema.alterTable('sessions').dropColumn('second_factor_at').execute();
}
