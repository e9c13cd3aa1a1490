import { sql, type Kysely } from 'kysely';

// Whose a job is (issue 11): every e-mail is now a job of its own, and its payload holds an address and a link
// with a token until it is sent. member_id names the member the job is for (the recipient of an e-mail, of a
// notice), so their pending jobs go with their account: the foreign key deletes them by cascade, and a query
// can find them by member. Null for jobs that are no one's (a reminder about a booking, an invitation to an
// address without an account yet). Finished jobs keep no payload from now on; those finished before lose theirs.

export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('jobs')
		.addColumn('member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
		.execute();
	await db.schema.createIndex('jobs_member').on('jobs').column('member_id').execute();
	await sql`update jobs set payload = 'null' where done_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropIndex('jobs_member').execute();
	await db.schema.alterTable('jobs').dropColumn('member_id').execute();
}
