import type { FieldPlace } from './field-cipher.ts';

// Whose each encrypted value is, by table: the columns of the row that name its owner, sealed into the value's
// additional data. A member's own rows bind the member; a message binds its thread (a departing specialist's
// threads stay with their clients, so the thread, not the specialist, owns its messages); a specialist's note
// binds both the specialist and the client it is about.
export const fieldOwners = {
	reach_outs: ['member_id'],
	plan_versions: ['member_id'],
	contacts: ['member_id'],
	check_ins: ['member_id'],
	specialist_notes: ['specialist_id', 'member_id'],
	messages: ['thread_id'],
	guidance_requests: ['member_id']
} as const;

export type SealedTable = keyof typeof fieldOwners;

type OwnedRow<T extends SealedTable> = { id: string } & Record<(typeof fieldOwners)[T][number], string>;

/** The place a column of a row is sealed to: the row must name its owner columns. */
export function placeIn<T extends SealedTable>(table: T, column: string, row: OwnedRow<T>): FieldPlace {
	const owners: readonly string[] = fieldOwners[table];
	const values = row as unknown as Record<string, string>;
	return { table, column, id: row.id, owner: owners.map((name) => values[name]).join('/') };
}
