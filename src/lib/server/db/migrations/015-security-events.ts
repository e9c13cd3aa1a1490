import type { Kysely } from 'kysely';

// Recent proof and the security event log (issue 11).
// - sessions.proved_at: when the member last proved who they are on this session (sign-in, or the password or a
//   passkey again). Credentials change only within minutes of it. Sessions from before have none: stale.
// - security_events: what happened to an account (sign-ins, resets, credential, e-mail, role and consent
//   changes, sessions ended), for the member's own history and for investigation. No personal text: a kind, a
//   time, a browser-and-system summary and at most a word from a fixed list (a role, a shared item). A failed
//   sign-in for an address with no account is kept without any member id, so the table never says who tried.
//   Rows go with the member (cascade).

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('sessions').addColumn('proved_at', 'text').execute();
	await db.schema
		.createTable('security_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('detail', 'text')
		.addColumn('occurred_at', 'text', (c) => c.notNull())
		.addColumn('device', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('security_events_member')
		.on('security_events')
		.columns(['member_id', 'occurred_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('security_events').execute();
	await db.schema.alterTable('sessions').dropColumn('proved_at').execute();
}
