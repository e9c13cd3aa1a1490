import type { Kysely, Selectable } from 'kysely';
import type { GuidanceRequest, RequestStore } from '#lib/core/guidance/requests.ts';
import { decryptField, encryptField, type Keyring } from '../../crypto/field-cipher.ts';
import { placeIn } from '../../crypto/places.ts';
import { endConsentsWithoutAssignment } from './consents.ts';
import { isWellFormedId } from '../../ids.ts';
import { crisisFlag, isCrisis } from '../crisis-flag.ts';
import type { Database, GuidanceRequestTable } from '../schema.ts';

const place = (column: 'story' | 'times', id: string, memberId: string) =>
	placeIn('guidance_requests', column, { id, member_id: memberId });

function open(keyring: Keyring, row: Selectable<GuidanceRequestTable>): GuidanceRequest {
	return {
		id: row.id,
		memberId: row.member_id,
		relationship: row.relationship as GuidanceRequest['relationship'],
		story: decryptField(keyring, row.story_enc, place('story', row.id, row.member_id)),
		urgency: row.urgency as GuidanceRequest['urgency'],
		language: row.language as GuidanceRequest['language'],
		times: decryptField(keyring, row.times_enc, place('times', row.id, row.member_id)),
		crisis: isCrisis(row.crisis),
		crisisLevel: row.crisis_level,
		state: row.state,
		specialistId: row.specialist_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export function guidanceRequestsRepository(db: Kysely<Database>, keyring: Keyring): RequestStore {
	return {
		async insert(request) {
			await db
				.insertInto('guidance_requests')
				.values({
					id: request.id,
					member_id: request.memberId,
					relationship: request.relationship,
					story_enc: encryptField(keyring, request.story, place('story', request.id, request.memberId)),
					urgency: request.urgency,
					language: request.language,
					times_enc: encryptField(keyring, request.times, place('times', request.id, request.memberId)),
					crisis: crisisFlag(request.crisis),
					crisis_level: request.crisisLevel,
					state: request.state,
					specialist_id: request.specialistId,
					created_at: request.createdAt,
					updated_at: request.updatedAt
				})
				.execute();
		},
		async forMember(memberId) {
			const rows = await db
				.selectFrom('guidance_requests')
				.selectAll()
				.where('member_id', '=', memberId)
				.orderBy('created_at', 'desc')
				.orderBy('id')
				.execute();
			return rows.map((row) => open(keyring, row));
		},
		async open() {
			const rows = await db
				.selectFrom('guidance_requests')
				.selectAll()
				.where('state', '!=', 'closed')
				.orderBy('crisis', 'desc')
				.orderBy('created_at')
				.orderBy('id')
				.execute();
			return rows.map((row) => open(keyring, row));
		},
		async get(id) {
			if (!isWellFormedId(id)) return undefined;
			const row = await db.selectFrom('guidance_requests').selectAll().where('id', '=', id).executeTakeFirst();
			return row && open(keyring, row);
		},
		async assign(id, specialistId, now) {
			if (!isWellFormedId(id)) return false;
			const row = await db
				.updateTable('guidance_requests')
				.set({ specialist_id: specialistId, state: 'assigned', updated_at: now.toISOString() })
				.where('id', '=', id)
				.where('state', '!=', 'closed')
				.returning('member_id')
				.executeTakeFirst();
			// Given to someone else: what the member shared with the one before ends here.
			if (row) await endConsentsWithoutAssignment(db, row.member_id, now);
			return row !== undefined;
		},
		async close(id, now) {
			if (!isWellFormedId(id)) return false;
			const row = await db
				.updateTable('guidance_requests')
				.set({ state: 'closed', updated_at: now.toISOString() })
				.where('id', '=', id)
				.where('state', '!=', 'closed')
				.returning('member_id')
				.executeTakeFirst();
			if (row) await endConsentsWithoutAssignment(db, row.member_id, now);
			return row !== undefined;
		},
		async openClients(specialistId) {
			const row = await db
				.selectFrom('guidance_requests')
				.select((eb) => eb.fn.count<string | number>('member_id').distinct().as('n'))
				.where('specialist_id', '=', specialistId)
				.where('state', '=', 'assigned')
				.executeTakeFirst();
			return Number(row?.n ?? 0);
		},
		async isAssigned(specialistId, memberId) {
			if (!isWellFormedId(specialistId) || !isWellFormedId(memberId)) return false;
			const row = await db
				.selectFrom('guidance_requests')
				.select('id')
				.where('specialist_id', '=', specialistId)
				.where('member_id', '=', memberId)
				.where('state', '=', 'assigned')
				.executeTakeFirst();
			return row !== undefined;
		},
		async clientsOf(specialistId) {
			if (!isWellFormedId(specialistId)) return [];
			const rows = await db
				.selectFrom('guidance_requests')
				.select('member_id')
				.distinct()
				.where('specialist_id', '=', specialistId)
				.where('state', '=', 'assigned')
				.execute();
			return rows.map((row) => row.member_id);
		}
	};
}
