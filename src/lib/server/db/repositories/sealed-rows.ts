import { sql, type Kysely } from 'kysely';
import type { SealedTable } from '../../crypto/places.ts';
import type { Database } from '../schema.ts';

// The rows of the tables with encrypted columns, as key rotation reads and rewrites them (crypto/rotate.ts).

/** Every row of a table holding encrypted columns, as stored. */
export async function sealedRows(db: Kysely<Database>, table: SealedTable): Promise<Record<string, string>[]> {
	return (await sql<Record<string, string>>`select * from ${sql.table(table)}`.execute(db)).rows;
}

/**
 * Writes re-encrypted values into one row, only if each is still what was read (`expected`), so a member saving
 * at the same moment is never overwritten. Answers how many rows it wrote (0 or 1).
 */
export async function rewriteSealed(
	db: Kysely<Database>,
	table: SealedTable,
	id: string,
	updates: Record<string, string>,
	expected: Record<string, string>
): Promise<number> {
	let query = db
		.updateTable(table as 'reach_outs')
		.set(updates)
		.where('id', '=', id);
	for (const [column, value] of Object.entries(expected)) query = query.where(column as 'said_enc', '=', value);
	return Number((await query.executeTakeFirst()).numUpdatedRows);
}
