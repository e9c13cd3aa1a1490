import { sql, type Kysely } from 'kysely';

// What a member shares with their specialist, who opened it, and the specialist's private notes about a client.
// A consent row is never deleted: revoking stamps revoked_at, and a partial unique index keeps at most one live
// consent per (member, specialist, item) on SQLite and PostgreSQL alike. The audit log keeps actor_id without a
// foreign key, so an entry outlives the staff member who made it; it goes with the member whose data was opened.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('consents')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('specialist_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('item', 'text', (c) => c.notNull().check(sql`item in ('plan', 'timeline')`))
		.addColumn('granted_at', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema
		.createIndex('consents_live')
		.unique()
		.on('consents')
		.columns(['member_id', 'specialist_id', 'item'])
		.where(sql.ref('revoked_at'), 'is', null)
		.execute();
	await db.schema.createIndex('consents_specialist').on('consents').columns(['specialist_id', 'member_id']).execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('actor_id', 'text', (c) => c.notNull())
		.addColumn('actor_role', 'text', (c) => c.notNull())
		.addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('plan', 'timeline', 'notes')`))
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('audit_log_member').on('audit_log').columns(['member_id', 'at']).execute();

	await db.schema
		.createTable('specialist_notes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('specialist_id', 'text', (c) => c.notNull())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('body_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('specialist_notes_client')
		.on('specialist_notes')
		.columns(['specialist_id', 'member_id', 'created_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('specialist_notes').execute();
	await db.schema.dropTable('audit_log').execute();
	await db.schema.dropTable('consents').execute();
}
