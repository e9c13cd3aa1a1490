import type { Kysely } from 'kysely';

// Reach-outs on the timeline. What was said, what was done and the private note are stored encrypted (_enc).

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('reach_outs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('occurred_at', 'text', (c) => c.notNull())
		.addColumn('channel', 'text', (c) => c.notNull())
		.addColumn('said_enc', 'text', (c) => c.notNull())
		.addColumn('did_enc', 'text', (c) => c.notNull())
		.addColumn('decision', 'text')
		.addColumn('note_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('reach_outs_member_time')
		.on('reach_outs')
		.columns(['member_id', 'occurred_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('reach_outs').execute();
}
