import type { Kysely } from 'kysely';
import { rewriteSealed, sealedRows } from '../db/repositories/sealed-rows.ts';
import type { Database } from '../db/schema.ts';
import { decryptField, encryptField, isLegacy, isUpToDate, type Keyring } from './field-cipher.ts';
import { placeIn, type SealedTable } from './places.ts';

// Every encrypted column, by table: what `npm run rotate-key` re-encrypts. A new table with _enc columns
// belongs here too, and in places.ts (a test fails when a migration adds one that is missing).
export const encryptedColumns = {
	reach_outs: ['said', 'did', 'note'],
	plan_versions: ['lists'],
	contacts: ['name', 'phone'],
	check_ins: ['answers'],
	specialist_notes: ['body'],
	messages: ['body'],
	guidance_requests: ['story', 'times']
} as const satisfies Record<SealedTable, readonly string[]>;

/** Which values to rewrite: all not yet under the current key and format, or only those of the v1 format. */
export type Reencrypt = 'stale' | 'legacy';

/**
 * Re-encrypts, under the current key and format, every value still under an older one (or, with 'legacy', only
 * the v1 values that do not bind their owner yet). Each row is written only if it is unchanged since it was
 * read, so a member saving at the same moment is never overwritten; the app keeps running throughout, since old
 * keys and the old format still decrypt.
 */
export async function reencryptAll(
	db: Kysely<Database>,
	keyring: Keyring,
	which: Reencrypt = 'stale'
): Promise<number> {
	const redo = which === 'legacy' ? isLegacy : (stored: string) => !isUpToDate(keyring, stored);
	let rewritten = 0;
	for (const [table, columns] of Object.entries(encryptedColumns) as [SealedTable, readonly string[]][]) {
		for (const row of await sealedRows(db, table)) {
			const stale = columns.filter((column) => redo(row[`${column}_enc`]!));
			if (!stale.length) continue;
			const updates = Object.fromEntries(
				stale.map((column) => {
					const place = placeIn(table, column, row as Parameters<typeof placeIn>[2]);
					return [`${column}_enc`, encryptField(keyring, decryptField(keyring, row[`${column}_enc`]!, place), place)];
				})
			);
			const expected = Object.fromEntries(stale.map((column) => [`${column}_enc`, row[`${column}_enc`]!]));
			rewritten += await rewriteSealed(db, table, row.id!, updates, expected);
		}
	}
	return rewritten;
}
