import type { Kysely } from 'kysely';

// My plan, one row per saved version. The lists are stored together, encrypted, as JSON (lists_enc).

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('plan_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('lists_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('plan_versions_member_version', ['member_id', 'version'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('plan_versions').execute();
}
