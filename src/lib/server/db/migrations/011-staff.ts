import type { Kysely } from 'kysely';

// The organisation's staff (issue #5): who is an admin or a family recovery specialist. A staff member signs in
// like anyone else; this table says what more they may do. The organisation's own settings, one row.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('staff')
		.addColumn('member_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('organisation')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('organisation').execute();
	await db.schema.dropTable('staff').execute();
}
