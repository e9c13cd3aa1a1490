import type { Kysely } from 'kysely';

// Secure message threads between a member and their family recovery specialist (both are members.id). A
// thread is one pair; its messages keep only the body, encrypted (body_enc), and whether the message check
// flagged crisis language (the flag, never what it found). thread_reads holds, per reader, when they last read
// the thread: the unread count is what the other side wrote after it.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('message_threads')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('specialist_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('message_threads_pair', ['member_id', 'specialist_id'])
		.execute();
	await db.schema.createIndex('message_threads_specialist').on('message_threads').column('specialist_id').execute();
	await db.schema
		.createTable('messages')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('thread_id', 'text', (c) => c.notNull().references('message_threads.id').onDelete('cascade'))
		.addColumn('sender_id', 'text', (c) => c.notNull())
		.addColumn('body_enc', 'text', (c) => c.notNull())
		.addColumn('crisis', 'boolean', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('messages_thread_time').on('messages').columns(['thread_id', 'created_at']).execute();
	await db.schema
		.createTable('thread_reads')
		.addColumn('thread_id', 'text', (c) => c.notNull().references('message_threads.id').onDelete('cascade'))
		.addColumn('reader_id', 'text', (c) => c.notNull())
		.addColumn('last_read_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('thread_reads_pk', ['thread_id', 'reader_id'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('thread_reads').execute();
	await db.schema.dropTable('messages').execute();
	await db.schema.dropTable('message_threads').execute();
}
