import type { PlanStore, PlanVersion } from '#lib/core/plan/plan.ts';
import type { PlanLists } from '#lib/core/guide/reach-out.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import type { Kysely, Selectable } from 'kysely';
import type { Database, PlanVersionTable } from '../schema.ts';

// Every query is scoped by member_id. A version is written once and never changed.

const place = (id: string, memberId: string) => placeIn('plan_versions', 'lists', { id, member_id: memberId });

function open(keyring: Keyring, row: Selectable<PlanVersionTable>): PlanVersion {
	return {
		version: Number(row.version),
		savedAt: row.created_at,
		lists: JSON.parse(decryptField(keyring, row.lists_enc, place(row.id, row.member_id))) as PlanLists
	};
}

export function plansRepository(db: Kysely<Database>, keyring: Keyring): PlanStore {
	const versions = (memberId: string) => db.selectFrom('plan_versions').selectAll().where('member_id', '=', memberId);
	return {
		async latest(memberId) {
			const row = await versions(memberId).orderBy('version', 'desc').limit(1).executeTakeFirst();
			return row && open(keyring, row);
		},
		async version(memberId, version) {
			const row = await versions(memberId).where('version', '=', version).executeTakeFirst();
			return row && open(keyring, row);
		},
		async history(memberId) {
			const rows = await db
				.selectFrom('plan_versions')
				.select(['version', 'created_at'])
				.where('member_id', '=', memberId)
				.orderBy('version', 'desc')
				.execute();
			return rows.map((row) => ({ version: Number(row.version), savedAt: row.created_at }));
		},
		async append(memberId, id, version) {
			// The unique (member_id, version) constraint decides between two saves made from the same version.
			const result = await db
				.insertInto('plan_versions')
				.values({
					id,
					member_id: memberId,
					version: version.version,
					lists_enc: encryptField(keyring, JSON.stringify(version.lists), place(id, memberId)),
					created_at: version.savedAt
				})
				.onConflict((conflict) => conflict.columns(['member_id', 'version']).doNothing())
				.returning('id')
				.executeTakeFirst();
			return result !== undefined;
		}
	};
}
