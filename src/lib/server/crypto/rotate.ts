import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { decryptField, encryptField, keyIdOf, type Keyring } from './field-cipher.ts';

// Every encrypted column, by table: what `npm run rotate-key` re-encrypts. A new table with _enc columns
// belongs here too (a test fails when a migration adds one that is missing).
export const encryptedColumns = {
	reach_outs: ['said', 'did', 'note'],
	plan_versions: ['lists'],
	contacts: ['name', 'phone'],
	check_ins: ['answers'],
	specialist_notes: ['body'],
	messages: ['body'],
	guidance_requests: ['story', 'times']
} as const satisfies Partial<Record<keyof Database, readonly string[]>>;

/**
 * Re-encrypts, under the current key, every value still under an older one. Each row is written only if it is
 * unchanged since it was read, so a member saving at the same moment is never overwritten; the app keeps
 * running throughout, since old keys still decrypt.
 */
export async function reencryptAll(db: Kysely<Database>, keyring: Keyring): Promise<number> {
	let rewritten = 0;
	for (const [table, columns] of Object.entries(encryptedColumns)) {
		const rows = (await sql<Record<string, string>>`select * from ${sql.table(table)}`.execute(db)).rows;
		for (const row of rows) {
			const id = row.id!;
			const stale = columns.filter((column) => keyIdOf(row[`${column}_enc`]!) !== keyring.current.id);
			if (!stale.length) continue;
			const updates = Object.fromEntries(
				stale.map((column) => {
					const place = `${table}.${column}:${id}`;
					return [`${column}_enc`, encryptField(keyring, decryptField(keyring, row[`${column}_enc`]!, place), place)];
				})
			);
			let query = db
				.updateTable(table as 'reach_outs')
				.set(updates)
				.where('id', '=', id);
			for (const column of stale) query = query.where(`${column}_enc` as 'said_enc', '=', row[`${column}_enc`]!);
			const result = await query.executeTakeFirst();
			rewritten += Number(result.numUpdatedRows);
		}
	}
	return rewritten;
}
