import { sql, type Kysely } from 'kysely';

// Crisis levels (issue #12): a request for guidance and a message keep how soon their crisis needs help,
// 'urgent' or 'concern', beside the crisis flag they already have (kept for the admin's order and integrations).
// Null when there is no crisis, and on rows flagged before this migration: the words are encrypted and the level
// cannot be worked out here, so the pages show such a flag as urgent (core/crisis/resources.ts levelToShow).
// A column CHECK added with ADD COLUMN works on both databases; SQLite checks it on existing rows (all null).

const levelCheck = sql`crisis_level in ('urgent', 'concern')`;

export async function up(db: Kysely<unknown>): Promise<void> {
	for (const table of ['guidance_requests', 'messages'])
		await db.schema
			.alterTable(table)
			.addColumn('crisis_level', 'text', (c) => c.check(levelCheck))
			.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of ['guidance_requests', 'messages'])
		await db.schema.alterTable(table).dropColumn('crisis_level').execute();
}
