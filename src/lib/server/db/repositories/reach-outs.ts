import type { ReachOutEntry, ReachOutFields, ReachOutStore } from '#lib/core/timeline/reach-outs.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ReachOutTable } from '../schema.ts';
import { isWellFormedId } from '../../ids.ts';

// Every query is scoped by member_id, so one member's id can never reach another member's row.

const sealed = ['said', 'did', 'note'] as const;
const place = (column: string, id: string, memberId: string) =>
	placeIn('reach_outs', column, { id, member_id: memberId });

function seal(keyring: Keyring, memberId: string, id: string, fields: ReachOutFields) {
	return {
		occurred_at: fields.occurredAt,
		channel: fields.channel,
		decision: fields.decision,
		said_enc: encryptField(keyring, fields.said, place('said', id, memberId)),
		did_enc: encryptField(keyring, fields.did, place('did', id, memberId)),
		note_enc: encryptField(keyring, fields.note, place('note', id, memberId))
	};
}

function open(keyring: Keyring, row: Selectable<ReachOutTable>): ReachOutEntry {
	const [said, did, note] = sealed.map((column) =>
		decryptField(keyring, row[`${column}_enc`], place(column, row.id, row.member_id))
	);
	return {
		id: row.id,
		occurredAt: row.occurred_at,
		channel: row.channel as ReachOutEntry['channel'],
		said: said!,
		did: did!,
		decision: row.decision as ReachOutEntry['decision'],
		note: note!,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export function reachOutsRepository(db: Kysely<Database>, keyring: Keyring): ReachOutStore {
	return {
		async list(memberId) {
			const rows = await db
				.selectFrom('reach_outs')
				.selectAll()
				.where('member_id', '=', memberId)
				.orderBy('occurred_at', 'desc')
				.orderBy('id')
				.execute();
			return rows.map((row) => open(keyring, row));
		},
		async get(memberId, id) {
			if (!isWellFormedId(id)) return undefined;
			const row = await db
				.selectFrom('reach_outs')
				.selectAll()
				.where('member_id', '=', memberId)
				.where('id', '=', id)
				.executeTakeFirst();
			return row && open(keyring, row);
		},
		async insert(memberId, entry, sourceId) {
			const inserted = await db
				.insertInto('reach_outs')
				.values({
					id: entry.id,
					member_id: memberId,
					...seal(keyring, memberId, entry.id, entry),
					source_id: sourceId ?? null,
					created_at: entry.createdAt,
					updated_at: entry.updatedAt
				})
				.onConflict((conflict) => conflict.columns(['member_id', 'source_id']).doNothing())
				.returning('id')
				.executeTakeFirst();
			return inserted !== undefined;
		},
		async update(memberId, id, fields, now) {
			if (!isWellFormedId(id)) return false;
			const result = await db
				.updateTable('reach_outs')
				.set({ ...seal(keyring, memberId, id, fields), updated_at: now.toISOString() })
				.where('member_id', '=', memberId)
				.where('id', '=', id)
				.executeTakeFirst();
			return Number(result.numUpdatedRows) > 0;
		},
		async remove(memberId, id) {
			if (!isWellFormedId(id)) return false;
			const result = await db
				.deleteFrom('reach_outs')
				.where('member_id', '=', memberId)
				.where('id', '=', id)
				.executeTakeFirst();
			return Number(result.numDeletedRows) > 0;
		}
	};
}
