import type { Kysely } from 'kysely';

// Accounts, sessions, e-mail tokens and rate-limit counters. Portable types only (text, integer), so the one
// migration runs on SQLite and PostgreSQL alike.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('members')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('email_verified_at', 'text')
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id_hash', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_seen_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('device', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_member').on('sessions').column('member_id').execute();

	await db.schema
		.createTable('email_tokens')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('email_tokens_member').on('email_tokens').columns(['member_id', 'purpose']).execute();

	await db.schema
		.createTable('rate_limits')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('window_start', 'text', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['rate_limits', 'email_tokens', 'sessions', 'members'])
		await db.schema.dropTable(table).execute();
}
