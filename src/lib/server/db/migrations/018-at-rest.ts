import { SqliteAdapter, sql, type Kysely } from 'kysely';

// Data at rest (issue 11):
// - data_steps: one row per one-time data step that needs more than SQL (re-encrypting every v1 value so it
//   binds its owner needs the keys, which migrations never see); start-up runs a step until its row is here.
// - A departing specialist's clients keep their threads: message_threads.specialist_id no longer cascades. It
//   becomes nullable with ON DELETE SET NULL, and archived_at marks a thread whose specialist has left (read
//   only). PostgreSQL alters the column in place; SQLite cannot change a foreign key, so the table is rebuilt
//   (the documented twelve steps: foreign keys off, copy, drop, rename, check, foreign keys on). Migrations on
//   SQLite run outside a transaction, which is what lets the pragma change; the rebuild has its own.

// A failing probe query would abort PostgreSQL's migration transaction: ask Kysely which adapter it speaks.
const isSqlite = (db: Kysely<unknown>): boolean => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('data_steps')
		.addColumn('name', 'text', (c) => c.primaryKey())
		.addColumn('done_at', 'text', (c) => c.notNull())
		.execute();

	if (!isSqlite(db)) {
		await sql`alter table message_threads drop constraint message_threads_specialist_id_fkey`.execute(db);
		await sql`alter table message_threads alter column specialist_id drop not null`.execute(db);
		await sql`alter table message_threads add constraint message_threads_specialist_id_fkey
			foreign key (specialist_id) references members (id) on delete set null`.execute(db);
		await db.schema.alterTable('message_threads').addColumn('archived_at', 'text').execute();
		return;
	}
	await sql`pragma foreign_keys = off`.execute(db);
	try {
		await sql`begin`.execute(db);
		await db.schema
			.createTable('message_threads_next')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
			.addColumn('specialist_id', 'text', (c) => c.references('members.id').onDelete('set null'))
			.addColumn('created_at', 'text', (c) => c.notNull())
			.addColumn('archived_at', 'text')
			.addUniqueConstraint('message_threads_pair', ['member_id', 'specialist_id'])
			.execute();
		await sql`insert into message_threads_next (id, member_id, specialist_id, created_at, archived_at)
			select id, member_id, specialist_id, created_at, null from message_threads`.execute(db);
		await sql`drop table message_threads`.execute(db);
		await sql`alter table message_threads_next rename to message_threads`.execute(db);
		await db.schema.createIndex('message_threads_specialist').on('message_threads').column('specialist_id').execute();
		const broken = await sql`pragma foreign_key_check`.execute(db);
		if (broken.rows.length) throw new Error('rebuilding message_threads broke a foreign key');
		await sql`commit`.execute(db);
	} catch (error) {
		await sql`rollback`.execute(db);
		throw error;
	} finally {
		await sql`pragma foreign_keys = on`.execute(db);
	}
}

export async function down(db: Kysely<unknown>): Promise<void> {
	// The specialist column stays nullable with ON DELETE SET NULL: going down never puts clients' threads back
	// in the way of a departing specialist's cascade.
	await db.schema.alterTable('message_threads').dropColumn('archived_at').execute();
	await db.schema.dropTable('data_steps').execute();
}
