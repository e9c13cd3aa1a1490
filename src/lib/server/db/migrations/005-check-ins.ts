import type { Kysely } from 'kysely';

// Weekly check-ins: one row per member and week (the week's Monday, YYYY-MM-DD). The answers (each sign of
// change, seen / not seen / not sure, and a note) are stored together, encrypted, as JSON (answers_enc).

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('check_ins')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('week', 'text', (c) => c.notNull())
		.addColumn('answers_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('check_ins_member_week', ['member_id', 'week'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('check_ins').execute();
}
