import type { CaseloadRow, CaseloadStore } from '#lib/core/guidance/caseload.ts';
import type { GuidanceRequest } from '#lib/core/guidance/requests.ts';
import type { Kysely } from 'kysely';
import { isWellFormedId } from '../../ids.ts';
import type { Database } from '../schema.ts';
import { isCrisis } from '../crisis-flag.ts';

// A specialist's caseload, read without the encrypted story or times: the assigned requests with their member's
// e-mail address, and when this specialist last opened anything of that member's (from the audit log). The
// assignment time is the request's updated_at: assigning is the only change a request sees while it is open.

export function caseloadRepository(db: Kysely<Database>): CaseloadStore {
	return {
		async assignedTo(specialistId) {
			if (!isWellFormedId(specialistId)) return [];
			const rows = await db
				.selectFrom('guidance_requests as r')
				.innerJoin('members as m', 'm.id', 'r.member_id')
				.select([
					'r.id',
					'r.member_id',
					'm.email',
					'r.relationship',
					'r.language',
					'r.urgency',
					'r.crisis',
					'r.updated_at'
				])
				.where('r.specialist_id', '=', specialistId)
				.where('r.state', '=', 'assigned')
				.orderBy('r.updated_at', 'desc')
				.orderBy('r.id')
				.execute();
			const opened = await db
				.selectFrom('audit_log')
				.select(['member_id', (eb) => eb.fn.max('at').as('last')])
				.where('actor_id', '=', specialistId)
				.groupBy('member_id')
				.execute();
			const lastOpened = new Map(opened.map((row) => [row.member_id, row.last as string]));
			return rows.map((row): CaseloadRow => ({
				memberId: row.member_id,
				email: row.email,
				requestId: row.id,
				relationship: row.relationship as GuidanceRequest['relationship'],
				language: row.language as GuidanceRequest['language'],
				urgency: row.urgency as GuidanceRequest['urgency'],
				crisis: isCrisis(row.crisis),
				assignedAt: row.updated_at,
				lastOpenedAt: lastOpened.get(row.member_id) ?? null
			}));
		},
		async emailOf(memberId) {
			if (!isWellFormedId(memberId)) return undefined;
			const row = await db.selectFrom('members').select('email').where('id', '=', memberId).executeTakeFirst();
			return row?.email;
		}
	};
}
