import type { ContactEntry, ContactStore } from '#lib/core/contacts/contacts.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

const place = (column: 'name' | 'phone', id: string, memberId: string) =>
	placeIn('contacts', column, { id, member_id: memberId });

export function contactsRepository(db: Kysely<Database>, keyring: Keyring): ContactStore {
	return {
		async list(memberId) {
			const rows = await db
				.selectFrom('contacts')
				.selectAll()
				.where('member_id', '=', memberId)
				.orderBy('created_at')
				.orderBy('id')
				.execute();
			return rows.map((row): ContactEntry => ({
				id: row.id,
				name: decryptField(keyring, row.name_enc, place('name', row.id, row.member_id)),
				phone: decryptField(keyring, row.phone_enc, place('phone', row.id, row.member_id)),
				createdAt: row.created_at
			}));
		},
		async insert(memberId, entry, sourceId) {
			const inserted = await db
				.insertInto('contacts')
				.values({
					id: entry.id,
					member_id: memberId,
					source_id: sourceId ?? null,
					name_enc: encryptField(keyring, entry.name, place('name', entry.id, memberId)),
					phone_enc: encryptField(keyring, entry.phone, place('phone', entry.id, memberId)),
					created_at: entry.createdAt
				})
				.onConflict((conflict) => conflict.columns(['member_id', 'source_id']).doNothing())
				.returning('id')
				.executeTakeFirst();
			return inserted !== undefined;
		},
		async remove(memberId, id) {
			const result = await db
				.deleteFrom('contacts')
				.where('member_id', '=', memberId)
				.where('id', '=', id)
				.executeTakeFirst();
			return Number(result.numDeletedRows) > 0;
		}
	};
}
