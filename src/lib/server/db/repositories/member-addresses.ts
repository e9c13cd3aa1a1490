import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

// How staff and e-mails reach a member: their address and language, never anything else about them.

/** The member's e-mail address and language (as stored: a locale the caller checks), if they exist. */
export async function addressOf(
	db: Kysely<Database>,
	memberId: string
): Promise<{ email: string; locale: string } | undefined> {
	return db.selectFrom('members').select(['email', 'locale']).where('id', '=', memberId).executeTakeFirst();
}

/** The e-mail addresses of the given members, by id; a member who is gone is simply missing. */
export async function emailsOf(db: Kysely<Database>, memberIds: readonly string[]): Promise<Map<string, string>> {
	if (memberIds.length === 0) return new Map();
	const rows = await db.selectFrom('members').select(['id', 'email']).where('id', 'in', memberIds).execute();
	return new Map(rows.map((row) => [row.id, row.email] as const));
}
