import type { Kysely } from 'kysely';

// Passkeys (WebAuthn credentials) and the one-time challenges of their ceremonies. Challenges live here, not in
// process memory, so a ceremony begun on one app instance can finish on another.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('passkeys')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
		.addColumn('credential_id', 'text', (c) => c.notNull().unique())
		.addColumn('public_key', 'text', (c) => c.notNull())
		// A signature counter is an unsigned 32-bit number: more than PostgreSQL's integer holds.
		.addColumn('counter', 'bigint', (c) => c.notNull())
		.addColumn('transports', 'text', (c) => c.notNull())
		.addColumn('device', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.execute();
	await db.schema.createIndex('passkeys_member').on('passkeys').column('member_id').execute();

	await db.schema
		.createTable('webauthn_challenges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		.addColumn('challenge', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('webauthn_challenges_expiry').on('webauthn_challenges').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['webauthn_challenges', 'passkeys']) await db.schema.dropTable(table).execute();
}
