import type { CheckIn, CheckInAnswer, CheckInStore } from '#lib/core/timeline/check-ins.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import type { Kysely, Selectable } from 'kysely';
import type { CheckInTable, Database } from '../schema.ts';

// Every query is scoped by member_id. One row per member and week.

const place = (id: string, memberId: string) => placeIn('check_ins', 'answers', { id, member_id: memberId });

function open(keyring: Keyring, row: Selectable<CheckInTable>): CheckIn {
	return {
		week: row.week,
		answers: JSON.parse(decryptField(keyring, row.answers_enc, place(row.id, row.member_id))) as CheckInAnswer[],
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export function checkInsRepository(db: Kysely<Database>, keyring: Keyring): CheckInStore {
	const ofMember = (memberId: string) => db.selectFrom('check_ins').selectAll().where('member_id', '=', memberId);
	return {
		async list(memberId) {
			const rows = await ofMember(memberId).orderBy('week', 'desc').execute();
			return rows.map((row) => open(keyring, row));
		},
		async get(memberId, week) {
			const row = await ofMember(memberId).where('week', '=', week).executeTakeFirst();
			return row && open(keyring, row);
		},
		async put(memberId, id, week, answers, now) {
			const at = now.toISOString();
			// One statement on both dialects (INSERT … ON CONFLICT … DO UPDATE), so two saves of the same week
			// never make two rows. The ciphertext is bound to the row id it was sealed with, so a replacement takes
			// the new id along with it: the row's id and its sealed answers always match, whoever wins a race.
			const row = await db
				.insertInto('check_ins')
				.values({
					id,
					member_id: memberId,
					week,
					answers_enc: encryptField(keyring, JSON.stringify(answers), place(id, memberId)),
					created_at: at,
					updated_at: at
				})
				.onConflict((conflict) =>
					conflict.columns(['member_id', 'week']).doUpdateSet((eb) => ({
						id: eb.ref('excluded.id'),
						answers_enc: eb.ref('excluded.answers_enc'),
						updated_at: eb.ref('excluded.updated_at')
					}))
				)
				.returningAll()
				.executeTakeFirstOrThrow();
			return open(keyring, row);
		},
		async remove(memberId, week) {
			const result = await db
				.deleteFrom('check_ins')
				.where('member_id', '=', memberId)
				.where('week', '=', week)
				.executeTakeFirst();
			return Number(result.numDeletedRows) > 0;
		}
	};
}
