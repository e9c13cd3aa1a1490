import type { NoteStore, SpecialistNote } from '#lib/core/guidance/notes.ts';
import type { Kysely, Selectable } from 'kysely';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import { isWellFormedId } from '../../ids.ts';
import type { Database, SpecialistNoteTable } from '../schema.ts';

// Every query is scoped by specialist_id AND member_id: one specialist's notes never reach another.

const place = (id: string, specialistId: string, memberId: string) =>
	placeIn('specialist_notes', 'body', { id, specialist_id: specialistId, member_id: memberId });

function open(keyring: Keyring, row: Selectable<SpecialistNoteTable>): SpecialistNote {
	return {
		id: row.id,
		body: decryptField(keyring, row.body_enc, place(row.id, row.specialist_id, row.member_id)),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export function specialistNotesRepository(db: Kysely<Database>, keyring: Keyring): NoteStore {
	return {
		async insert(specialistId, memberId, note) {
			await db
				.insertInto('specialist_notes')
				.values({
					id: note.id,
					specialist_id: specialistId,
					member_id: memberId,
					body_enc: encryptField(keyring, note.body, place(note.id, specialistId, memberId)),
					created_at: note.createdAt,
					updated_at: note.updatedAt
				})
				.execute();
		},
		async list(specialistId, memberId) {
			const rows = await db
				.selectFrom('specialist_notes')
				.selectAll()
				.where('specialist_id', '=', specialistId)
				.where('member_id', '=', memberId)
				.orderBy('created_at', 'desc')
				.orderBy('id', 'desc')
				.execute();
			return rows.map((row) => open(keyring, row));
		},
		async update(specialistId, memberId, id, body, now) {
			if (!isWellFormedId(id)) return false;
			const result = await db
				.updateTable('specialist_notes')
				.set({
					body_enc: encryptField(keyring, body, place(id, specialistId, memberId)),
					updated_at: now.toISOString()
				})
				.where('id', '=', id)
				.where('specialist_id', '=', specialistId)
				.where('member_id', '=', memberId)
				.executeTakeFirst();
			return Number(result.numUpdatedRows) === 1;
		}
	};
}
