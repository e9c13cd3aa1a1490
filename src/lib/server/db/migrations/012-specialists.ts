import type { Kysely } from 'kysely';

// Specialists (issue #5): each one's profile, which the admin sets (languages, the relationships they focus on,
// how many open clients they can hold, their time zone), and the single-use invitations that make someone staff.
// An invitation keeps only the SHA-256 hash of its token, never the token itself.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('specialist_profiles')
		.addColumn('member_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('languages', 'text', (c) => c.notNull())
		.addColumn('focus', 'text', (c) => c.notNull())
		.addColumn('capacity', 'integer', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('staff_invites')
		.addColumn('token_hash', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('invited_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('staff_invites').execute();
	await db.schema.dropTable('specialist_profiles').execute();
}
