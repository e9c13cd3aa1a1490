import type { Kysely } from 'kysely';

// Requests for personalized guidance (issue #5). The story and the times are stored encrypted.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('guidance_requests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('relationship', 'text', (c) => c.notNull())
		.addColumn('story_enc', 'text', (c) => c.notNull())
		.addColumn('urgency', 'text', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('times_enc', 'text', (c) => c.notNull())
		.addColumn('crisis', 'integer', (c) => c.notNull())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('specialist_id', 'text', (c) => c.references('members.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('guidance_requests_member')
		.on('guidance_requests')
		.columns(['member_id', 'created_at'])
		.execute();
	await db.schema
		.createIndex('guidance_requests_specialist')
		.on('guidance_requests')
		.columns(['specialist_id', 'state'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('guidance_requests').execute();
}
