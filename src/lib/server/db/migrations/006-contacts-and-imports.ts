import type { Kysely } from 'kysely';

// Support contacts kept in the account, and where an imported row came from on the device (source_id), so
// that bringing the same device data in twice adds nothing the second time.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('contacts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('source_id', 'text')
		.addColumn('name_enc', 'text', (c) => c.notNull())
		.addColumn('phone_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('contacts_member_source', ['member_id', 'source_id'])
		.execute();
	await db.schema.alterTable('reach_outs').addColumn('source_id', 'text').execute();
	await db.schema
		.createIndex('reach_outs_member_source')
		.unique()
		.on('reach_outs')
		.columns(['member_id', 'source_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('reach_outs_member_source').execute();
	await db.schema.alterTable('reach_outs').dropColumn('source_id').execute();
	await db.schema.dropTable('contacts').execute();
}
