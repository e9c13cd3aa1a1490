import type { Kysely } from 'kysely';
import type { SecurityHistory, SecurityLog } from '#lib/core/security/events.ts';
import type { Database } from '../schema.ts';
import { newId } from '../../ids.ts';

/**
 * The security log on this database, for requests from `device` (a browser-and-system summary, never the raw
 * user agent). Rows are only ever added; they go with the member when the account is deleted.
 */
export function securityLogRepository(db: Kysely<Database>, device = '—'): SecurityLog {
	return {
		async record(memberId, kind, now, detail) {
			await db
				.insertInto('security_events')
				.values({
					id: newId(),
					member_id: memberId,
					kind,
					detail: detail ?? null,
					occurred_at: now.toISOString(),
					device: device.slice(0, 80)
				})
				.execute();
		}
	};
}

export function securityHistoryRepository(db: Kysely<Database>): SecurityHistory {
	return {
		async of(memberId, { kinds, limit = 50 } = {}) {
			let query = db
				.selectFrom('security_events')
				.select(['kind', 'occurred_at', 'device', 'detail'])
				.where('member_id', '=', memberId);
			if (kinds) query = query.where('kind', 'in', [...kinds]);
			const rows = await query.orderBy('occurred_at', 'desc').orderBy('id').limit(limit).execute();
			return rows.map((row) => ({
				kind: row.kind,
				occurredAt: row.occurred_at,
				device: row.device,
				detail: row.detail
			}));
		}
	};
}
