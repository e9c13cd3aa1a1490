import type {
	Assignments,
	ConsentStore,
	GuidanceDeps,
	GuidanceStores,
	SharedItem
} from '#lib/core/guidance/consent.ts';
import type { Kysely } from 'kysely';
import type { Keyring } from '../../crypto/field-cipher.ts';
import { newId } from '../../ids.ts';
import type { Database } from '../schema.ts';
import { auditLogRepository } from './audit-log.ts';
import { plansRepository } from './plans.ts';
import { reachOutsRepository } from './reach-outs.ts';
import { specialistNotesRepository } from './specialist-notes.ts';
import { withConsentEvents } from '#lib/core/security/logged-ports.ts';
import { securityLogRepository } from './security-events.ts';

// Consent rows are never deleted: revoking stamps revoked_at. The partial unique index consents_live decides
// between two shares racing for the same item, so there is never more than one live consent.

/**
 * Consent ends with the assignment: every live consent of the member to a specialist who no longer holds an
 * open request of theirs is revoked. Called whenever a request is closed or given to someone else, so giving the
 * same specialist a new request later starts with nothing shared (the member shares again if they wish).
 */
export async function endConsentsWithoutAssignment(db: Kysely<Database>, memberId: string, now: Date): Promise<void> {
	await db
		.updateTable('consents')
		.set({ revoked_at: now.toISOString() })
		.where('member_id', '=', memberId)
		.where('revoked_at', 'is', null)
		.where(({ not, exists, selectFrom }) =>
			not(
				exists(
					selectFrom('guidance_requests as r')
						.select('r.id')
						.whereRef('r.member_id', '=', 'consents.member_id')
						.whereRef('r.specialist_id', '=', 'consents.specialist_id')
						.where('r.state', '=', 'assigned')
				)
			)
		)
		.execute();
}

export function consentsRepository(db: Kysely<Database>): ConsentStore {
	const live = (memberId: string) =>
		db.selectFrom('consents').where('member_id', '=', memberId).where('revoked_at', 'is', null);
	return {
		async grant(memberId, specialistId, item, id, now) {
			await db
				.insertInto('consents')
				.values({
					id,
					member_id: memberId,
					specialist_id: specialistId,
					item,
					granted_at: now.toISOString(),
					revoked_at: null
				})
				.onConflict((conflict) =>
					conflict.columns(['member_id', 'specialist_id', 'item']).where('revoked_at', 'is', null).doNothing()
				)
				.execute();
		},
		async revoke(memberId, specialistId, item, now) {
			await db
				.updateTable('consents')
				.set({ revoked_at: now.toISOString() })
				.where('member_id', '=', memberId)
				.where('specialist_id', '=', specialistId)
				.where('item', '=', item)
				.where('revoked_at', 'is', null)
				.execute();
		},
		async isLive(memberId, specialistId, item) {
			const row = await live(memberId)
				.select('id')
				.where('specialist_id', '=', specialistId)
				.where('item', '=', item)
				.executeTakeFirst();
			return row !== undefined;
		},
		async live(memberId) {
			const rows = await live(memberId)
				.select(['specialist_id', 'item', 'granted_at'])
				.orderBy('granted_at')
				.orderBy('id')
				.execute();
			return rows.map((row) => ({
				specialistId: row.specialist_id,
				item: row.item as SharedItem,
				grantedAt: row.granted_at
			}));
		}
	};
}

/**
 * Everything sharing, audit and notes need, on this database. Assignments are made per connection too, so a
 * store backed by the database reads inside the same transaction as the rest.
 */
export function guidanceDeps(
	db: Kysely<Database>,
	keyring: Keyring,
	assignmentsOn: (db: Kysely<Database>) => Assignments
): GuidanceDeps {
	const storesOn = (on: Kysely<Database>): GuidanceStores => ({
		assignments: assignmentsOn(on),
		consents: withConsentEvents(consentsRepository(on), securityLogRepository(on)),
		audit: auditLogRepository(on),
		plans: plansRepository(on, keyring),
		reachOuts: reachOutsRepository(on, keyring),
		notes: specialistNotesRepository(on, keyring)
	});
	return {
		...storesOn(db),
		transaction: (work) => db.transaction().execute((trx) => work(storesOn(trx))),
		newId
	};
}
